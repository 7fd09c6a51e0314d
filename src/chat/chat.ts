import type { Client } from "../core/client.js";
import { callOptions } from "../core/client.js";
import type { RequestOptions } from "../core/options.js";
import { requestJSON } from "../core/request.js";
import { createAPIError, statusOfErrorBody } from "../errors/create-api-error.js";
import { postProcess } from "../postprocess/default-post-processors.js";
import { prepareChat } from "./prepare-chat.js";
import { toChatResult } from "./to-chat-result.js";
import type { ChatCompletion, ChatParams, ChatResult } from "./types.js";

/** Per-call options of {@link chat}: any client option, for this call only. */
export type ChatOptions = RequestOptions;

/**
 * Sends a chat completion and returns the answer, post-processed: `text` (with the reasoning fallback),
 * `images` decoded, `json` when JSON was asked for, `toolCalls`, `usage` with `cost`, the assistant `message`
 * to append to the history, and the untouched wire response in `raw`.
 *
 * @throws {ValidationError} before sending, for bad input (no prompt, a dated model id, a modality the model refuses).
 * @throws {APIError} (a per-status subclass) when OpenRouter answers with an error, including an HTTP 200 whose
 * body or choice is an error.
 * @throws {ConnectionError} / {TimeoutError} / {AbortError} when the request could not complete.
 * @throws {ResponseValidationError} when JSON was asked for and none could be extracted.
 * @example
 * ```ts
 * import { chat, createClient } from "openrouter-fetch";
 * const client = createClient(); // reads OPENROUTER_API_KEY
 * const result = await chat(client, { model: "openai/gpt-4.1-nano", prompt: "Say hi in French" });
 * console.log(result.text, result.usage?.cost);
 * ```
 */
export async function chat<T = unknown>(client: Client, params: ChatParams, options?: ChatOptions): Promise<ChatResult<T>> {
  const resolved = callOptions(client, options);
  const { body, processors, context } = await prepareChat(params, resolved, false);
  const { data, headers } = await requestJSON<ChatCompletion>(resolved, { method: "POST", path: "chat/completions", body });
  const failed = Array.isArray(data.choices) ? data.choices.find((c) => c?.finish_reason === "error" || c?.error) : undefined;
  if (failed?.error) {
    const errorBody = { ...data, error: failed.error };
    throw createAPIError({ status: statusOfErrorBody(errorBody), body: errorBody, headers, apiKey: resolved.apiKey });
  }
  return postProcess(processors, toChatResult(data, headers), context) as ChatResult<T>;
}
