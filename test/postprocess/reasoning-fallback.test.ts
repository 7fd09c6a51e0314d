import { describe, expect, it } from "vitest";
import type { ChatCompletion } from "../../src/types/chat-completion.js";
import { toChatResult } from "../../src/chat/to-chat-result.js";
import { reasoningFallback } from "../../src/postprocess/reasoning-fallback.js";
import { fixtureJSON } from "../helpers/fixtures.js";

const context = { params: { model: "m", prompt: "Hi" } };
const thinkingOnly = () => toChatResult(fixtureJSON<ChatCompletion>("chat-reasoning-empty-content.json"), undefined);

describe("reasoningFallback", () => {
  it("gives the reasoning as text when a reasoning model answered with empty content", () => {
    const result = thinkingOnly();
    expect(result.text).toBe("");
    const fixed = reasoningFallback(result, context);
    expect(fixed.text).toBe(result.reasoning);
    expect(fixed.reasoning).toBe(result.reasoning);
  });

  it("leaves a result with text of its own unchanged", () => {
    const result = toChatResult(fixtureJSON<ChatCompletion>("chat-nonstream-basic.json"), undefined);
    expect(reasoningFallback(result, context)).toBe(result);
  });

  it("leaves empty text alone when the model called tools, or its reasoning is blank too", () => {
    const base = thinkingOnly();
    const withTools = { ...base, toolCalls: [{ id: "call_1", type: "function" as const, function: { name: "f", arguments: "{}" } }] };
    expect(reasoningFallback(withTools, context).text).toBe("");
    expect(reasoningFallback({ ...base, reasoning: "  \n" }, context).text).toBe("");
    expect(reasoningFallback({ ...base, reasoning: undefined }, context).text).toBe("");
  });
});
