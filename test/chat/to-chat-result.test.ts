import { describe, expect, it } from "vitest";
import { normalizeToolCalls, toChatResult } from "../../src/chat/to-chat-result.js";
import { ResponseValidationError } from "../../src/errors/index.js";
import type { ChatCompletion } from "../../src/types/chat-completion.js";
import { fixtureJSON } from "../helpers/fixtures.js";

/** The plain-answer capture, with its first message changed. */
function answer(message: Record<string, unknown>, finish_reason: string | null = "stop"): ChatCompletion {
  const body = fixtureJSON<ChatCompletion>("chat-nonstream-basic.json");
  return { ...body, choices: [{ ...body.choices[0], message: { role: "assistant", ...message }, finish_reason } as never] };
}

describe("toChatResult", () => {
  it("reads the capture's text, model, provider, usage and ids, and keeps the wire object as raw", () => {
    const raw = fixtureJSON<ChatCompletion>("chat-nonstream-basic.json");
    const result = toChatResult(raw, undefined);
    expect(result.text).toBe(raw.choices[0]?.message.content);
    expect(result).toMatchObject({ model: raw.model, provider: raw.provider, id: raw.id, usage: raw.usage, finishReason: raw.choices[0]?.finish_reason });
    expect(result.raw).toBe(raw);
    expect(result.images).toEqual([]);
    expect(result.json).toBeUndefined();
  });

  it("takes generationId from the x-generation-id header, falling back to the response id", () => {
    const raw = fixtureJSON<ChatCompletion>("chat-nonstream-basic.json");
    expect(toChatResult(raw, new Headers({ "x-generation-id": "gen-from-header" })).generationId).toBe("gen-from-header");
    expect(toChatResult(raw, new Headers()).generationId).toBe(raw.id);
  });

  it("joins the text parts of array content and skips the others", () => {
    const result = toChatResult(answer({ content: [{ type: "text", text: "Hello, " }, { type: "image_url", image_url: { url: "https://x" } }, { type: "text", text: "world" }] }), undefined);
    expect(result.text).toBe("Hello, world");
  });

  it("reads null or missing content as empty text, and the message as content \"\"", () => {
    const result = toChatResult(answer({ content: null }), undefined);
    expect(result.text).toBe("");
    expect(result.message).toEqual({ role: "assistant", content: "" });
  });

  it("keeps reasoning and reasoning_details, on the result and on the message for the next turn", () => {
    const details = [{ type: "reasoning.text", text: "Let me think" }];
    const result = toChatResult(answer({ content: "4", reasoning: "2+2", reasoning_details: details }), undefined);
    expect(result.reasoning).toBe("2+2");
    expect(result.reasoningDetails).toEqual(details);
    expect(result.message).toEqual({ role: "assistant", content: "4", reasoning: "2+2", reasoning_details: details });
  });

  it("leaves an empty reasoning off the message, and reads a non-string reasoning as none", () => {
    expect(toChatResult(answer({ content: "x", reasoning: "" }), undefined).message).not.toHaveProperty("reasoning");
    expect(toChatResult(answer({ content: "x", reasoning: 42 }), undefined).reasoning).toBeUndefined();
    expect(toChatResult(answer({ content: "x", reasoning_details: "no" }), undefined).reasoningDetails).toEqual([]);
  });

  it("returns tool calls with an assistant message whose content is null, as the next request needs", () => {
    const call = { id: "call_1", type: "function", function: { name: "weather", arguments: '{"city":"Paris"}' } };
    const result = toChatResult(answer({ content: "", tool_calls: [call] }, "tool_calls"), undefined);
    expect(result.toolCalls).toEqual([call]);
    expect(result.message).toEqual({ role: "assistant", content: null, tool_calls: [call] });
  });

  it("keeps text that came with tool calls on the message", () => {
    const call = { id: "call_1", type: "function", function: { name: "weather", arguments: "{}" } };
    expect(toChatResult(answer({ content: "Checking…", tool_calls: [call] }), undefined).message.content).toBe("Checking…");
  });

  it("infers finish_reason tool_calls when the wire says null, and null when there are none", () => {
    const call = { id: "c", type: "function", function: { name: "f", arguments: "{}" } };
    expect(toChatResult(answer({ content: "", tool_calls: [call] }, null), undefined).finishReason).toBe("tool_calls");
    expect(toChatResult(answer({ content: "x" }, null), undefined).finishReason).toBeNull();
  });

  it("throws ResponseValidationError, not a TypeError, when there is no choices[0].message", () => {
    for (const body of [{ id: "x", model: "m", choices: [] }, { id: "x", model: "m" }, { model: "m", choices: [{ message: null }] }, null]) {
      const error = (() => {
        try {
          toChatResult(body as never, undefined);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(ResponseValidationError);
      expect((error as Error).message).toContain("no choices[0].message");
    }
  });
});

describe("normalizeToolCalls", () => {
  it('turns empty or missing arguments into "{}", leaving the others as they are', () => {
    const full = { id: "a", type: "function" as const, function: { name: "f", arguments: '{"x":1}' } };
    const empty = { id: "b", type: "function" as const, function: { name: "g", arguments: "" } };
    const missing = { id: "c", type: "function" as const, function: { name: "h" } } as never;
    const [first, second, third] = normalizeToolCalls([full, empty, missing]);
    expect(first).toBe(full);
    expect(second?.function.arguments).toBe("{}");
    expect(third?.function).toEqual({ name: "h", arguments: "{}" });
    expect(empty.function.arguments).toBe("");
  });

  it("is an empty list for none, an empty list or something that is not a list", () => {
    expect(normalizeToolCalls(undefined)).toEqual([]);
    expect(normalizeToolCalls([])).toEqual([]);
    expect(normalizeToolCalls("calls" as never)).toEqual([]);
  });
});
