import { describe, expect, it } from "vitest";
import { SingleUseStream, type StreamOutcome, type StreamSource } from "../../src/streaming/single-use-stream.js";

const consumed = "already consumed: read it once";

/** A source over `reads` (each one body read's worth of items); `fail` rejects the read after the last one. */
function source(reads: number[][], options: { fail?: Error; cut?: StreamOutcome<string> } = {}) {
  const log: string[] = [];
  let buffer: number[] = [];
  let next = 0;
  const src: StreamSource<number, string> = {
    take: () => buffer.shift(),
    fill: async () => {
      await Promise.resolve();
      if (next < reads.length) {
        buffer = [...(reads[next++] as number[])];
        log.push("fill");
        return true;
      }
      if (options.fail) throw options.fail;
      return false;
    },
    result: () => `result after ${next} reads`,
    cut: () => options.cut ?? { result: `cut after ${next} reads` },
    close: (early) => void log.push(early ? "close early" : "close"),
  };
  return { src, log };
}

async function collect<V>(iterator: AsyncIterator<V, undefined>): Promise<V[]> {
  const out: V[] = [];
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) out.push(next.value);
  return out;
}

describe("SingleUseStream", () => {
  it("hands out every item across reads, then ends with the source's result", async () => {
    const { src, log } = source([[1, 2], [], [3]]);
    const stream = new SingleUseStream(src, consumed);
    expect(await collect(stream.iterator((n) => n))).toEqual([1, 2, 3]);
    expect(await stream.final()).toBe("result after 3 reads");
    expect(log).toEqual(["fill", "fill", "fill", "close"]);
  });

  it("skips what pick leaves out and gives last()'s value once at the end", async () => {
    const { src } = source([[1, 2, 3, 4]]);
    const stream = new SingleUseStream(src, consumed);
    const iterator = stream.iterator(
      (n) => (n % 2 === 0 ? `even ${n}` : undefined),
      (result) => `tail: ${result}`,
    );
    expect(await collect(iterator)).toEqual(["even 2", "even 4", "tail: result after 1 reads"]);
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });

  it("gives final() without iterating, reading the whole rest", async () => {
    const { src, log } = source([[1], [2]]);
    const stream = new SingleUseStream(src, consumed);
    expect(await stream.final()).toBe("result after 2 reads");
    expect(log).toEqual(["fill", "fill", "close"]);
  });

  it("refuses a second iterator, and an iterator after final(), with a TypeError carrying its message", async () => {
    const first = new SingleUseStream(source([[1]]).src, consumed);
    first.iterator((n) => n);
    expect(() => first.iterator((n) => n)).toThrow(new TypeError(consumed));

    const second = new SingleUseStream(source([[1]]).src, consumed);
    await second.final();
    expect(() => second.iterator((n) => n)).toThrow(TypeError);
  });

  it("closes the source early on break, ends with cut(), and marks the stream stopped early", async () => {
    const { src, log } = source([[1, 2], [3]]);
    const stream = new SingleUseStream(src, consumed);
    const iterator = stream.iterator((n) => n);
    expect((await iterator.next()).value).toBe(1);
    expect(await iterator.return?.()).toEqual({ done: true, value: undefined });
    expect(stream.stoppedEarly).toBe(true);
    expect(await stream.final()).toBe("cut after 1 reads");
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
    expect(log).toEqual(["fill", "close early"]);
  });

  it("makes final() reject with cut()'s error after a break when the source says so", async () => {
    const stopped = new Error("stopped by its reader");
    const stream = new SingleUseStream(source([[1]], { cut: { error: stopped } }).src, consumed);
    const iterator = stream.iterator((n) => n);
    await iterator.next();
    await iterator.return?.();
    await expect(stream.final()).rejects.toBe(stopped);
  });

  it("throws the source's error after the items before it, from next() and then from final()", async () => {
    const failure = new Error("connection dropped");
    const { src, log } = source([[1]], { fail: failure });
    const stream = new SingleUseStream(src, consumed);
    const iterator = stream.iterator((n) => n);
    expect((await iterator.next()).value).toBe(1);
    await expect(iterator.next()).rejects.toBe(failure);
    await expect(iterator.next()).rejects.toBe(failure);
    await expect(stream.final()).rejects.toBe(failure);
    expect(stream.stoppedEarly).toBe(false);
    expect(log).toEqual(["fill", "close"]);
  });

  it("reads the rest in final() when an iterator was left without break", async () => {
    const stream = new SingleUseStream(source([[1], [2], [3]]).src, consumed);
    const iterator = stream.iterator((n) => n);
    expect((await iterator.next()).value).toBe(1);
    expect(await stream.final()).toBe("result after 3 reads");
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });

  it("makes final() wait for a reader that is mid-read, then share its end", async () => {
    const stream = new SingleUseStream(source([[1], [2]]).src, consumed);
    const iterator = stream.iterator((n) => n);
    const reading = collect(iterator);
    const result = stream.final();
    expect(await reading).toEqual([1, 2]);
    expect(await result).toBe("result after 2 reads");
  });

  it("closes the source once, whatever ends the stream first", async () => {
    const { src, log } = source([[1], [2]]);
    const stream = new SingleUseStream(src, consumed);
    const iterator = stream.iterator((n) => n);
    await collect(iterator);
    await iterator.return?.();
    await stream.final();
    expect(log.filter((line) => line.startsWith("close"))).toEqual(["close"]);
  });
});
