import { describe, expect, it } from "vitest";
import { ChunkAccumulator } from "../../src/streaming/chunk-accumulator.js";
import type { ChatCompletionChunk } from "../../src/types/chat-completion-chunk.js";

const chunk = (delta: Record<string, unknown>, extra: Partial<ChatCompletionChunk> = {}): ChatCompletionChunk =>
  ({ id: "gen-1", object: "chat.completion.chunk", created: 1, model: "m", choices: [{ index: 0, delta, finish_reason: null }], ...extra }) as ChatCompletionChunk;

describe("ChunkAccumulator", () => {
  it("merges tool-call fragments by index, not by position, for parallel calls", () => {
    const acc = new ChunkAccumulator();
    acc.add(chunk({ tool_calls: [{ index: 1, id: "b", type: "function", function: { name: "two", arguments: "" } }] }));
    acc.add(chunk({ tool_calls: [{ index: 0, id: "a", type: "function", function: { name: "one", arguments: '{"x"' } }] }));
    acc.add(chunk({ tool_calls: [{ index: 1, function: { arguments: '{"y":2}' } }, { index: 0, function: { arguments: ":1}" } }] }));
    expect(acc.toolCalls).toEqual([
      { id: "a", type: "function", function: { name: "one", arguments: '{"x":1}' } },
      { id: "b", type: "function", function: { name: "two", arguments: '{"y":2}' } },
    ]);
  });

  it("keeps the first finish reason when a later usage chunk says null", () => {
    const acc = new ChunkAccumulator();
    acc.add({ ...chunk({}), choices: [{ index: 0, delta: {}, finish_reason: "stop" }] });
    acc.add({ ...chunk({}), choices: [{ index: 0, delta: {}, finish_reason: null }], usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 } });
    const completion = acc.toCompletion();
    expect(completion.choices[0]?.finish_reason).toBe("stop");
    expect(completion.usage?.total_tokens).toBe(3);
  });

  it("reports an error chunk, top-level or as finish_reason error", () => {
    const acc = new ChunkAccumulator();
    expect(acc.add(chunk({ content: "a" }))).toBe(false);
    expect(acc.add({ ...chunk({}), error: { code: 502, message: "x" } })).toBe(true);
    expect(new ChunkAccumulator().add({ ...chunk({}), choices: [{ index: 0, delta: {}, finish_reason: "error" }] })).toBe(true);
  });

  it("does not let a __proto__ key in a reasoning detail change an object's prototype", () => {
    const acc = new ChunkAccumulator();
    acc.add(chunk({ reasoning_details: [{ type: "reasoning.text", text: "a", index: 0 }] }));
    acc.add(chunk({ reasoning_details: [JSON.parse('{"type":"reasoning.text","text":"b","index":0,"__proto__":{"polluted":true}}')] }));
    const [detail] = acc.reasoningDetails;
    expect(detail?.text).toBe("ab");
    expect(Object.getPrototypeOf(detail)).toBe(Object.prototype);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it("ignores choices other than index 0 and tolerates chunks without choices", () => {
    const acc = new ChunkAccumulator();
    acc.add({ ...chunk({}), choices: [{ index: 1, delta: { content: "other" }, finish_reason: null }] });
    acc.add({ id: "gen-1", object: "chat.completion.chunk", created: 1, model: "m" } as ChatCompletionChunk);
    acc.add(chunk({ content: "mine" }));
    expect(acc.content).toBe("mine");
  });

  it("joins long answers exactly, whether read mid-stream or at the end", () => {
    const acc = new ChunkAccumulator();
    let content = "";
    let reasoning = "";
    for (let i = 0; i < 1_000; i++) {
      acc.add(chunk({ content: `c${i} `, reasoning: `r${i}|`, reasoning_details: [{ type: "reasoning.text", index: 0, text: `t${i}` }] }));
      content += `c${i} `;
      reasoning += `r${i}|`;
      // Reading in the middle (as a partial result on an error does) must not lose or repeat pieces.
      if (i === 300) expect(acc.content).toBe(content);
    }
    const message = acc.toCompletion().choices[0]?.message;
    expect(message?.content).toBe(content);
    expect(message?.reasoning).toBe(reasoning);
    expect(message?.reasoning_details).toHaveLength(1);
    expect(message?.reasoning_details?.[0]?.text).toBe(Array.from({ length: 1_000 }, (_, i) => `t${i}`).join(""));
  });
});

describe("ChunkAccumulator: tool calls as upstreams really send them", () => {
  it("gives a call with an empty id a generated one, and keeps it across reads", () => {
    const acc = new ChunkAccumulator();
    acc.add(chunk({ tool_calls: [{ index: 0, id: "", type: "function", function: { name: "f", arguments: "{}" } }] }));
    const [first] = acc.toolCalls;
    expect(first?.id).toMatch(/^call_gen-1_0/);
    expect(acc.toolCalls[0]?.id).toBe(first?.id);
    expect(acc.toCompletion().choices[0]?.message.tool_calls?.[0]?.id).toBe(first?.id);
  });

  it("gives the second of two calls with the same id an id of its own", () => {
    const acc = new ChunkAccumulator();
    acc.add(chunk({ tool_calls: [{ index: 0, id: "call_1", function: { name: "a", arguments: "{}" } }] }));
    acc.add(chunk({ tool_calls: [{ index: 1, id: "call_1", function: { name: "b", arguments: "{}" } }] }));
    const ids = acc.toolCalls.map((c) => c.id);
    expect(ids[0]).toBe("call_1");
    expect(new Set(ids).size).toBe(2);
    expect(ids.every((id) => id !== "")).toBe(true);
  });

  it("attaches argument fragments without index to the call in progress instead of starting nameless calls", () => {
    const acc = new ChunkAccumulator();
    acc.add(chunk({ tool_calls: [{ index: 0, id: "a", function: { name: "one", arguments: '{"x"' } }] }));
    acc.add(chunk({ tool_calls: [{ function: { arguments: ":1" } } as never] }));
    acc.add(chunk({ tool_calls: [{ function: { arguments: "}" } } as never] }));
    expect(acc.toolCalls).toEqual([{ id: "a", type: "function", function: { name: "one", arguments: '{"x":1}' } }]);
  });

  // Found by looking: index-less calls that repeat their id on every fragment, and whole index-less calls in a row.
  it("follows index-less fragments by their id, and starts a new call for a new id or a second name", () => {
    const acc = new ChunkAccumulator();
    acc.add(chunk({ tool_calls: [{ id: "a", function: { name: "one", arguments: '{"x":' } } as never] }));
    acc.add(chunk({ tool_calls: [{ id: "b", function: { name: "two", arguments: "{}" } } as never] }));
    acc.add(chunk({ tool_calls: [{ id: "a", function: { arguments: "1}" } } as never] }));
    acc.add(chunk({ tool_calls: [{ function: { name: "three", arguments: "{}" } } as never] }));
    expect(acc.toolCalls.map((c) => [c.function.name, c.function.arguments])).toEqual([["one", '{"x":1}'], ["two", "{}"], ["three", "{}"]]);
    expect(new Set(acc.toolCalls.map((c) => c.id)).size).toBe(3);
  });
});

describe("ChunkAccumulator keeps what chat() keeps", () => {
  it("concatenates choices[].logprobs and keeps service_tier and unknown chunk fields", () => {
    const acc = new ChunkAccumulator();
    const withLogprobs = (token: string) => ({ index: 0, delta: { content: token }, finish_reason: null, logprobs: { content: [{ token, logprob: -0.1 }], refusal: null } });
    acc.add({ ...chunk({}), service_tier: "default", choices: [withLogprobs("Hel")] });
    acc.add({ ...chunk({}), choices: [withLogprobs("lo")], x_custom: { a: 1 } });
    const completion = acc.toCompletion();
    expect(completion.choices[0]?.logprobs).toEqual({ content: [{ token: "Hel", logprob: -0.1 }, { token: "lo", logprob: -0.1 }], refusal: null });
    expect(completion["service_tier"]).toBe("default");
    expect(completion["x_custom"]).toEqual({ a: 1 });
  });

  it("keeps unknown delta fields on the message: strings joined, arrays concatenated, objects last-wins", () => {
    const acc = new ChunkAccumulator();
    acc.add(chunk({ content: "a", reasoning_content: "think ", citations: ["u1"], meta: { n: 1 } }));
    acc.add(chunk({ content: "b", reasoning_content: "more", citations: ["u2"], meta: { n: 2 } }));
    const message = acc.toCompletion().choices[0]?.message;
    expect(message?.["reasoning_content"]).toBe("think more");
    expect(message?.["citations"]).toEqual(["u1", "u2"]);
    expect(message?.["meta"]).toEqual({ n: 2 });
  });
});
