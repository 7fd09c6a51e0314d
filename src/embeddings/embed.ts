import { type Client, callOptions } from "../core/client.js";
import { checkRequestModelId } from "../models/model-id.js";
import type { RequestOptions } from "../core/options.js";
import { requestJSON } from "../core/request.js";
import { ResponseValidationError } from "../errors/response-validation-error.js";
import { ValidationError } from "../errors/validation-error.js";
import { base64ToBytes } from "../util/base64.js";
import { isNonEmptyString, isWholeNumber } from "../util/checks.js";
import type { EmbedParams, EmbedResult, EmbeddingsResponse } from "./types.js";
import { type FieldsOf, requestBody } from "../core/request-body.js";

/**
 * Embeds one or more inputs (`POST /embeddings`) and returns one vector per input, in input order, as numbers,
 * whether the wire carried floats or `base64` (little-endian float32, decoded without Buffer).
 *
 * @throws {@link ValidationError} before sending, for a missing model or input, a dated model id, a bad `dimensions` or
 * `encoding_format`, or when the client has no API key.
 * @throws {@link ResponseValidationError} when the response has no `data` array or a vector that is neither numbers nor
 * base64 float32s.
 * @throws {@link APIError} (a per-status subclass) when OpenRouter answers with an error, including in an HTTP 200 body.
 * @throws {@link ConnectionError} / {TimeoutError} / {AbortError} when the request could not complete.
 * @example
 * ```ts
 * import { createClient } from "openrouter-fetch";
 * import { embed } from "openrouter-fetch/embeddings";
 * const { embeddings, usage } = await embed(createClient(), {
 *   model: "openai/text-embedding-3-small",
 *   input: ["a red fox", "a blue whale"],
 *   encoding_format: "base64",
 * });
 * console.log(embeddings.length, embeddings[0]?.length, usage?.cost);
 * ```
 */
export async function embed(client: Client, params: EmbedParams, options?: RequestOptions): Promise<EmbedResult> {
  const resolved = callOptions(client, options);
  checkParams(params);
  if (resolved.checkModelIds) await checkRequestModelId(params.model, resolved.catalog);
  const body = requestBody(params, "EmbedParams", embedFields);
  const { data } = await requestJSON<unknown>(resolved, { method: "POST", path: "embeddings", body, auth: "required" });
  const raw = data as EmbeddingsResponse;
  if (typeof raw !== "object" || raw === null || !Array.isArray(raw.data)) fail("data", "is not an array", data);
  const items = raw.data.map((item, position) => ({ item, position }));
  if (items.every(({ item }) => typeof item?.index === "number")) items.sort((a, b) => (a.item.index as number) - (b.item.index as number));
  const embeddings = items.map(({ item, position }) => vector(item?.embedding, position, data));
  return { embeddings, usage: raw.usage, model: typeof raw.model === "string" ? raw.model : params.model, raw };
}

const embedFields: FieldsOf<EmbedParams> = { model: true, input: true, dimensions: true, encoding_format: true, input_type: true, provider: true, user: true };

function checkParams(params: EmbedParams): void {
  if (typeof params !== "object" || params === null) {
    throw new ValidationError('embed() takes { model, input }, e.g. { model: "openai/text-embedding-3-small", input: "hello" }.', { field: "params" });
  }
  if (!isNonEmptyString(params.model)) {
    throw new ValidationError('embed() needs a model, e.g. "openai/text-embedding-3-small".', { field: "model" });
  }
  const { input } = params;
  if (input === undefined || input === null || input === "" || (Array.isArray(input) && input.length === 0)) {
    throw new ValidationError("embed() needs a non-empty input: a string or a list of them.", { field: "input" });
  }
  if (typeof input !== "string" && !Array.isArray(input)) {
    throw new ValidationError("input must be a string, a list of strings, token ids, or multimodal { content } items.", { field: "input" });
  }
  if (params.dimensions !== undefined && !isWholeNumber(params.dimensions, 1)) {
    throw new ValidationError(`dimensions must be a whole number > 0, got ${String(params.dimensions)}.`, { field: "dimensions" });
  }
  if (params.encoding_format !== undefined && params.encoding_format !== "float" && params.encoding_format !== "base64") {
    throw new ValidationError(`encoding_format is "float" or "base64", got ${JSON.stringify(params.encoding_format)}.`, { field: "encoding_format" });
  }
}

function vector(embedding: unknown, position: number, body: unknown): number[] {
  if (Array.isArray(embedding)) {
    if (embedding.every((n) => typeof n === "number")) return embedding as number[];
    return fail(`data[${position}].embedding`, "holds something other than numbers", body);
  }
  if (typeof embedding === "string") {
    const bytes = base64ToBytes(embedding);
    if (bytes === undefined || bytes.length % 4 !== 0) return fail(`data[${position}].embedding`, "is not base64 of float32 values", body);
    // A DataView reads little-endian on every platform, whatever the machine's byte order.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const out = new Array<number>(bytes.length / 4);
    for (let i = 0; i < out.length; i++) out[i] = view.getFloat32(i * 4, true);
    return out;
  }
  return fail(`data[${position}].embedding`, embedding === undefined ? "is missing" : "is neither numbers nor a base64 string", body);
}

function fail(field: string, problem: string, body: unknown): never {
  let text: string | undefined;
  try {
    text = JSON.stringify(body)?.slice(0, 2000);
  } catch {
    text = undefined;
  }
  throw new ResponseValidationError(`OpenRouter's POST /embeddings response breaks a field the SDK relies on: ${field} ${problem}.`, {
    text,
    issues: [{ message: `${field} ${problem}`, path: field.split(/[.[\]]+/).filter(Boolean).map((p) => (/^\d+$/.test(p) ? Number(p) : p)) }],
  });
}
