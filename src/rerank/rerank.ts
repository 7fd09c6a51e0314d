import { type Client, callOptions } from "../core/client.js";
import type { RequestOptions } from "../core/options.js";
import { requestJSON } from "../core/request.js";
import { brokenField } from "../errors/response-validation-error.js";
import { ValidationError } from "../errors/validation-error.js";
import { checkModelId } from "../models/model-id.js";
import { isNonEmptyString, isRecord, isWholeNumber } from "../util/checks.js";
import type { RankedDocument, RerankParams, RerankResponse, RerankResult } from "./types.js";
import { type FieldsOf, requestBody } from "../core/request-body.js";

const what = "POST /rerank";

/**
 * Ranks documents by relevance to a query (`POST /rerank`, https://openrouter.ai/docs/api/api-reference/rerank)
 * and returns them most relevant first, each with its `index` in your list, its `score` (`relevance_score`) and the
 * `document`. Documents are texts, or `{ text?, image? }` for multimodal rerank models.
 *
 * @throws {@link ValidationError} before sending: no model or query, no documents, a document that is neither a string
 * nor `{ text?, image? }`, a `top_n` below 1, a dated model id, or no API key.
 * @throws {@link ResponseValidationError} when the answer has no `results` array, or a result without a numeric
 * `relevance_score` or a valid `index` (the message names it, e.g. `results[1].relevance_score`).
 * @throws {@link APIError} (a per-status subclass) when OpenRouter answers with an error, including in an HTTP 200 body.
 * @throws {@link ConnectionError} / {TimeoutError} / {AbortError} when the request could not complete.
 * @example
 * ```ts
 * import { createClient, rerank } from "openrouter-fetch";
 * const { results } = await rerank(createClient(), {
 *   model: "cohere/rerank-v3.5",
 *   query: "What is the capital of France?",
 *   documents: ["Paris is the capital of France.", "Berlin is the capital of Germany."],
 *   top_n: 1,
 * });
 * console.log(results[0]?.index, results[0]?.score, results[0]?.document.text);
 * ```
 */
export async function rerank(client: Client, params: RerankParams, options?: RequestOptions): Promise<RerankResult> {
  const resolved = callOptions(client, options);
  checkParams(params, resolved.checkModelIds);
  const body = requestBody(params, "RerankParams", rerankFields);
  const { data } = await requestJSON<unknown>(resolved, { method: "POST", path: "rerank", body, auth: "required" });
  const results = isRecord(data) ? data["results"] : undefined;
  if (!Array.isArray(results)) throw brokenField(what, ["results"], results === undefined ? "is missing (expected an array)" : "is not an array", data);
  const ranked = results.map((item: unknown, i): RankedDocument => {
    if (!isRecord(item)) throw brokenField(what, ["results", i], "is not an object", data);
    const { index, relevance_score: score } = item;
    if (!isWholeNumber(index, 0, params.documents.length - 1)) {
      throw brokenField(what, ["results", i, "index"], `is not the position of one of the ${params.documents.length} documents`, data);
    }
    if (typeof score !== "number" || !Number.isFinite(score)) throw brokenField(what, ["results", i, "relevance_score"], "is not a number", data);
    const document = isRecord(item["document"]) ? item["document"] : asDocument(params.documents[index]);
    return { ...item, index, relevance_score: score, document, score };
  });
  const raw = data as RerankResponse;
  return {
    results: ranked,
    model: typeof raw.model === "string" ? raw.model : params.model,
    provider: typeof raw.provider === "string" ? raw.provider : undefined,
    usage: isRecord(raw.usage) ? raw.usage : undefined,
    generationId: typeof raw.id === "string" ? raw.id : undefined,
    raw,
  };
}

function asDocument(document: RerankParams["documents"][number] | undefined): RankedDocument["document"] {
  return typeof document === "string" ? { text: document } : { ...document };
}

const rerankFields: FieldsOf<RerankParams> = { model: true, query: true, documents: true, top_n: true, provider: true };

function checkParams(params: RerankParams, checkIds: boolean): void {
  if (!isRecord(params)) {
    throw new ValidationError('rerank() takes { model, query, documents }, e.g. { model: "cohere/rerank-v3.5", query: "…", documents: ["…"] }.', { field: "params" });
  }
  if (!isNonEmptyString(params.model)) throw new ValidationError('rerank() needs a rerank model, e.g. "cohere/rerank-v3.5".', { field: "model" });
  if (checkIds) checkModelId(params.model);
  if (!isNonEmptyString(params.query)) throw new ValidationError("rerank() needs a query: a non-empty string to rank the documents against.", { field: "query" });
  if (!Array.isArray(params.documents) || params.documents.length === 0) {
    throw new ValidationError("rerank() needs documents: a non-empty list of strings or { text?, image? } objects.", { field: "documents" });
  }
  params.documents.forEach((document: unknown, i) => {
    const ok =
      typeof document === "string" ||
      (isRecord(document) && (isNonEmptyString(document["text"]) || isNonEmptyString(document["image"])) &&
        ["text", "image"].every((key) => document[key] === undefined || typeof document[key] === "string"));
    if (!ok) throw new ValidationError(`documents[${i}] is neither a string nor { text?, image? } with one of them given.`, { field: `documents.${i}` });
  });
  if (params.top_n !== undefined && !isWholeNumber(params.top_n, 1)) {
    throw new ValidationError(`top_n is how many documents to return, a whole number of at least 1; got ${String(params.top_n)}.`, { field: "top_n" });
  }
}
