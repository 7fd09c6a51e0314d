import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stream } from "../../src/chat/stream.js";
import { createClient } from "../../src/core/client.js";
import { StreamError } from "../../src/errors/index.js";
import { fixtureText } from "../helpers/fixtures.js";
import { chunkings } from "../helpers/stream-steps.js";
import { type LocalOpenRouter, startLocalOpenRouter } from "../server/openrouter-server.js";

let server: LocalOpenRouter;
beforeAll(async () => {
  server = await startLocalOpenRouter();
});
afterAll(() => server.close());

const client = () => createClient({ apiKey: "sk-or-v1-local", baseURL: server.baseURL, maxRetries: 0 });
const params = { model: "openai/gpt-4o", prompt: "x" };

describe("chat-stream-text.sse", () => {
  const text = fixtureText("chat-stream-text.sse");
  for (const [how, script] of chunkings(text)) {
    it(`accumulates the answer, finish reason and the separate usage chunk (${how})`, async () => {
      server.enqueue({ ...script, headers: { "content-type": "text/event-stream" } });
      const answer = await stream(client(), params);
      const chunks = [];
      for await (const chunk of answer) chunks.push(chunk);
      expect(chunks).toHaveLength(7);
      const result = await answer.final();
      expect(result.text).toBe("There are **47** files.");
      expect(result.finishReason).toBe("stop");
      expect(result.usage).toEqual({ prompt_tokens: 7007, completion_tokens: 49, total_tokens: 7056 });
      expect(result.model).toBe("openai/gpt-oss-120b:free");
      expect(result.provider).toBe("OpenInference");
      expect(result.generationId).toBe("gen-1768896871-9HgAQqS1Z72C6gApaidi");
      expect(answer.generationId).toBe("gen-1768896871-9HgAQqS1Z72C6gApaidi");
      expect(result.message).toEqual({ role: "assistant", content: "There are **47** files." });
    });
  }
});

describe("chat-stream-tool-calls.sse", () => {
  const text = fixtureText("chat-stream-tool-calls.sse");
  for (const [how, script] of chunkings(text)) {
    it(`merges the argument fragments by index and reads usage from the choices:[] chunk (${how})`, async () => {
      server.enqueue(script);
      const result = await (await stream(client(), params)).final();
      expect(result.toolCalls).toEqual([
        { id: "call_O17Uplv4lJvD6DVdIvFFeRMw", type: "function", function: { name: "test-tool", arguments: '{"value":"Sparkle Day"}' } },
      ]);
      expect(JSON.parse(result.toolCalls[0]?.function.arguments ?? "")).toEqual({ value: "Sparkle Day" });
      expect(result.finishReason).toBe("tool_calls");
      expect(result.usage?.total_tokens).toBe(70);
      expect(result.message.tool_calls).toEqual(result.toolCalls);
      expect(result.message.content).toBeNull();
    });
  }
});

describe("chat-stream-midstream-error.sse", () => {
  const text = fixtureText("chat-stream-midstream-error.sse");
  for (const [how, script] of chunkings(text)) {
    it(`throws StreamError with the chunk's code and message, keeping the text so far (${how})`, async () => {
      server.enqueue(script);
      const answer = await stream(client(), params);
      const seen: string[] = [];
      const error = await (async () => {
        for await (const piece of answer.textStream) seen.push(piece);
      })().catch((e) => e);
      expect(error).toBeInstanceOf(StreamError);
      expect(error.code).toBe(429);
      expect(error.status).toBe(429);
      expect(error.message).toContain("Rate limit exceeded");
      expect(error.errorType).toBe("rate_limit_exceeded");
      expect(error.metadata).toEqual({ error_type: "rate_limit_exceeded" });
      expect(error.partial.text).toBe("The first three primes are 2, 3");
      expect(error.partial.generationId).toBe("gen-abc123");
      expect(error.generationId).toBe("gen-abc123");
      expect(seen.join("")).toBe("The first three primes are 2, 3");
      // final() reports the same failure instead of a result.
      await expect(answer.final()).rejects.toBe(error);
    });
  }
});

describe("final() keeps what chat() keeps", () => {
  it("keeps choices[].logprobs, service_tier, annotations (also on the message) and unknown delta fields", async () => {
    const event = (data: unknown) => ({ raw: `data: ${JSON.stringify(data)}\n\n` });
    const base = { id: "gen-lp", object: "chat.completion.chunk", created: 1, model: "openai/gpt-4o", service_tier: "default" };
    const annotation = { type: "url_citation", url_citation: { url: "https://example.com", title: "Ex", start_index: 0, end_index: 2 } };
    server.enqueue({
      headers: { "content-type": "text/event-stream" },
      steps: [
        event({ ...base, choices: [{ index: 0, delta: { role: "assistant", content: "Hi", custom_field: "a" }, finish_reason: null, logprobs: { content: [{ token: "Hi", logprob: -0.5 }] } }] }),
        event({ ...base, choices: [{ index: 0, delta: { content: "!", annotations: [annotation], custom_field: "b" }, finish_reason: "stop", logprobs: { content: [{ token: "!", logprob: -0.2 }] } }] }),
        { raw: "data: [DONE]\n\n" },
      ],
    });
    const result = await (await stream(client(), params)).final();
    expect(result.text).toBe("Hi!");
    expect(result.raw.choices[0]?.logprobs).toEqual({ content: [{ token: "Hi", logprob: -0.5 }, { token: "!", logprob: -0.2 }] });
    expect(result.raw["service_tier"]).toBe("default");
    expect(result.annotations).toEqual([annotation]);
    expect(result.message).toEqual({ role: "assistant", content: "Hi!", annotations: [annotation], custom_field: "ab" });
  });
});
