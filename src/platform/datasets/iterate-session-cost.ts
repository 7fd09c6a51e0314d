import type { Client } from "../../core/client.js";
import { type IterateOptions, iterateQueryPages } from "../platform-call.js";
import { getSessionCost } from "./get-session-cost.js";
import type { GetSessionCostQuery, SessionCostItem } from "./types.js";

/**
 * Every session-cost cell, page after page ({@link getSessionCost} for one page).
 * Pages are fetched as the loop asks for them (`pageSize` records each, 100 by default); the walk stops at a short
 * page, at the reported total, at `limit` records, or when `signal` aborts.
 *
 * @throws {@link ValidationError} when `pageSize` or `limit` is not a whole number in range.
 * @throws {@link AbortError} when `signal` aborts between or during pages.
 * @throws {@link APIError} and every error of {@link getSessionCost}, from the page that failed.
 * @example
 * ```ts
 * import { createClient, iterateSessionCost } from "openrouter-fetch/platform";
 * for await (const cell of iterateSessionCost(createClient(), { turn_range: "10-49-turns" })) console.log(cell.app_slug);
 * ```
 */
export function iterateSessionCost(client: Client, query?: Omit<GetSessionCostQuery, "offset" | "limit">, options?: IterateOptions): AsyncGenerator<SessionCostItem, void, undefined> {
  return iterateQueryPages((page: GetSessionCostQuery, request) => getSessionCost(client, page, request), query, options);
}
