import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CallControl } from "../../src/core/call-control.js";
import { ConnectionError, TimeoutError } from "../../src/errors/index.js";
import { type EventSource, EventReader } from "../../src/streaming/event-reader.js";
import { type LocalOpenRouter, startLocalOpenRouter } from "../server/openrouter-server.js";

// A body piece: text or bytes to send, a pause, or a failure of the body itself.
type Piece = string | Uint8Array | { wait: number } | { error: Error };
const encoder = new TextEncoder();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A Response whose body sends `pieces` one read at a time; it counts reads and notes a cancel. */
function scripted(pieces: Piece[]) {
  const state = { reads: 0, cancelled: false };
  const queue = [...pieces];
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        for (;;) {
          const piece = queue.shift();
          if (piece === undefined) return controller.close();
          if (typeof piece === "object" && "wait" in piece) await sleep(piece.wait);
          else if (typeof piece === "object" && "error" in piece) return controller.error(piece.error);
          else {
            state.reads++;
            return controller.enqueue(typeof piece === "string" ? encoder.encode(piece) : piece);
          }
        }
      },
      cancel() {
        state.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { response: new Response(body, { headers: { "content-type": "text/event-stream" } }), state };
}

/**
 * A source of strings: `data` as it is, `[DONE]` terminal, events named `skip` skipped, events named `error`
 * thrown. It records how the stream ended and can refuse a stream cut before its terminal event.
 */
function source(response: Response, control = new CallControl(undefined), options: { cutIsError?: boolean } = {}) {
  const seen: string[] = [];
  const ends: boolean[] = [];
  const src: EventSource<string> = {
    response,
    source: "chat",
    control,
    parse(data, event, ended) {
      if (data === "[DONE]") return null;
      if (event === "skip") return undefined;
      if (event === "error") throw new Error(`error event: ${data}`);
      if (ended && data.startsWith("{") && !data.endsWith("}")) throw new Error("truncated event");
      seen.push(data);
      return data;
    },
    end(sawTerminal) {
      ends.push(sawTerminal);
      if (!sawTerminal && options.cutIsError) throw new Error("cut before [DONE]");
    },
    partial: () => ({ text: seen.join("") }),
  };
  return { src, ends, control };
}

/** Everything the reader hands out, then how it ended: "end" or the error. */
async function readAll<T>(reader: EventReader<T>): Promise<{ items: T[]; end: unknown }> {
  const items: T[] = [];
  for (;;) {
    let more: boolean;
    try {
      more = await reader.fill();
    } catch (error) {
      return { items, end: error };
    }
    if (!more) return { items, end: "end" };
    for (let item = reader.take(); item !== undefined; item = reader.take()) items.push(item);
  }
}

