import { brokenField } from "../errors/response-validation-error.js";
import { isRecord } from "../util/checks.js";
import type { MessageObject, MessageResult, MessageToolUse } from "./types.js";

const what = "POST /messages";

/**
 * Checks the fields of a Messages answer the SDK reads (`id`, `content` and each block's `type`, the text of text
 * blocks, a tool use's `id` and `name`) and keeps everything else as it came.
 *
 * @throws {@link ResponseValidationError} naming the broken field, e.g. `content[1].name`.
 * @internal
 */
export function checkMessageObject(body: unknown): MessageObject {
  if (!isRecord(body)) throw brokenField(what, ["(body)"], "is not an object", body);
  if (typeof body["id"] !== "string") throw brokenField(what, ["id"], body["id"] === undefined ? "is missing" : "is not a string", body);
  const content = body["content"];
  if (!Array.isArray(content)) throw brokenField(what, ["content"], content === undefined ? "is missing" : "is not an array", body);
  content.forEach((block: unknown, i) => {
    if (!isRecord(block) || typeof block["type"] !== "string") throw brokenField(what, ["content", i, "type"], "is not a string", body);
    const fields = block["type"] === "text" ? ["text"] : block["type"] === "tool_use" ? ["id", "name"] : block["type"] === "thinking" ? ["thinking"] : [];
    for (const field of fields) {
      if (typeof block[field] !== "string") throw brokenField(what, ["content", i, field], block[field] === undefined ? "is missing" : "is not a string", body);
    }
  });
  return body as MessageObject;
}

/**
 * The conveniences of a Messages answer over its untouched wire object. The reasoning fallback does not apply:
 * Anthropic's `thinking` is never the answer, and a model that only thought stopped for a reason (`max_tokens`).
 * @internal
 */
export function toMessageResult(raw: MessageObject, headers: Headers | undefined): MessageResult {
  let text = "";
  let thinking = "";
  const toolUses: MessageToolUse[] = [];
  for (const block of raw.content) {
    if (block.type === "text" && typeof block["text"] === "string") text += block["text"];
    else if (block.type === "thinking" && typeof block["thinking"] === "string") thinking += block["thinking"];
    else if (block.type === "tool_use") toolUses.push(block as MessageToolUse);
  }
  return {
    text,
    thinking: thinking === "" ? undefined : thinking,
    toolUses,
    json: undefined,
    usage: raw.usage,
    stopReason: raw.stop_reason ?? null,
    id: raw.id,
    generationId: headers?.get("x-generation-id") ?? raw.id,
    model: typeof raw.model === "string" ? raw.model : "",
    message: { role: "assistant", content: raw.content },
    raw,
  };
}
