import type { Client } from "../../core/client.js";
import { type IterateOptions, iterateQueryPages } from "../platform-call.js";
import { getAppRankings } from "./get-app-rankings.js";
import type { AppRanking, GetAppRankingsQuery } from "./types.js";

/**
 * Ranked apps, page after page ({@link getAppRankings} for one page); the wire serves ranks up to about 200.
 * Pages are fetched as the loop asks for them (`pageSize` records each, 100 by default); the walk stops at a short
 * page, at the reported total, at `limit` records, or when `signal` aborts.
 *
 * @throws {@link ValidationError} when `pageSize` or `limit` is not a whole number in range.
 * @throws {@link AbortError} when `signal` aborts between or during pages.
 * @throws {@link APIError} and every error of {@link getAppRankings}, from the page that failed.
 * @example
 * ```ts
 * import { createClient, iterateAppRankings } from "openrouter-fetch/platform";
 * for await (const app of iterateAppRankings(createClient(), { sort: "trending" }, { limit: 25 })) console.log(app.app_name);
 * ```
 */
export function iterateAppRankings(client: Client, query?: Omit<GetAppRankingsQuery, "offset" | "limit">, options?: IterateOptions): AsyncGenerator<AppRanking, void, undefined> {
  return iterateQueryPages((page: GetAppRankingsQuery, request) => getAppRankings(client, page, request), query, options);
}
