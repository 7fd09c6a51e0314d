import type { Client } from "../core/client.js";
import { callOptions } from "../core/client.js";
import type { RequestOptions } from "../core/options.js";
import { requestJSON } from "../core/request.js";
import { createAPIError, statusOfErrorBody } from "../errors/create-api-error.js";
import { postProcess } from "../postprocess/default-post-processors.js";
import type { InferSchemaOutput, StandardSchemaV1 } from "../structured/standard-schema.js";
import type { StructuredOutputOptions } from "../structured/structured-output.js";
import type { ChatCompletion } from "../types/chat-completion.js";
import type { ChatParams } from "../types/chat-params.js";
import type { ChatResult } from "../types/chat-result.js";
import { prepareChat } from "./prepare-chat.js";
import { toChatResult } from "./to-chat-result.js";

/**
 * Per-call options of {@link chat}: any client option, for this call only, and the structured-output options
 * (`schema`, `schemaName`, `jsonSchema`).
 */
export interface ChatOptions<S extends StandardSchemaV1 = StandardSchemaV1> extends RequestOptions, StructuredOutputOptions<S> {}

/**
 * Sends a chat completion and returns the answer, post-processed: `text` (with the reasoning fallback),
 * `images` decoded, `json` when JSON was asked for, `toolCalls`, `usage` with `cost`, the assistant `message`
 * to append to the history, and the untouched wire response in `raw`.
 *
 * @throws {ValidationError} before sending, for bad input (no prompt, a dated model id, a modality the model refuses).
 * @throws {APIError} (a per-status subclass) when OpenRouter answers with an error, including an HTTP 200 whose
 * body or choice is an error.
 * @throws {ConnectionError} / {TimeoutError} / {AbortError} when the request could not complete.
 * @throws {ResponseValidationError} when JSON was asked for and none could be extracted, or (with `schema`) when
 * the JSON does not match the schema; it carries the `issues` and the answer's `text`.
 * @example
 * ```ts
 * import { chat, createClient } from "openrouter-fetch";
 * import * as z from "zod";
 * const client = createClient(); // reads OPENROUTER_API_KEY
 * const result = await chat(client, { model: "openai/gpt-4.1-nano", prompt: "Say hi in French" });
 * console.log(result.text, result.usage?.cost);
 *
 * // With a schema, `json` is validated and typed (zod 4 here; any Standard Schema works).
 * const { json } = await chat(client, { model: "openai/gpt-4.1-nano", prompt: "Largest city of Japan?" }, {
 *   schema: z.object({ name: z.string(), population: z.number() }),
 * });
 * console.log(json.name, json.population);
 * ```
 */
export function chat<S extends StandardSchemaV1>(
  client: Client,
  params: ChatParams,
  options: ChatOptions<S> & { schema: S },
): Promise<ChatResult<InferSchemaOutput<S>> & { json: InferSchemaOutput<S> }>;
export function chat<T = unknown>(client: Client, params: ChatParams, options?: ChatOptions): Promise<ChatResult<T>>;
export async function chat(client: Client, params: ChatParams, options?: ChatOptions): Promise<ChatResult> {
  // The structured-output options ride along: option resolution ignores what it does not know.
  const resolved = callOptions(client, options);
  const { body, processors, context, parse } = await prepareChat(params, resolved, false, options);
  const { data, headers } = await requestJSON<ChatCompletion>(resolved, { method: "POST", path: "chat/completions", body });
  const failed = Array.isArray(data.choices) ? data.choices.find((c) => c?.finish_reason === "error" || c?.error) : undefined;
  if (failed?.error) {
    const errorBody = { ...data, error: failed.error };
    throw createAPIError({ status: statusOfErrorBody(errorBody), body: errorBody, headers, apiKey: resolved.apiKey });
  }
  const result = postProcess(processors, toChatResult(data, headers), context);
  return parse ? parse(result) : result;
}
