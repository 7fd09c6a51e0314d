import { ResponseValidationError } from "../errors/response-validation-error.js";
import type { ChatCompletion } from "../types/chat-completion.js";
import type { ChatResult } from "../types/chat-result.js";
import type { ContentPart } from "../types/content-parts.js";
import type { AssistantMessage, ToolCall } from "../types/messages.js";

/**
 * Turns a wire response into a {@link ChatResult} before post-processing: text, reasoning, tool calls with empty
 * arguments normalised to `"{}"`, a finish reason inferred when calls came back with `null`, and the assistant
 * message to append to the history.
 * @internal
 */
export function toChatResult(completion: ChatCompletion, headers: Headers | undefined): ChatResult {
  const choice = Array.isArray(completion?.choices) ? completion.choices[0] : undefined;
  const message = choice?.message;
  if (!message || typeof message !== "object") {
    throw new ResponseValidationError(
      `The response has no choices[0].message to read (model ${String(completion?.model)}); see raw in the error text.`,
      { text: JSON.stringify(completion), model: completion?.model },
    );
  }
  const text = contentText(message.content);
  const reasoning = typeof message.reasoning === "string" ? message.reasoning : undefined;
  const reasoningDetails = Array.isArray(message.reasoning_details) ? message.reasoning_details : [];
  const toolCalls = normalizeToolCalls(message.tool_calls);
  const assistant: AssistantMessage = { role: "assistant", content: toolCalls.length > 0 && text === "" ? null : (message.content ?? "") };
  if (toolCalls.length > 0) assistant.tool_calls = toolCalls;
  if (reasoning !== undefined && reasoning !== "") assistant.reasoning = reasoning;
  if (reasoningDetails.length > 0) assistant.reasoning_details = reasoningDetails;
  return {
    text,
    reasoning,
    reasoningDetails,
    images: [],
    toolCalls,
    json: undefined,
    finishReason: choice.finish_reason ?? (toolCalls.length > 0 ? "tool_calls" : null),
    usage: completion.usage,
    model: completion.model,
    provider: completion.provider,
    id: completion.id,
    generationId: headers?.get("x-generation-id") ?? completion.id,
    message: assistant,
    raw: completion,
  };
}

function contentText(content: string | ContentPart[] | null | undefined): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  let text = "";
  for (const part of content) if (part?.type === "text") text += part.text;
  return text;
}

/**
 * Tool calls in wire shape, `arguments` never empty (providers reject `""` on the next turn).
 * @internal
 */
export function normalizeToolCalls(calls: ToolCall[] | undefined): ToolCall[] {
  if (!Array.isArray(calls) || calls.length === 0) return [];
  return calls.map((call) =>
    call.function.arguments === "" || call.function.arguments === undefined
      ? { ...call, function: { ...call.function, arguments: "{}" } }
      : call,
  );
}
