import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stream } from "../../src/chat/stream.js";
import type { ClientOptions } from "../../src/core/options.js";
import { AbortError, NoProviderError, RateLimitError, ResponseValidationError, TimeoutError } from "../../src/errors/index.js";
import type { PostProcessor } from "../../src/types/post-processor.js";
import { type LocalOpenRouter, type Step, startLocalOpenRouter } from "../server/openrouter-server.js";
import { chunk, drain, finish, localClient, params, text } from "../helpers/stream-steps.js";

let server: LocalOpenRouter;
beforeAll(async () => {
  server = await startLocalOpenRouter();
});
afterAll(() => server.close());

const client = (options: ClientOptions = {}) => localClient(server, options);

describe("stream() deadlines", () => {
  it("aborts a silent stream after idleTimeout with TimeoutError, keeping the text so far", async () => {
    server.enqueue({ steps: [...text("Hel", "lo"), { stall: true }] });
    const answer = await stream(client({ idleTimeout: 200 }), params);
    const started = Date.now();
    const error: any = await drain(answer);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.phase).toBe("idle");
    expect(error.partial.text).toBe("Hello");
    expect(Date.now() - started).toBeLessThan(1_500);
    await server.lastSocketClosed();
  });

  it("lets keep-alive comments hold a slow stream open past idleTimeout", async () => {
    const comments: Step[] = Array.from({ length: 8 }, () => [{ comment: "OPENROUTER PROCESSING" }, { wait: 50 }] as Step[]).flat();
    server.enqueue({ steps: [...text("a"), ...comments, ...text("b"), finish(), { done: true }] });
    const result = await (await stream(client({ idleTimeout: 150 }), params)).final();
    expect(result.text).toBe("ab");
  });

  it("fails with TimeoutError when only comments arrive until timeout", async () => {
    const comments: Step[] = Array.from({ length: 40 }, () => [{ comment: "OPENROUTER PROCESSING" }, { wait: 25 }] as Step[]).flat();
    server.enqueue({ steps: comments });
    const answer = await stream(client({ timeout: 250, idleTimeout: 5_000 }), params);
    const error: any = await answer.final().catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.phase).toBe("first-event");
    await server.lastSocketClosed();
  });

  it("times out waiting for headers", async () => {
    server.enqueue({ headerDelay: 3_000, steps: text("late") });
    const error = await stream(client({ timeout: 150 }), params).catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    await server.lastSocketClosed();
  });
});

