import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chat } from "../../src/chat/chat.js";
import { stream } from "../../src/chat/stream.js";
import { createClient } from "../../src/core/client.js";
import { StreamError } from "../../src/errors/index.js";
import { listModels } from "../../src/models/list-models.js";
import { createMockOpenRouter, replyText } from "../../src/testing/testing.js";
import { recordTo, replayFrom, serveMockOpenRouter } from "../../src/testing/node.js";
import { type LocalOpenRouter, startLocalOpenRouter } from "../server/openrouter-server.js";

const key = "sk-or-v1-real-key-that-must-not-be-written";
const params = { model: "openai/gpt-4o", prompt: "Hi" };

describe("serveMockOpenRouter()", () => {
  it("answers the same scripts over a socket: chat, a chunked stream, a drop", async () => {
    const mock = createMockOpenRouter().reply(replyText("over http"), replyText(["a", "b", "c"], { chunkSize: 7 }), replyText(["x", "y"], { dropAfterBytes: 30 }));
    const server = await serveMockOpenRouter(mock);
    try {
      const client = createClient({ apiKey: key, baseURL: server.baseURL, maxRetries: 0 });
      expect((await chat(client, params)).text).toBe("over http");
      expect((await (await stream(client, params)).final()).text).toBe("abc");
      const error = await (await stream(client, params)).final().catch((e) => e);
      expect(error).toBeInstanceOf(Error);
      expect(mock.all("/chat/completions")).toHaveLength(3);
      expect(mock.last()?.headers.authorization).toBe("Bearer [redacted]");
    } finally {
      await server.close();
    }
  });

  it("aborts a stalled answer when the client hangs up", async () => {
    const mock = createMockOpenRouter().reply(replyText(["first", "never"], { stallAfter: 2 }));
    const server = await serveMockOpenRouter(mock);
    try {
      const controller = new AbortController();
      const answer = await stream(createClient({ apiKey: key, baseURL: server.baseURL, maxRetries: 0 }), params, { signal: controller.signal });
      const pieces: string[] = [];
      const error = await (async () => {
        try {
          for await (const piece of answer.textStream) {
            pieces.push(piece);
            controller.abort();
          }
        } catch (e) {
          return e;
        }
      })();
      expect(pieces).toEqual(["first"]);
      expect((error as Error).name).toBe("AbortError");
    } finally {
      await server.close();
    }
  });
});

describe("recordTo() and replayFrom()", () => {
  // The local OpenRouter stands in for openrouter.ai.
  let upstream: LocalOpenRouter;
  let dir: string;
  beforeAll(async () => {
    upstream = await startLocalOpenRouter();
    dir = mkdtempSync(join(tmpdir(), "openrouter-recording-"));
  });
  afterAll(async () => {
    await upstream.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes each exchange (streams byte for byte, no key, no volatile header) and replays them for free", async () => {
    upstream.enqueue(
      { body: JSON.parse(readFileSync(join(import.meta.dirname, "../fixtures/chat-nonstream-basic.json"), "utf8")), headers: { "x-generation-id": "gen-1", date: "Tue, 01 Dec 2026 10:00:00 GMT" } },
      { headers: { "content-type": "text/event-stream" }, steps: [{ raw: readFileSync(join(import.meta.dirname, "../fixtures/chat-stream-midstream-error.sse"), "utf8") }] },
    );
    const recorder = recordTo(dir);
    const live = createClient({ apiKey: key, baseURL: upstream.baseURL, fetch: recorder.fetch, maxRetries: 0 });
    const first = await chat(live, params);
    const failed = await (await stream(live, params)).final().catch((e) => e);
    await listModels(live);
    await recorder.flush();

    const files = readdirSync(dir).sort();
    expect(files).toEqual(["001-post-chat-completions.json", "002-post-chat-completions.json", "003-get-models.json"]);
    const all = files.map((name) => readFileSync(join(dir, name), "utf8")).join("\n");
    expect(all).not.toContain(key);
    const streamed = JSON.parse(readFileSync(join(dir, files[1]!), "utf8"));
    expect(streamed.response.body).toBe(readFileSync(join(import.meta.dirname, "../fixtures/chat-stream-midstream-error.sse"), "utf8"));
    const whole = JSON.parse(readFileSync(join(dir, files[0]!), "utf8"));
    expect(whole.response.headers["x-generation-id"]).toBe("gen-1");
    expect(whole.response.headers.date).toBeUndefined();
    expect(whole.request.body.model).toBe("openai/gpt-4o");

    const mock = await replayFrom(dir);
    const offline = createClient({ apiKey: "sk-or-anything", fetch: mock.fetch, maxRetries: 0 });
    expect((await chat(offline, params)).text).toBe(first.text);
    const replayed = await (await stream(offline, params)).final().catch((e) => e);
    expect(replayed).toBeInstanceOf(StreamError);
    expect(replayed.partial.text).toBe(failed.partial.text);
    expect((await listModels(offline)).length).toBeGreaterThan(0);
    mock.expectNoPendingReplies();
  });
});
