import type { Client } from "../core/client.js";
import { callOptions } from "../core/client.js";
import type { RequestOptions } from "../core/options.js";
import { requestJSON } from "../core/request.js";
import { createAPIError, statusOfErrorBody } from "../errors/create-api-error.js";
import { postProcess } from "../postprocess/default-post-processors.js";
import type { InferSchemaOutput, StandardSchemaV1 } from "../structured/standard-schema.js";
import type { StructuredOutputOptions } from "../structured/structured-output.js";
import type { ChatChoice, WireError } from "../types/chat-completion.js";
import type { ChatParams } from "../types/chat-params.js";
import type { ChatResult } from "../types/chat-result.js";
import { prepareChat } from "./prepare-chat.js";
import { checkCompletion, toChatResult } from "./to-chat-result.js";

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
 * @throws {@link ValidationError} before sending, for bad input (no prompt, a dated model id, a modality the model refuses).
 * @throws {@link APIError} (a per-status subclass) when OpenRouter answers with an error, including an HTTP 200 whose
 * body or choice is an error.
 * @throws {@link ConnectionError} / {TimeoutError} / {AbortError} when the request could not complete.
 * @throws {@link ProviderError} for a choice with `finish_reason: "error"`, with or without an `error` object.
 * @throws {@link ResponseValidationError} when the body breaks a field the SDK reads (it names the field), when JSON was
 * asked for and none could be extracted, or (with `schema`) when the JSON does not match the schema; it carries the
 * `issues` and the answer's `text`.
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
  const { data: answer, headers } = await requestJSON<unknown>(resolved, { method: "POST", path: "chat/completions", body });
  const data = checkCompletion(answer);
  const failed = data.choices.find((c) => c.finish_reason === "error" || c.error);
  if (failed) {
    const errorBody = { ...data, error: failed.error ?? errorWithoutObject(failed) };
    throw createAPIError({ status: statusOfErrorBody(errorBody), body: errorBody, headers, apiKey: resolved.apiKey });
  }
  const result = postProcess(processors, toChatResult(data, headers), context);
  return parse ? parse(result) : result;
}

/** A `finish_reason: "error"` choice that came with no `error` object: what arrived, as the error to report. */
function errorWithoutObject(choice: ChatChoice): WireError {
  const native = choice.native_finish_reason ? ` (native finish reason ${JSON.stringify(choice.native_finish_reason)})` : "";
  const content = typeof choice.message.content === "string" && choice.message.content !== "" ? `; the content so far: ${JSON.stringify(choice.message.content.slice(0, 200))}` : "";
  return { message: `The provider ended the answer with finish_reason "error" and no error object${native}${content}`, metadata: { choice } };
}
