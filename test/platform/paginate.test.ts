import { describe, expect, it } from "vitest";
import { AbortError, ValidationError } from "../../src/errors/index.js";
import { type Page, paginate } from "../../src/platform/paginate.js";

/** A list of `size` numbered items, served in pages; every request it got is kept. */
function list(size: number, options: { total?: boolean } = {}) {
  const requests: { offset: number; limit: number }[] = [];
  const items = Array.from({ length: size }, (_, i) => i);
  const loadPage = async (offset: number, limit: number): Promise<Page<number>> => {
    requests.push({ offset, limit });
    return { items: items.slice(offset, offset + limit), total: options.total ? size : undefined };
  };
  return { loadPage, requests };
}

async function collect<T>(iterator: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterator) out.push(item);
  return out;
}

describe("paginate", () => {
  it("walks every page in order and stops at a short page", async () => {
    const { loadPage, requests } = list(25);
    expect(await collect(paginate(loadPage, { pageSize: 10 }))).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect(requests).toEqual([
      { offset: 0, limit: 10 },
      { offset: 10, limit: 10 },
      { offset: 20, limit: 10 },
    ]);
  });

  it("asks for 100 items a page by default", async () => {
    const { loadPage, requests } = list(3);
    await collect(paginate(loadPage));
    expect(requests).toEqual([{ offset: 0, limit: 100 }]);
  });

  it("asks for one more page after a full last page when the endpoint reports no total, and stops at the empty one", async () => {
    const { loadPage, requests } = list(20);
    expect(await collect(paginate(loadPage, { pageSize: 10 }))).toHaveLength(20);
    expect(requests.map((r) => r.offset)).toEqual([0, 10, 20]);
  });

  it("stops at the reported total without asking for an empty page", async () => {
    const { loadPage, requests } = list(20, { total: true });
    expect(await collect(paginate(loadPage, { pageSize: 10 }))).toHaveLength(20);
    expect(requests.map((r) => r.offset)).toEqual([0, 10]);
  });

  it("stops at limit, asking only for the items still wanted", async () => {
    const { loadPage, requests } = list(100);
    expect(await collect(paginate(loadPage, { pageSize: 10, limit: 15 }))).toEqual(Array.from({ length: 15 }, (_, i) => i));
    expect(requests).toEqual([
      { offset: 0, limit: 10 },
      { offset: 10, limit: 5 },
    ]);
  });

  it("requests nothing with a limit of 0", async () => {
    const { loadPage, requests } = list(5);
    expect(await collect(paginate(loadPage, { limit: 0 }))).toEqual([]);
    expect(requests).toEqual([]);
  });

  it("never yields more than it asked for, even when a page holds more", async () => {
    const loadPage = async (): Promise<Page<number>> => ({ items: [1, 2, 3, 4, 5] });
    expect(await collect(paginate(loadPage, { pageSize: 2, limit: 3 }))).toEqual([1, 2, 1]);
  });

  it("loads nothing until the first item is asked for, and no further page than the reader reaches", async () => {
    const { loadPage, requests } = list(50);
    const iterator = paginate(loadPage, { pageSize: 10 });
    expect(requests).toEqual([]);
    for await (const item of iterator) if (item === 3) break;
    expect(requests).toHaveLength(1);
  });

  it("hands the signal to each page load, and throws AbortError instead of loading the next page once it aborts", async () => {
    const controller = new AbortController();
    const signals: (AbortSignal | undefined)[] = [];
    const loadPage = async (offset: number, limit: number, signal: AbortSignal | undefined): Promise<Page<number>> => {
      signals.push(signal);
      return { items: Array.from({ length: limit }, (_, i) => offset + i) };
    };
    const seen: number[] = [];
    const walk = (async () => {
      for await (const item of paginate(loadPage, { pageSize: 2, signal: controller.signal })) {
        seen.push(item);
        if (item === 2) controller.abort(new Error("enough"));
      }
    })();
    const error = await walk.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).cause).toEqual(new Error("enough"));
    expect(seen).toEqual([0, 1, 2, 3]);
    expect(signals).toEqual([controller.signal, controller.signal]);
  });

  it("refuses a pageSize or limit that is not a whole number, naming the option", async () => {
    const { loadPage, requests } = list(5);
    for (const pageSize of [0, 1.5, Number.NaN]) {
      await expect(collect(paginate(loadPage, { pageSize }))).rejects.toMatchObject({ name: "ValidationError", field: "pageSize" });
    }
    for (const limit of [-1, 2.5]) {
      await expect(collect(paginate(loadPage, { limit }))).rejects.toMatchObject({ name: "ValidationError", field: "limit" });
    }
    await expect(collect(paginate(loadPage, { limit: -1 }))).rejects.toBeInstanceOf(ValidationError);
    expect(requests).toEqual([]);
  });

  it("lets a failing page load's error through", async () => {
    const failure = new Error("HTTP 500");
    await expect(collect(paginate(async () => Promise.reject(failure)))).rejects.toBe(failure);
  });
});
