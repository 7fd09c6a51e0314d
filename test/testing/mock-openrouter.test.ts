import ky from "ky";
import * as z from "zod";
import { describe, expect, it } from "vitest";
import { chat } from "../../src/chat/chat.js";
import { stream } from "../../src/chat/stream.js";
import { createClient } from "../../src/core/client.js";
import type { ClientOptions } from "../../src/core/options.js";
import { AbortError, APIError, RateLimitError, StreamError } from "../../src/errors/index.js";
import { listModels } from "../../src/models/list-models.js";
import { runTools } from "../../src/tools/run-tools.js";
import { tool } from "../../src/tools/tool.js";
import {
  createMockOpenRouter,
  replyChat,
  replyError,
  replyErrorBody,
  replyJSON,
  replyNetworkError,
  replyText,
  replyToolCalls,
  type MockOpenRouter,
} from "../../src/testing/testing.js";

const key = "sk-or-v1-mock-secret-key";
const params = { model: "openai/gpt-4o", prompt: "Hi" };
const clientOf = (mock: MockOpenRouter, options: ClientOptions = {}) => createClient({ apiKey: key, fetch: mock.fetch, maxRetries: 0, ...options });

async function drain(iterable: AsyncIterable<string>): Promise<{ text: string; error?: unknown }> {
  let text = "";
  try {
    for await (const piece of iterable) text += piece;
  } catch (error) {
    return { text, error };
  }
  return { text };
}