describe("stream() cancellation", () => {
  it("closes the connection on break without an error, and final() returns what arrived", async () => {
    server.enqueue({ steps: [...text("first", " second"), { stall: true }] });
    const answer = await stream(client(), params);
    for await (const piece of answer.textStream) {
      expect(piece).toBe("first");
      break;
    }
    await server.lastSocketClosed();
    const result = await answer.final();
    expect(result.text).toContain("first");
  });

  it("throws AbortError with partial on abort(), and the server sees the socket close", async () => {
    server.enqueue({ steps: [...text("some"), { stall: true }] });
    const answer = await stream(client(), params);
    const seen: string[] = [];
    const error: any = await (async () => {
      for await (const piece of answer.textStream) {
        seen.push(piece);
        answer.abort();
      }
    })().catch((e) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(error.partial.text).toBe("some");
    await server.lastSocketClosed();
  });

  it("throws AbortError when the caller's signal fires mid-stream", async () => {
    server.enqueue({ steps: [...text("x"), { stall: true }] });
    const controller = new AbortController();
    const answer = await stream(client(), params, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = await answer.final().catch((e) => e);
    expect(error).toBeInstanceOf(AbortError);
    await server.lastSocketClosed();
  });
});

describe("stream() before the body", () => {
  it("throws HTTP errors from the stream() promise, after retrying them", async () => {
    server.enqueue(
      { status: 429, headers: { "retry-after-ms": "1" }, body: { error: { code: 429, message: "slow down" } } },
      { steps: [...text("fine"), finish(), { done: true }] },
    );
    const answer = await stream(client({ maxRetries: 1 }), params);
    expect((await answer.final()).text).toBe("fine");
    server.enqueue({ status: 503, body: { error: { code: 503, message: "no instances" } } });
    await expect(stream(client(), params)).rejects.toBeInstanceOf(NoProviderError);
  });

  it("throws the class of a JSON error envelope sent with 200 instead of a stream", async () => {
    server.enqueue({ body: { error: { code: 429, message: "Provider returned error", metadata: { raw: "busy" } } } });
    await expect(stream(client(), params)).rejects.toBeInstanceOf(RateLimitError);
  });
});

describe("ChatStream", () => {
  it("gives final() without iterating, and the same result after iterating", async () => {
    server.enqueue({ steps: [...text("a", "b"), finish(), { done: true }] });
    expect((await (await stream(client(), params)).final()).text).toBe("ab");
    server.enqueue({ steps: [...text("c", "d"), finish(), { done: true }] });
    const answer = await stream(client(), params);
    for await (const _ of answer) void _;
    expect((await answer.final()).text).toBe("cd");
  });

  it("refuses a second iteration with a clear error", async () => {
    server.enqueue({ steps: [...text("a"), finish(), { done: true }] });
    const answer = await stream(client(), params);
    await drain(answer);
    const error: any = await drain(answer);
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toMatch(/already consumed/);
  });

  it("falls back to the reasoning in textStream and final() when a stream carries only reasoning", async () => {
    server.enqueue({ steps: [chunk({ content: "", reasoning: "Thinking " }), chunk({ content: "", reasoning: "aloud" }), finish("length"), { done: true }] });
    const answer = await stream(client(), params);
    const pieces: string[] = [];
    for await (const piece of answer.textStream) pieces.push(piece);
    expect(pieces).toEqual(["Thinking aloud"]);
    const result = await answer.final();
    expect(result.text).toBe("Thinking aloud");
    expect(result.message.content).toBe("");
  });

  it("ends textStream with the text a custom post-processor gives a stream that carried no content", async () => {
    server.enqueue({ steps: [chunk({ content: "" }), finish("stop"), { done: true }] });
    const apology: PostProcessor = (result) => (result.text === "" ? { ...result, text: "(no answer)" } : result);
    const answer = await stream(client({ postProcessors: [apology] }), params);
    const pieces: string[] = [];
    for await (const piece of answer.textStream) pieces.push(piece);
    expect(pieces).toEqual(["(no answer)"]);
  });

  it("names the HTML page that answered a stream request by its title", async () => {
    server.enqueue({ status: 200, headers: { "content-type": "text/html" }, body: "<!doctype html><html><title>Sign in to the Wi-Fi</title></html>" });
    const error: any = await stream(client(), params).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.message).toBe('Expected an event stream but OpenRouter answered 200 with an HTML page ("Sign in to the Wi-Fi").');
  });

  it("joins reasoning_details by index and keeps the late signature, unchanged for the next turn", async () => {
    server.enqueue({
      steps: [
        chunk({ reasoning: "a", reasoning_details: [{ type: "reasoning.text", text: "a", index: 0, format: "anthropic-claude-v1" }] }),
        chunk({ reasoning: "b", reasoning_details: [{ type: "reasoning.text", text: "b", index: 0 }] }),
        chunk({ reasoning_details: [{ type: "reasoning.text", signature: "sig==", index: 0 }] }),
        chunk({ reasoning_details: [{ type: "reasoning.encrypted", data: "enc", index: 1 }] }),
        ...text("answer"),
        finish(),
        { done: true },
      ],
    });
    const result = await (await stream(client(), params)).final();
    expect(result.reasoningDetails).toEqual([
      { type: "reasoning.text", text: "ab", index: 0, format: "anthropic-claude-v1", signature: "sig==" },
      { type: "reasoning.encrypted", data: "enc", index: 1 },
    ]);
    expect(result.message.reasoning_details).toEqual(result.reasoningDetails);
    expect(result.reasoning).toBe("ab");
  });

  it("collects images that arrive in deltas and decodes them", async () => {
    const url = "data:image/png;base64,iVBORw0KGgo=";
    server.enqueue({
      steps: [chunk({ content: "", images: [{ type: "image_url", image_url: { url }, index: 0 }] }), chunk({ images: [{ type: "image_url", image_url: { url }, index: 1 }] }), finish(), { done: true }],
    });
    const result = await (await stream(client(), params)).final();
    expect(result.images.map((i) => i.mimeType)).toEqual(["image/png", "image/png"]);
    expect(Array.from(result.images[0]?.bytes.subarray(0, 4) ?? [])).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('gives a zero-argument tool call "{}" and infers tool_calls when the finish reason stays null', async () => {
    server.enqueue({
      steps: [chunk({ tool_calls: [{ index: 0, id: "call_1", type: "function", function: { name: "now", arguments: "" } }] }), { data: { id: "gen-s1", object: "chat.completion.chunk", created: 1, model: "m", choices: [], usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 } } }, { done: true }],
    });
    const result = await (await stream(client(), params)).final();
    expect(result.toolCalls).toEqual([{ id: "call_1", type: "function", function: { name: "now", arguments: "{}" } }]);
    expect(result.finishReason).toBe("tool_calls");
  });

  it("parses JSON in final() when response_format asked for it", async () => {
    server.enqueue({ steps: [...text("```json\n{\"a\":", " 1}\n```"), finish(), { done: true }] });
    const result = await (await stream(client(), { ...params, response_format: { type: "json_object" } })).final();
    expect(result.json).toEqual({ a: 1 });
  });

  it("sends stream: true and nothing of the SDK's options", async () => {
    server.enqueue({ steps: [...text("a"), finish(), { done: true }] });
    await (await stream(client(), params, { idleTimeout: 9_999 })).final();
    expect(server.requests.at(-1)?.body).toEqual({ model: "openai/gpt-4o", messages: [{ role: "user", content: "x" }], stream: true });
  });

  it("turns into a text ReadableStream for a web handler", async () => {
    server.enqueue({ steps: [...text("to ", "the ", "page"), finish(), { done: true }] });
    const answer = await stream(client(), params);
    expect(await new Response(answer.toReadableStream()).text()).toBe("to the page");
  });

  it("turns into an SSE ReadableStream that ends with [DONE]", async () => {
    server.enqueue({ steps: [...text("x"), finish(), { done: true }] });
    const answer = await stream(client(), params);
    const body = await new Response(answer.toReadableStream({ format: "sse" })).text();
    const events = body.trim().split("\n\n");
    expect(events).toHaveLength(3);
    expect(JSON.parse(events[0]?.slice(6) ?? "").choices[0].delta.content).toBe("x");
    expect(events[2]).toBe("data: [DONE]");
  });
});

describe("ChatStream final() never waits on a reader that went away", () => {
  it("drains the rest when an iterator was left without break", async () => {
    server.enqueue({ steps: [...text("a", "b", "c"), finish(), { done: true }] });
    const answer = await stream(client(), params);
    const iterator = answer[Symbol.asyncIterator]();
    expect((await iterator.next()).value.choices[0].delta.content).toBe("a");
    // No break, no return(): the caller simply stops calling next().
    expect((await answer.final()).text).toBe("abc");
    expect((await iterator.next()).done).toBe(true);
  });
});