describe("EventReader on a body it controls", () => {
  it("hands out each event's data in order and ends at [DONE]", async () => {
    // What follows [DONE] is never handed out, and the body is cancelled rather than read on.
    const { response, state } = scripted(["data: a\n\n", "data: b\n\ndata: [DONE]\n\n", "data: c\n\n", "data: d\n\n"]);
    const { src, ends } = source(response);
    expect(await readAll(new EventReader(src))).toEqual({ items: ["a", "b"], end: "end" });
    expect(ends).toEqual([true]);
    expect(state.cancelled).toBe(true);
  });

  it("reads events split at odd places, a multi-byte character cut between reads included", async () => {
    const text = "data: héllo 😀\n\n: a comment\n\ndata: line one\ndata: line two\n\nevent: skip\ndata: hidden\n\ndata: [DONE]\n\n";
    const bytes = encoder.encode(text);
    const pieces: Uint8Array[] = [];
    for (let at = 0; at < bytes.length; at += 3) pieces.push(bytes.subarray(at, at + 3));
    const { src } = source(scripted(pieces).response);
    expect(await readAll(new EventReader(src))).toEqual({ items: ["héllo 😀", "line one\nline two"], end: "end" });
  });

  it("reads nothing after the terminal event", async () => {
    const { response, state } = scripted(["data: a\n\ndata: [DONE]\n\n", "data: after\n\n", "data: more\n\n"]);
    const { src } = source(response);
    expect((await readAll(new EventReader(src))).items).toEqual(["a"]);
    expect(state.reads).toBe(1);
    expect(state.cancelled).toBe(true);
  });

  it("counts a last event that lost its blank line, and tells the source the body ended without a terminal", async () => {
    const { src, ends } = source(scripted(["data: a\n\n", "data: last"]).response);
    expect(await readAll(new EventReader(src))).toEqual({ items: ["a", "last"], end: "end" });
    expect(ends).toEqual([false]);
  });

  it("lets a truncated last event fail, after the items before it", async () => {
    const { src } = source(scripted(["data: a\n\n", 'data: {"cut'] ).response);
    const { items, end } = await readAll(new EventReader(src));
    expect(items).toEqual(["a"]);
    expect((end as Error).message).toBe("truncated event");
  });

  it("hands out the items before a cut connection, then the source's error for it", async () => {
    const { src } = source(scripted(["data: a\n\ndata: b\n\n"]).response, undefined, { cutIsError: true });
    const { items, end } = await readAll(new EventReader(src));
    expect(items).toEqual(["a", "b"]);
    expect((end as Error).message).toBe("cut before [DONE]");
  });

  it("hands out the items before an error event, then its error, and reads no further", async () => {
    const { response, state } = scripted(["data: a\n\nevent: error\ndata: overloaded\n\n", "data: b\n\n"]);
    const { src } = source(response);
    const { items, end } = await readAll(new EventReader(src));
    expect(items).toEqual(["a"]);
    expect((end as Error).message).toBe("error event: overloaded");
    expect(state.reads).toBe(1);
    expect(state.cancelled).toBe(true);
  });

  it("turns a body that fails mid-stream into a ConnectionError holding everything received, after the items", async () => {
    const drop = Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" });
    const { src } = source(scripted(["data: Hel\n\n", "data: lo\n\n", { error: drop }]).response);
    const { items, end } = await readAll(new EventReader(src));
    expect(items).toEqual(["Hel", "lo"]);
    expect(end).toBeInstanceOf(ConnectionError);
    expect((end as ConnectionError).message).toContain("The connection dropped mid-stream");
    expect((end as ConnectionError).partial).toEqual({ text: "Hello" });
  });

  it("reads a response without a body as a stream cut before its end", async () => {
    const { src, ends } = source(new Response(null), undefined, { cutIsError: true });
    const { items, end } = await readAll(new EventReader(src));
    expect(items).toEqual([]);
    expect((end as Error).message).toBe("cut before [DONE]");
    expect(ends).toEqual([false]);
  });

  it("reads the whole body in the background, so a reader that comes late gets every item", async () => {
    const { response, state } = scripted(["data: a\n\n", "data: b\n\n", "data: [DONE]\n\n"]);
    const { src } = source(response);
    const reader = new EventReader(src);
    await sleep(50);
    expect(state.reads).toBe(3);
    expect(reader.take()).toBe("a");
    expect(reader.take()).toBe("b");
    expect(reader.take()).toBeUndefined();
    expect(await reader.fill()).toBe(false);
  });

  it("stops reading and releases the body on close(), after which fill() answers false", async () => {
    const { response, state } = scripted(["data: a\n\n", { wait: 30 }, "data: b\n\n", { wait: 30 }, "data: c\n\n"]);
    const { src } = source(response);
    const reader = new EventReader(src);
    expect(await reader.fill()).toBe(true);
    expect(reader.take()).toBe("a");
    reader.close();
    expect(await reader.fill()).toBe(false);
    await sleep(100);
    expect(state.cancelled).toBe(true);
    expect(state.reads).toBeLessThan(3);
  });

  it("pauses reading once more than 4 MiB wait for a slow consumer, and resumes when it catches up", async () => {
    const big = `data: ${"x".repeat(1024 * 1024)}\n\n`;
    const { response, state } = scripted(Array.from({ length: 8 }, () => big).concat("data: [DONE]\n\n"));
    const { src } = source(response);
    const reader = new EventReader(src);
    await sleep(100);
    // Five events (5 MiB) are over the high-water mark: the sixth, whose read was under way, is held (read, not
    // parsed), and the seventh is not read until the queue is drained.
    expect(state.reads).toBe(6);
    const { items, end } = await readAll(reader);
    expect(items).toHaveLength(8);
    expect(end).toBe("end");
    expect(state.reads).toBe(9);
  });

  it("meets the first-event deadline with the first event, so a slow stream after it is not cut", async () => {
    const control = new CallControl(undefined);
    control.armDeadline(100, "response");
    const { src } = source(scripted(["data: a\n\n", { wait: 250 }, "data: b\n\ndata: [DONE]\n\n"]).response, control);
    expect(await readAll(new EventReader(src))).toEqual({ items: ["a", "b"], end: "end" });
    expect(control.aborted).toBe(false);
  });

  it("lets a slow consumer take its time after the body ended: no idle timeout fires", async () => {
    const control = new CallControl(undefined);
    control.armIdle(50);
    const { src } = source(scripted(["data: a\n\n", "data: b\n\ndata: [DONE]\n\n"]).response, control);
    const reader = new EventReader(src);
    expect(await reader.fill()).toBe(true);
    await sleep(200);
    expect(control.aborted).toBe(false);
    expect(await readAll(reader)).toEqual({ items: ["a", "b"], end: "end" });
  });
});

