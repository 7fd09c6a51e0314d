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
