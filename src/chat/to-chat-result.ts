import { brokenField } from "../errors/response-validation-error.js";
import type { ChatCompletion, ResponseMessage } from "../types/chat-completion.js";
import type { ChatResult } from "../types/chat-result.js";
import type { ContentPart } from "../types/content-parts.js";
import type { Annotation, AssistantMessage, ToolCall } from "../types/messages.js";
import { isRecord } from "../util/checks.js";
import { generatedToolCallId } from "../util/tool-call-id.js";

/**
 * Checks the fields of a chat completion the SDK reads, so that a malformed 200 (a `null` body, `tool_calls:
 * [null]`, a call whose `function` is `null`) fails as a `ResponseValidationError` naming the field instead of a
 * `TypeError` somewhere later. Unknown fields, and nulls where the wire sends them, pass.
 * @internal
 */
export function checkCompletion(completion: unknown): ChatCompletion {
  const broken = (path: (string | number)[], problem: string, value: unknown) => brokenField("chat completion", path, problem, value);
  const noMessage = ", so there is no choices[0].message to read";
  if (!isRecord(completion)) throw broken(["body"], `is not an object${noMessage}`, completion);
  const { choices, usage } = completion;
  if (!Array.isArray(choices) || choices.length === 0) throw broken(["choices"], `is not a non-empty array${noMessage}`, choices);
  if (usage !== undefined && usage !== null && !isRecord(usage)) throw broken(["usage"], "is not an object", usage);
  choices.forEach((choice: unknown, i) => {
    if (!isRecord(choice)) throw broken(["choices", i], `is not an object${i === 0 ? noMessage : ""}`, choice);
    if (choice["error"] !== undefined && choice["error"] !== null && !isRecord(choice["error"])) {
      throw broken(["choices", i, "error"], "is not an object", choice["error"]);
    }
  });
  const message = (choices[0] as Record<string, unknown>)["message"];
  if (!isRecord(message)) throw broken(["choices", 0, "message"], "is not an object: there is no choices[0].message to read", message);
  const { content } = message;
  if (content !== undefined && content !== null && typeof content !== "string" && !Array.isArray(content)) {
    throw broken(["choices", 0, "message", "content"], "is neither a string, an array of parts nor null", content);
  }
  for (const key of ["tool_calls", "reasoning_details", "images", "annotations"]) {
    const list = message[key];
    // A reasoning_details that is no list is read as none (the SDK only passes it on); the others are read.
    if (list === undefined || list === null || (key === "reasoning_details" && !Array.isArray(list))) continue;
    if (!Array.isArray(list)) throw broken(["choices", 0, "message", key], "is not an array", list);
    list.forEach((entry: unknown, j) => {
      if (!isRecord(entry)) throw broken(["choices", 0, "message", key, j], "is not an object", entry);
    });
  }
  (message["tool_calls"] as unknown[] | undefined | null)?.forEach((call, j) => checkToolCall(call as Record<string, unknown>, j, broken));
  return completion as ChatCompletion;
}

function checkToolCall(call: Record<string, unknown>, j: number, broken: (p: (string | number)[], problem: string, v: unknown) => Error): void {
  const path = ["choices", 0, "message", "tool_calls", j];
  const fn = call["function"];
  if (!isRecord(fn)) throw broken([...path, "function"], "is not an object", fn);
  if (typeof fn["name"] !== "string") throw broken([...path, "function", "name"], "is not a string", fn["name"]);
  const args = fn["arguments"];
  if (args !== undefined && args !== null && typeof args !== "string") throw broken([...path, "function", "arguments"], "is not a JSON string", args);
  if (call["id"] !== undefined && call["id"] !== null && typeof call["id"] !== "string") throw broken([...path, "id"], "is not a string", call["id"]);
}

/**
 * Turns a wire response into a {@link ChatResult} before post-processing (checked first, see
 * {@link checkCompletion}): text, reasoning, tool calls with
 * empty arguments normalised to `"{}"` and every call given a unique id, a finish reason inferred when calls came
 * back with `null`, and the assistant message to append to the history: the wire's message as sent (`annotations`,
 * `images`, `audio`, `refusal` and unknown fields kept, so that a PDF is not re-parsed and an image edit can send its
 * image back), minus fields that came back `null`.
 * @internal
 */
export function toChatResult(wire: ChatCompletion, headers: Headers | undefined): ChatResult {
  const completion = checkCompletion(wire);
  const choice = completion.choices[0]!;
  const message = choice.message;
  const text = contentText(message.content);
  const reasoning = typeof message.reasoning === "string" ? message.reasoning : undefined;
  const reasoningDetails = Array.isArray(message.reasoning_details) ? message.reasoning_details : [];
  const toolCalls = normalizeToolCalls(message.tool_calls, completion.id);
  const annotations: Annotation[] = Array.isArray(message.annotations) ? message.annotations : [];
  return {
    text,
    reasoning,
    reasoningDetails,
    images: [],
    annotations,
    toolCalls,
    json: undefined,
    finishReason: choice.finish_reason ?? (toolCalls.length > 0 ? "tool_calls" : null),
    usage: completion.usage ?? undefined,
    model: completion.model,
    provider: completion.provider,
    id: completion.id,
    generationId: headers?.get("x-generation-id") ?? completion.id,
    message: assistantMessage(message, text, toolCalls),
    raw: completion,
  };
}

function assistantMessage(message: ResponseMessage, text: string, toolCalls: ToolCall[]): AssistantMessage {
  const assistant: AssistantMessage = { role: "assistant" };
  for (const key of Object.keys(message)) {
    // JSON.parse makes "__proto__" an own key; copying it would swap the message's prototype.
    if (key === "__proto__" || key === "role" || message[key] === null || message[key] === undefined) continue;
    (assistant as unknown as Record<string, unknown>)[key] = message[key];
  }
  assistant.content = toolCalls.length > 0 && text === "" ? null : (message.content ?? "");
  if (toolCalls.length > 0) assistant.tool_calls = toolCalls;
  else delete assistant.tool_calls;
  // Empty (or unreadable) reasoning and details carry nothing a provider needs back.
  if (typeof assistant.reasoning !== "string" || assistant.reasoning === "") delete assistant.reasoning;
  if (!Array.isArray(assistant.reasoning_details) || assistant.reasoning_details.length === 0) delete assistant.reasoning_details;
  return assistant;
}

function contentText(content: string | ContentPart[] | null | undefined): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  let text = "";
  for (const part of content) if (part?.type === "text" && typeof part.text === "string") text += part.text;
  return text;
}

/**
 * Tool calls in wire shape, `arguments` never empty (providers reject `""` on the next turn) and every `id`
 * unique and non-empty: a missing, empty or repeated id (some upstreams send them) would make the next turn's
 * `tool_call_id` point at no call, or at the wrong one.
 * @internal
 */
export function normalizeToolCalls(calls: ToolCall[] | undefined | null, responseId?: string): ToolCall[] {
  if (!Array.isArray(calls) || calls.length === 0) return [];
  const seen = new Set<string>();
  return calls.map((call, i) => {
    let out = call;
    const args = call.function.arguments as string | null | undefined;
    if (args === "" || args === undefined || args === null) out = { ...out, function: { ...out.function, arguments: "{}" } };
    if (typeof call.id !== "string" || call.id === "" || seen.has(call.id)) out = { ...out, id: generatedToolCallId(responseId, i, seen) };
    seen.add(out.id);
    return out;
  });
}
