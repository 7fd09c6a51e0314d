import { type Client, callOptions } from "../core/client.js";
import type { RequestOptions } from "../core/options.js";
import { requestJSON } from "../core/request.js";
import { requestBody } from "../core/request-body.js";
import { ValidationError } from "../errors/validation-error.js";
import { checkModelId } from "../models/model-id.js";
import type { InferSchemaOutput, StandardSchemaV1 } from "../structured/standard-schema.js";
import { type StructuredOutputOptions, checkStructuredOptions, wantsStructuredOutput } from "../structured/structured-output.js";
import { withSchemaJson } from "../structured/json-answer.js";
import { isNonEmptyString, isRecord } from "../util/checks.js";
import { responsesFields } from "./responses-fields.js";
import { checkResponseObject, toResponseResult } from "./to-response-result.js";
import type { ResponseResult, ResponsesParams } from "./types.js";

/**
 * Per-call options of {@link createResponse} and `streamResponse()`: any client option, for this call only, and
 * the structured-output options (`schema`, `schemaName`, `jsonSchema`), sent as `text.format`.
 */
export interface ResponseOptions<S extends StandardSchemaV1 = StandardSchemaV1> extends RequestOptions, StructuredOutputOptions<S> {}

/**
 * Creates a response (`POST /responses`, OpenAI's Responses shape with OpenRouter's extensions) and returns it with
 * conveniences: `text` (the output text joined; the reasoning when there is none), `reasoning` (the summaries),
 * `toolCalls` (arguments parsed on demand), `images` decoded, `usage` with `cost`, `generationId`, and `output`
 * items to append to the next turn's `input`. The wire response is in `raw`, untouched.
 *
 * @throws {@link ValidationError} before sending, for no model, no input, `stream: true`, a dated model id, or `schema`
 * together with `text.format`.
 * @throws {@link APIError} (a per-status subclass) when OpenRouter answers with an error, including an HTTP 200 body
 * with `error` set (a failed response).
 * @throws {@link ConnectionError} / {TimeoutError} / {AbortError} when the request could not complete.
 * @throws {@link ResponseValidationError} naming the field when the answer breaks one the SDK reads; with a JSON
 * `text.format` or a `schema`, when the answer holds no JSON or it does not match.
 * @example
 * ```ts
 * import { createClient } from "openrouter-fetch";
 * import { createResponse } from "openrouter-fetch/responses";
 * const client = createClient();
 * const first = await createResponse(client, { model: "openai/gpt-4o", input: "Tell me a joke" });
 * console.log(first.text, first.usage?.cost);
 * // The API is stateless: the next turn sends the conversation so far.
 * const next = await createResponse(client, {
 *   model: "openai/gpt-4o",
 *   input: [{ role: "user", content: "Tell me a joke" }, ...first.output, { role: "user", content: "Another one" }],
 * });
 * console.log(next.text);
 * ```
 */
export function createResponse<S extends StandardSchemaV1>(
  client: Client,
  params: ResponsesParams,
  options: ResponseOptions<S> & { schema: S },
): Promise<ResponseResult<InferSchemaOutput<S>> & { json: InferSchemaOutput<S> }>;
export function createResponse<T = unknown>(client: Client, params: ResponsesParams, options?: ResponseOptions): Promise<ResponseResult<T>>;
export async function createResponse(client: Client, params: ResponsesParams, options?: ResponseOptions): Promise<ResponseResult> {
  const resolved = callOptions(client, options);
  const { body, schema } = prepareResponse(params, false, resolved.checkModelIds, options);
  const { data, headers } = await requestJSON<unknown>(resolved, { method: "POST", path: "responses", body, auth: "required" });
  const result = toResponseResult(checkResponseObject(data), headers, body);
  return schema ? withSchemaJson(result, schema) : result;
}

/**
 * Checks a Responses request and makes the body to send: `stream` set, and with a `schema`, `text.format` the
 * schema's JSON Schema.
 * @throws {@link ValidationError} naming the field.
 * @internal
 */
export function prepareResponse(
  params: ResponsesParams,
  stream: boolean,
  checkIds: boolean,
  options: StructuredOutputOptions | undefined,
): { body: ResponsesParams; schema: StandardSchemaV1 | undefined } {
  const fn = stream ? "streamResponse()" : "createResponse()";
  if (!isRecord(params as unknown)) throw new ValidationError(`${fn} takes { model, input }, e.g. { model: "openai/gpt-4o", input: "Hi" }.`, { field: "params" });
  const models = params.models;
  if (!isNonEmptyString(params.model) && !(Array.isArray(models) && models.length > 0)) {
    throw new ValidationError(`${fn} needs a model, e.g. "openai/gpt-4o" (or a list in \`models\`).`, { field: "model" });
  }
  if (checkIds) for (const model of [params.model, ...(models ?? [])]) if (typeof model === "string") checkModelId(model);
  const { input } = params;
  const noInput = input === undefined || input === null || input === "" || (Array.isArray(input) && input.length === 0);
  if (noInput && params.prompt == null) {
    throw new ValidationError(`${fn} needs an input: a string, or a list of input items.`, { field: "input" });
  }
  if (!noInput && typeof input !== "string" && !Array.isArray(input)) {
    throw new ValidationError("input must be a string or a list of input items ({ role, content }, earlier output items, function_call_output).", { field: "input" });
  }
  if (params.stream !== undefined && params.stream !== stream) {
    throw new ValidationError(stream ? "streamResponse() streams: leave `stream` out." : "createResponse() does not stream: use streamResponse(), or leave `stream` out.", { field: "stream" });
  }
  const fields = requestBody(params, "ResponsesParams", responsesFields);
  let body: ResponsesParams = stream ? { ...fields, stream: true } : fields;
  if (!wantsStructuredOutput(options)) return { body, schema: undefined };
  if (params.text?.format !== undefined && options.schema !== undefined) {
    throw new ValidationError("Give either `schema` or `text.format`, not both.", { field: "text.format" });
  }
  const { schema, name, jsonSchema } = checkStructuredOptions(options);
  body = { ...body, text: { ...params.text, format: { type: "json_schema", name, strict: true, schema: jsonSchema } } };
  return { body, schema };
}