describe("EventReader on a real response", () => {
  let server: LocalOpenRouter;
  beforeAll(async () => {
    server = await startLocalOpenRouter();
  });
  afterAll(() => server.close());

  async function open(control: CallControl): Promise<Response> {
    return fetch(`${server.baseURL}/chat/completions`, { method: "POST", body: JSON.stringify({ stream: true }), signal: control.signal });
  }

  it("reads a stream sent in 7-byte writes", async () => {
    server.enqueue({ headers: { "content-type": "text/event-stream" }, chunkSize: 7, steps: [{ data: "first" }, { data: "second" }, { done: true }] });
    const control = new CallControl(undefined);
    const { src } = source(await open(control), control);
    expect(await readAll(new EventReader(src))).toEqual({ items: ["first", "second"], end: "end" });
  });

  it("fails with an idle TimeoutError when the server goes silent, after handing out what came, and closes the socket", async () => {
    server.enqueue({ headers: { "content-type": "text/event-stream" }, steps: [{ data: "a" }, { stall: true }] });
    const control = new CallControl(undefined);
    const response = await open(control);
    control.armIdle(150);
    const { src } = source(response, control);
    const { items, end } = await readAll(new EventReader(src));
    expect(items).toEqual(["a"]);
    expect(end).toBeInstanceOf(TimeoutError);
    expect((end as TimeoutError).phase).toBe("idle");
    expect((end as TimeoutError).partial).toEqual({ text: "a" });
    await server.lastSocketClosed();
  });

  it("keeps a stream alive past the idle timeout while the server sends comments", async () => {
    const keepAlive = Array.from({ length: 6 }, () => [{ comment: "OPENROUTER PROCESSING" }, { wait: 40 }]).flat() as never[];
    server.enqueue({ headers: { "content-type": "text/event-stream" }, steps: [...keepAlive, { data: "late" }, { done: true }] });
    const control = new CallControl(undefined);
    const response = await open(control);
    control.armIdle(120);
    const { src } = source(response, control);
    expect(await readAll(new EventReader(src))).toEqual({ items: ["late"], end: "end" });
  });

  it("fails with a ConnectionError holding the items when the server drops the connection", async () => {
    server.enqueue({ headers: { "content-type": "text/event-stream" }, steps: [{ data: "a" }, { data: "b" }, { wait: 20 }, { drop: true }] });
    const control = new CallControl(undefined);
    const { src } = source(await open(control), control);
    const { items, end } = await readAll(new EventReader(src));
    expect(items).toEqual(["a", "b"]);
    expect(end).toBeInstanceOf(ConnectionError);
    expect((end as ConnectionError).partial).toEqual({ text: "ab" });
  });
});
