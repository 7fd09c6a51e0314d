import { type Client, callOptions } from "../core/client.js";
import type { RequestOptions } from "../core/options.js";
import { requestJSON } from "../core/request.js";
import { requestBody } from "../core/request-body.js";
import { ValidationError } from "../errors/validation-error.js";
import { checkModelId } from "../models/model-id.js";
import { withSchemaJson } from "../structured/json-answer.js";
import type { InferSchemaOutput, StandardSchemaV1 } from "../structured/standard-schema.js";
import { type StructuredOutputOptions, checkStructuredOptions, wantsStructuredOutput } from "../structured/structured-output.js";
import { isNonEmptyString, isRecord, isWholeNumber } from "../util/checks.js";
import { messagesFields } from "./messages-fields.js";
import { checkMessageObject, toMessageResult } from "./to-message-result.js";
import type { MessageResult, MessagesParams } from "./types.js";

/**
 * Per-call options of {@link createMessage} and `streamMessage()`: any client option, for this call only, and the
 * structured-output options (`schema`, `jsonSchema`), sent as `output_config.format`.
 */
export interface MessageOptions<S extends StandardSchemaV1 = StandardSchemaV1> extends RequestOptions, StructuredOutputOptions<S> {}

/**
 * Sends an Anthropic-shaped Messages request (`POST /messages`) to any OpenRouter model and returns the answer with
 * conveniences: `text`, `thinking`, `toolUses`, `usage` with `cost`, `generationId`, and the assistant `message`
 * to append to the next turn. The wire response is in `raw`, untouched. OpenRouter's `models`, `provider` and
 * `plugins` go in the request beside Anthropic's fields.
 *
 * @throws {@link ValidationError} before sending, for no model, no messages, a bad `max_tokens`, `stream: true`, a dated
 * model id, or `schema` together with `output_config.format`.
 * @throws {@link APIError} (a per-status subclass) when OpenRouter answers with an error, including in an HTTP 200 body.
 * @throws {@link ConnectionError} / {TimeoutError} / {AbortError} when the request could not complete.
 * @throws {@link ResponseValidationError} naming the field when the answer breaks one the SDK reads; with a `schema`,
 * when the answer holds no JSON or it does not match.
 * @example
 * ```ts
 * import { createClient } from "openrouter-fetch";
 * import { createMessage } from "openrouter-fetch/messages";
 * const answer = await createMessage(createClient(), {
 *   model: "anthropic/claude-sonnet-4.5",
 *   max_tokens: 1024,
 *   messages: [{ role: "user", content: "Hello, Claude" }],
 *   provider: { order: ["Anthropic"] },
 * });
 * console.log(answer.text, answer.usage?.cost);
 * ```
 */
export function createMessage<S extends StandardSchemaV1>(
  client: Client,
  params: MessagesParams,
  options: MessageOptions<S> & { schema: S },
): Promise<MessageResult<InferSchemaOutput<S>> & { json: InferSchemaOutput<S> }>;
export function createMessage<T = unknown>(client: Client, params: MessagesParams, options?: MessageOptions): Promise<MessageResult<T>>;
export async function createMessage(client: Client, params: MessagesParams, options?: MessageOptions): Promise<MessageResult> {
  const resolved = callOptions(client, options);
  const { body, schema } = prepareMessage(params, false, resolved.checkModelIds, options);
  const { data, headers } = await requestJSON<unknown>(resolved, { method: "POST", path: "messages", body, auth: "required" });
  const result = toMessageResult(checkMessageObject(data), headers);
  return schema ? withSchemaJson(result, schema) : result;
}

/**
 * Checks a Messages request and makes the body to send: `stream` set, and with a `schema`,
 * `output_config.format` the schema's JSON Schema.
 * @throws {@link ValidationError} naming the field.
 * @internal
 */
export function prepareMessage(
  params: MessagesParams,
  stream: boolean,
  checkIds: boolean,
  options: StructuredOutputOptions | undefined,
): { body: MessagesParams; schema: StandardSchemaV1 | undefined } {
  const fn = stream ? "streamMessage()" : "createMessage()";
  if (!isRecord(params as unknown)) throw new ValidationError(`${fn} takes { model, max_tokens, messages }.`, { field: "params" });
  if (!isNonEmptyString(params.model)) throw new ValidationError(`${fn} needs a model, e.g. "anthropic/claude-sonnet-4.5".`, { field: "model" });
  if (checkIds) for (const model of [params.model, ...(params.models ?? [])]) if (typeof model === "string") checkModelId(model);
  if (!Array.isArray(params.messages) || params.messages.length === 0) {
    throw new ValidationError(`${fn} needs messages: [{ role: "user", content: "…" }].`, { field: "messages" });
  }
  params.messages.forEach((message, i) => {
    if (!isRecord(message) || (message.role !== "user" && message.role !== "assistant")) {
      throw new ValidationError(`messages[${i}].role must be "user" or "assistant" (the system prompt goes in \`system\`).`, { field: `messages[${i}].role` });
    }
  });
  if (params.max_tokens !== undefined && !isWholeNumber(params.max_tokens, 1)) {
    throw new ValidationError(`max_tokens must be a whole number > 0, got ${String(params.max_tokens)}.`, { field: "max_tokens" });
  }
  if (params.stream !== undefined && params.stream !== stream) {
    throw new ValidationError(stream ? "streamMessage() streams: leave `stream` out." : "createMessage() does not stream: use streamMessage(), or leave `stream` out.", { field: "stream" });
  }
  const fields = requestBody(params, "MessagesParams", messagesFields);
  let body: MessagesParams = stream ? { ...fields, stream: true } : fields;
  if (!wantsStructuredOutput(options)) return { body, schema: undefined };
  if (params.output_config?.format != null && options.schema !== undefined) {
    throw new ValidationError("Give either `schema` or `output_config.format`, not both.", { field: "output_config.format" });
  }
  const { schema, jsonSchema } = checkStructuredOptions(options);
  body = { ...body, output_config: { ...params.output_config, format: { type: "json_schema", schema: jsonSchema } } };
  return { body, schema };
}