describe("the mock OpenRouter, scripted", () => {
  it("answers chat() with scripted text and records the request with the key redacted", async () => {
    const mock = createMockOpenRouter().reply(replyText("Hello!"));
    const result = await chat(clientOf(mock), params);
    expect(result.text).toBe("Hello!");
    expect(mock.last("/chat/completions")?.body).toMatchObject({ model: "openai/gpt-4o", messages: [{ role: "user", content: "Hi" }] });
    expect(mock.last()?.method).toBe("POST");
    expect(JSON.stringify(mock.requests)).not.toContain(key);
    expect(mock.last()?.headers.authorization).toBe("Bearer [redacted]");
    mock.expectNoPendingReplies();
  });

  it("streams text in the pieces the test chose, and final() has the whole answer", async () => {
    const mock = createMockOpenRouter().reply(replyText(["Hel", "lo", " world"]));
    const answer = await stream(clientOf(mock), params);
    const pieces: string[] = [];
    for await (const piece of answer.textStream) pieces.push(piece);
    expect(pieces).toEqual(["Hel", "lo", " world"]);
    expect((await answer.final()).text).toBe("Hello world");
  });

  it("survives byte-level chunking through multi-byte characters", async () => {
    const mock = createMockOpenRouter().reply(replyText(["héllo ", "wörld ✓"], { chunkSize: 3 }));
    expect((await (await stream(clientOf(mock), params)).final()).text).toBe("héllo wörld ✓");
  });

  it("sends reasoning before text, both ways", async () => {
    const mock = createMockOpenRouter().always("/chat/completions", replyChat({ reasoning: ["Two ", "plus two."], text: "4" }));
    const whole = await chat(clientOf(mock), params);
    expect(whole.reasoning).toBe("Two plus two.");
    expect(whole.text).toBe("4");
    const streamed = await (await stream(clientOf(mock), params)).final();
    expect(streamed.reasoning).toBe("Two plus two.");
    expect(streamed.text).toBe("4");
  });

  it("sends tool calls whole and as argument fragments", async () => {
    const calls = [{ name: "get_weather", arguments: { city: "Paris" }, fragments: 4 }];
    const mock = createMockOpenRouter().reply(replyToolCalls(calls), replyToolCalls(calls));
    const whole = await chat(clientOf(mock), params);
    const streamed = await (await stream(clientOf(mock), params)).final();
    for (const result of [whole, streamed]) {
      expect(result.finishReason).toBe("tool_calls");
      expect(result.toolCalls.map((c) => [c.function.name, JSON.parse(c.function.arguments)])).toEqual([["get_weather", { city: "Paris" }]]);
    }
  });

  it("runs a tool loop: matched on the tool, then on the tool result in the conversation", async () => {
    const getWeather = tool({ name: "get_weather", parameters: z.object({ city: z.string() }), execute: ({ city }) => ({ city, celsius: 18 }) });
    const mock = createMockOpenRouter()
      .replyTo({ message: '"celsius":18' }, replyText("It is 18 °C in Paris."))
      .replyTo({ tool: "get_weather" }, replyToolCalls([{ name: "get_weather", arguments: { city: "Paris" } }]));
    const result = await runTools(clientOf(mock), { model: "openai/gpt-4o", prompt: "Weather in Paris?" }, { tools: [getWeather] });
    expect(result.text).toBe("It is 18 °C in Paris.");
    expect(mock.all("/chat/completions")).toHaveLength(2);
    mock.expectNoPendingReplies();
  });

  it("answers JSON fenced or bare", async () => {
    const mock = createMockOpenRouter().reply(replyJSON({ a: 1 }, { fenced: true }), replyJSON({ a: 1 }));
    expect((await chat(clientOf(mock), params)).text).toBe('```json\n{"a":1}\n```');
    expect((await chat(clientOf(mock), params)).text).toBe('{"a":1}');
  });

  it("answers images as message.images", async () => {
    const png = "data:image/png;base64,iVBORw0KGgo=";
    const mock = createMockOpenRouter().reply(replyChat({ images: [png] }));
    const result: any = await chat(clientOf(mock), params);
    expect(JSON.stringify(result)).toContain(png);
  });

  it("retries a 429 after its retry-after and then answers", async () => {
    const mock = createMockOpenRouter().reply(replyError(429, { retryAfter: 0 }), replyText("after the retry"));
    const result = await chat(clientOf(mock, { maxRetries: 1 }), params);
    expect(result.text).toBe("after the retry");
    expect(mock.all("/chat/completions")).toHaveLength(2);
  });

  it("turns a 429 with rate-limit headers into a RateLimitError", async () => {
    const mock = createMockOpenRouter().reply(replyError(429, { rateLimitReset: Date.now() + 60_000, message: "Slow down" }));
    const error: any = await chat(clientOf(mock), params).catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.status).toBe(429);
    expect(error.message).toContain("Slow down");
  });

  it("turns a 200 with an error body into an APIError", async () => {
    const mock = createMockOpenRouter().reply(replyErrorBody(502, { message: "Provider returned error" }));
    const error = await chat(clientOf(mock), params).catch((e) => e);
    expect(error).toBeInstanceOf(APIError);
    expect(error.message).toContain("Provider returned error");
  });

  it("ends a stream with a mid-stream error after the scripted events, keeping the partial text", async () => {
    const mock = createMockOpenRouter().reply(replyText(["The first ", "primes"], { errorAfter: { events: 2, code: 429, message: "Rate limit exceeded" } }));
    const { text, error } = await drain((await stream(clientOf(mock), params)).textStream);
    expect(error).toBeInstanceOf(StreamError);
    expect((error as StreamError).partial?.text).toBe("The first ");
    expect(text).toBe("The first ");
  });

  it("drops the connection after N bytes: the stream fails, it does not hang", async () => {
    const mock = createMockOpenRouter().reply(replyText(["a", "b", "c"], { dropAfterBytes: 40 }));
    const { error } = await drain((await stream(clientOf(mock), params)).textStream);
    expect(error).toBeInstanceOf(Error);
  });

  it("fails a call on a network error before headers", async () => {
    const mock = createMockOpenRouter().reply(replyNetworkError());
    await expect(chat(clientOf(mock), params)).rejects.toBeInstanceOf(Error);
  });

  it("aborts a stalled stream when the caller aborts", async () => {
    const mock = createMockOpenRouter().reply(replyText(["first", "never"], { stallAfter: 2 }));
    const controller = new AbortController();
    const answer = await stream(clientOf(mock), params, { signal: controller.signal });
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
    expect(error).toBeInstanceOf(AbortError);
  });

  it("waits the scripted delay before answering, and an idle timeout ends a stall", async () => {
    const mock = createMockOpenRouter().reply(replyText("late", { delay: 120 }), replyText(["a", "b"], { stallAfter: 1 }));
    const started = Date.now();
    await chat(clientOf(mock), params);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    const { error } = await drain((await stream(clientOf(mock, { idleTimeout: 150 }), params)).textStream);
    expect((error as Error).name).toBe("TimeoutError");
  });

  it("matches replies on the model, and computes answers with a handler", async () => {
    const mock = createMockOpenRouter()
      .replyTo({ model: "anthropic/claude-sonnet-4.5" }, replyText("from claude"))
      .handle((request) => (request.body?.model === "x/echo" ? { body: { error: { code: 400, message: `echo ${request.body.messages[0].content}` } }, status: 400 } : undefined));
    expect((await chat(clientOf(mock), { ...params, model: "anthropic/claude-sonnet-4.5" })).text).toBe("from claude");
    const error = await chat(clientOf(mock), { ...params, model: "x/echo" }).catch((e) => e);
    expect(error.message).toContain("echo Hi");
    // Unscripted: the default capture answers.
    expect((await chat(clientOf(mock), params)).text).toBe('{"ok": true}');
  });

  it("says which replies were never used", async () => {
    const mock = createMockOpenRouter().replyTo("/chat/completions", replyText("a"), replyText("b"));
    await chat(clientOf(mock), params);
    expect(() => mock.expectNoPendingReplies()).toThrow(/1 unused reply: 1 for \{"path":"\/chat\/completions"\}/);
  });

  it("serves a client built on the app's own ky instance", async () => {
    const mock = createMockOpenRouter().reply(replyText("through ky"));
    const api = ky.create({ fetch: mock.fetch, headers: { "x-app": "demo" } });
    expect((await chat(createClient({ apiKey: key, ky: api, maxRetries: 0 }), params)).text).toBe("through ky");
    expect(mock.last()?.headers["x-app"]).toBe("demo");
  });

  it("answers every endpoint by default (the model list here)", async () => {
    const mock = createMockOpenRouter();
    const models = await listModels(clientOf(mock));
    expect(models.length).toBeGreaterThan(0);
    expect(mock.last()?.path).toBe("/api/v1/models");
  });
});
