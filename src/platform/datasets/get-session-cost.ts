import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pagingQuery } from "../list-pages.js";
import { fetchList } from "../platform-call.js";
import type { Dataset, GetSessionCostQuery, SessionCostItem, SessionCostMeta } from "./types.js";

/**
 * The median cost of a session per app (harness), model and session length (`GET /datasets/session-cost`),
 * refreshed weekly. Takes the inference API key. {@link iterateSessionCost} walks the pages.
 *
 * @throws {@link ValidationError} when `offset` or `limit` is not a whole number in range (before sending).
 * @throws {@link AuthenticationError} when the inference API key is missing or wrong (these datasets take the key used for chat).
 * @throws {@link RateLimitError} past 30 requests a minute per key or 500 a day per account (retried per `maxRetries`).
 * @throws {@link ResponseValidationError} when `data` is missing or not an array.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, getSessionCost } from "openrouter-fetch/platform";
 * const { data } = await getSessionCost(createClient(), { model: "anthropic/claude-4.8-opus" });
 * for (const cell of data) console.log(cell.app_slug, cell.turn_range, cell.median_session_cost_usd);
 * ```
 */
export async function getSessionCost(client: Client, query: GetSessionCostQuery = {}, options?: RequestOptions): Promise<Dataset<SessionCostItem, SessionCostMeta>> {
  return fetchList<SessionCostItem, Dataset<SessionCostItem, SessionCostMeta>>(client, "GET /datasets/session-cost", { method: "GET", path: "datasets/session-cost", query: { ...pagingQuery(query) }, auth: "required" }, options);
}
