import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stream } from "../../src/chat/stream.js";
import type { ClientOptions } from "../../src/core/options.js";
import { ConnectionError, StreamError } from "../../src/errors/index.js";
import { type LocalOpenRouter, startLocalOpenRouter } from "../server/openrouter-server.js";
import { drain, finish, localClient, params, text } from "../helpers/stream-steps.js";

// ChunkReader turns a response body into chunks; it is internal, so it is read here through stream(), against the
// local OpenRouter server, which gives it real bodies cut wherever a test asks.

let server: LocalOpenRouter;
beforeAll(async () => {
  server = await startLocalOpenRouter();
});
afterAll(() => server.close());

const client = (options: ClientOptions = {}) => localClient(server, options);

describe("ChunkReader: how a stream ends", () => {
  it("completes normally without [DONE] when a finish reason came", async () => {
    server.enqueue({ steps: [...text("done"), finish()] });
    const result = await (await stream(client(), params)).final();
    expect(result.text).toBe("done");
    expect(result.finishReason).toBe("stop");
  });

  it("treats an end with neither [DONE] nor a finish reason as a cut connection", async () => {
    server.enqueue({ steps: text("half an ans") });
    const error: any = await (await stream(client(), params)).final().catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.partial.text).toBe("half an ans");
  });

  it("reports a connection dropped mid-body as ConnectionError with partial, and never retries it", async () => {
    server.enqueue({ steps: [...text("one ", "two"), { wait: 20 }, { drop: true }] });
    const before = server.requests.length;
    const answer = await stream(client({ maxRetries: 3 }), params);
    const error: any = await drain(answer.textStream);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.partial.text).toBe("one two");
    expect(server.requests.length - before).toBe(1);
  });

  it("ignores a duplicate [DONE] and chunks whose choices are empty in the middle", async () => {
    server.enqueue({
      steps: [...text("a"), { data: { id: "gen-s1", object: "chat.completion.chunk", created: 1, model: "m", choices: [] } }, ...text("b"), finish(), { done: true }, { done: true }],
    });
    const result = await (await stream(client(), params)).final();
    expect(result.text).toBe("ab");
  });

  it("names a data line that is not JSON in a StreamError", async () => {
    server.enqueue({ steps: [...text("ok"), { raw: "data: {not json}\n\n" }] });
    const error: any = await (await stream(client(), params)).final().catch((e) => e);
    expect(error).toBeInstanceOf(StreamError);
    expect(error.message).toContain('"data: {not json}"');
    expect(error.partial.text).toBe("ok");
  });

  it("parses CRLF line endings and data: without a space", async () => {
    const body = `: OPENROUTER PROCESSING\r\n\r\ndata:${JSON.stringify(text("crlf")[0] && (text("crlf")[0] as { data: unknown }).data)}\r\n\r\ndata: ${JSON.stringify((finish() as { data: unknown }).data)}\r\n\r\ndata: [DONE]\r\n\r\n`;
    server.enqueue({ steps: [{ raw: body }], chunkSize: 3 });
    const result = await (await stream(client(), params)).final();
    expect(result.text).toBe("crlf");
  });

  it("keeps multi-byte characters split across writes intact", async () => {
    server.enqueue({ steps: [...text("héllo ", "🌍 ", "日本語"), finish(), { done: true }], chunkSize: 1 });
    const answer = await stream(client(), params);
    const pieces: string[] = [];
    for await (const piece of answer.textStream) pieces.push(piece);
    expect(pieces.join("")).toBe("héllo 🌍 日本語");
  });
});

describe("generationIdOf()", () => {
  it("prefers the X-Generation-Id header for generationId", async () => {
    server.enqueue({ headers: { "x-generation-id": "gen-header" }, steps: [...text("a"), finish(), { done: true }] });
    const answer = await stream(client(), params);
    expect(answer.generationId).toBe("gen-header");
    expect(answer.headers.get("x-generation-id")).toBe("gen-header");
    expect((await answer.final()).generationId).toBe("gen-header");
  });

});
