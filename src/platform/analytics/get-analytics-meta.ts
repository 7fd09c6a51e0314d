import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { fetchResource } from "../platform-call.js";
import type { AnalyticsMeta } from "./types.js";

/**
 * What {@link queryAnalytics} can ask for (`GET /analytics/meta`): metric, dimension, operator and granularity names.
 *
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link ResponseValidationError} when `data` is missing or not an object.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, getAnalyticsMeta } from "openrouter-fetch/platform";
 * const meta = await getAnalyticsMeta(createClient());
 * console.log(meta.metrics.map((m) => m.name));
 * ```
 */
export async function getAnalyticsMeta(client: Client, options?: RequestOptions): Promise<AnalyticsMeta> {
  return fetchResource<AnalyticsMeta>(client, "GET /analytics/meta", { method: "GET", path: "analytics/meta" }, options);
}
