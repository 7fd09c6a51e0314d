import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { brokenField } from "../../errors/response-validation-error.js";
import { ValidationError } from "../../errors/validation-error.js";
import { checkName, checkOneOf } from "../check-fields.js";
import { checkParams } from "../check-values.js";
import { fetchResource } from "../platform-call.js";
import type { GenerationFeedbackCategory, GenerationFeedbackParams, GenerationFeedbackResult } from "./types.js";

const categories: readonly GenerationFeedbackCategory[] = ["latency", "incoherence", "incorrect_response", "formatting", "billing", "api_error", "other"];

/**
 * Sends structured feedback on a generation your account made (`POST /generation/feedback`). Takes a management
 * key. Not retried on a 5xx or a dropped connection, which may have recorded it; retried on 408 and 429.
 *
 * @throws {@link ValidationError} when `generation_id` is blank, `category` is not one of the wire's, or `comment` is
 * not a string of at most 1000 characters (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link NotFoundError} when no such generation exists for the account.
 * @throws {@link ResponseValidationError} when `data.success` is not `true`.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, submitGenerationFeedback } from "openrouter-fetch/platform";
 * await submitGenerationFeedback(createClient(), { generation_id: "gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG", category: "incorrect_response", comment: "Repeated a paragraph." });
 * ```
 */
export async function submitGenerationFeedback(client: Client, params: GenerationFeedbackParams, options?: RequestOptions): Promise<GenerationFeedbackResult> {
  checkParams(params);
  checkName("generation_id", params.generation_id);
  if (params.category === undefined) throw new ValidationError(`category must be one of ${categories.map((c) => JSON.stringify(c)).join(", ")}.`, { field: "category" });
  checkOneOf("category", params.category, categories);
  if (params.comment !== undefined && (typeof params.comment !== "string" || params.comment.length > 1000)) {
    throw new ValidationError("comment must be a string of at most 1000 characters.", { field: "comment" });
  }
  const data = await fetchResource<GenerationFeedbackResult>(client, "POST /generation/feedback", { method: "POST", path: "generation/feedback", body: params }, options);
  if (data.success !== true) throw brokenField("POST /generation/feedback", ["data", "success"], data.success === undefined ? "is missing" : "is not true", { data });
  return data;
}
