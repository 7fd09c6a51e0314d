import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { checkStrings, checkParams } from "../check-values.js";
import { fetchResource } from "../platform-call.js";
import type { AnalyticsQueryParams, AnalyticsResult } from "./types.js";

/**
 * Runs an analytics query (`POST /analytics/query`): metrics over a time range, grouped by dimensions and a
 * granularity, filtered. A POST only because the query is a body: it changes nothing, so it is retried like a GET
 * (on 5xx, 408, 429 and dropped connections).
 *
 * @throws {@link ValidationError} when `metrics` is not a non-empty list of names (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link ResponseValidationError} when `data` is missing or not an object.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, queryAnalytics } from "openrouter-fetch/platform";
 * const result = await queryAnalytics(createClient(), {
 *   metrics: ["request_count"],
 *   dimensions: ["model"],
 *   granularity: "day",
 *   time_range: { start: "2025-01-01T00:00:00Z", end: "2025-01-08T00:00:00Z" },
 * });
 * console.log(result.metadata.row_count, result.data[0]);
 * ```
 */
export async function queryAnalytics(client: Client, params: AnalyticsQueryParams, options?: RequestOptions): Promise<AnalyticsResult> {
  checkParams(params);
  checkStrings("metrics", params.metrics);
  return fetchResource<AnalyticsResult>(client, "POST /analytics/query", { method: "POST", path: "analytics/query", body: params, idempotent: true }, options);
}
