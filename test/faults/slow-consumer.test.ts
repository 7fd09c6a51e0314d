import { describe, expect, it } from "vitest";
import { stream } from "../../src/chat/stream.js";
import { createClient } from "../../src/core/client.js";
import type { ClientOptions } from "../../src/core/options.js";
import { ConnectionError, TimeoutError } from "../../src/errors/index.js";
import type { ChatResult } from "../../src/types/chat-result.js";
import { TEST_KEY } from "../helpers/nock.js";
import { faultServer, params, useFaultServer } from "./fault-harness.js";
import { every, finish, text } from "./fault-wire.js";

// The idle timeout measures the server, not the reader: a consumer slower than idleTimeout, or one that comes back
// long after the answer arrived, gets the whole answer; what arrived before a drop survives even if nobody was
// reading when the connection went; and silence right after the headers fails in idleTimeout, not `timeout`.

useFaultServer();

const client = (options: ClientOptions = {}) =>
  createClient({ apiKey: TEST_KEY, baseURL: faultServer().baseURL, maxRetries: 0, idleTimeout: 100, timeout: 20_000, ...options });
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const pieces = Array.from({ length: 6 }, (_, i) => `piece${i} `);

describe("a consumer slower than idleTimeout", () => {
  it("reads a whole answer one piece at a time, waiting longer than idleTimeout between pieces", async () => {
    faultServer().enqueue({ steps: [...text(...pieces), finish(), { done: true }] });
    const answer = await stream(client(), params);
    let got = "";
    for await (const piece of answer.textStream) {
      got += piece;
      await sleep(150);
    }
    expect(got).toBe(pieces.join(""));
    expect((await answer.final()).text).toBe(pieces.join(""));
  });

  it("gets the whole answer from final() called long after stream() resolved", async () => {
    faultServer().enqueue({ steps: [...text(...pieces), finish(), { done: true }] });
    const answer = await stream(client(), params);
    await sleep(400);
    const result = await answer.final();
    expect(result.text).toBe(pieces.join(""));
    expect(result.finishReason).toBe("stop");
  });

  it("reads through toReadableStream at a slow reader's pace without a timeout", async () => {
    faultServer().enqueue({ steps: [...text(...pieces), finish(), { done: true }] });
    const reader = (await stream(client(), params)).toReadableStream().getReader();
    const decoder = new TextDecoder();
    let got = "";
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      got += decoder.decode(read.value);
      await sleep(120);
    }
    expect(got).toBe(pieces.join(""));
  });

  it("pauses the idle clock while more than the buffer waits for the reader, and still gets every byte", async () => {
    // ~6 MiB of text arrives at once; the reader waits well past idleTimeout before it starts.
    const big = Array.from({ length: 60 }, (_, i) => `${String(i).padStart(2, "0")}${"x".repeat(100_000)}`);
    faultServer().enqueue({ steps: [...text(...big), finish(), { done: true }] });
    const answer = await stream(client(), params);
    await sleep(500);
    const result = await answer.final();
    expect(result.text.length).toBe(big.join("").length);
    expect(result.text.endsWith("x".repeat(100))).toBe(true);
  });
});

describe("a connection that drops while nobody reads", () => {
  it("keeps what arrived before the drop: the pieces are handed out, then ConnectionError with all of it", async () => {
    faultServer().enqueue({ steps: [...text("kept ", "text"), { wait: 30 }, { drop: true }] });
    const answer = await stream(client(), params);
    await sleep(300);
    let got = "";
    const error = await (async () => {
      for await (const piece of answer.textStream) got += piece;
    })().catch((e) => e);
    expect(got).toBe("kept text");
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error.partial as ChatResult).text).toBe("kept text");
  });

  it("gives final() the text that arrived before the drop on partial", async () => {
    faultServer().enqueue({ steps: [...text("kept ", "text"), { wait: 30 }, { drop: true }] });
    const answer = await stream(client(), params);
    await sleep(300);
    const error = await answer.final().catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error.partial as ChatResult).text).toBe("kept text");
  });
});

describe("silence on a stream", () => {
  it("fails in idleTimeout, not timeout, when nothing at all follows the headers", async () => {
    faultServer().enqueue({ headers: { "content-type": "text/event-stream" }, steps: [{ stall: true }] });
    const started = Date.now();
    const error = await (await stream(client(), params)).final().catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.phase).toBe("idle");
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("stays open while OpenRouter sends keep-alive comments, however long the model thinks", async () => {
    faultServer().enqueue({ steps: [...every(40, { comment: "OPENROUTER PROCESSING" }, 10), ...text("late"), finish(), { done: true }] });
    const result = await (await stream(client(), params)).final();
    expect(result.text).toBe("late");
  });
});
