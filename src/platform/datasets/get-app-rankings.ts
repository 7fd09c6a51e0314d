import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pagingQuery } from "../list-pages.js";
import { fetchList } from "../platform-call.js";
import type { AppRanking, Dataset, GetAppRankingsQuery, RankingsMeta } from "./types.js";

/**
 * The top public apps by token usage in a date window (`GET /datasets/app-rankings`), one page (`offset` up to 100).
 * Takes the inference API key. Cite as "Source: OpenRouter (openrouter.ai/apps), as of {meta.as_of}".
 * {@link iterateAppRankings} walks the pages.
 *
 * @throws {@link ValidationError} when `offset` or `limit` is not a whole number in range (before sending).
 * @throws {@link AuthenticationError} when the inference API key is missing or wrong (these datasets take the key used for chat).
 * @throws {@link RateLimitError} past 30 requests a minute per key or 500 a day per account (retried per `maxRetries`).
 * @throws {@link ResponseValidationError} when `data` is missing or not an array.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, getAppRankings } from "openrouter-fetch/platform";
 * const { data } = await getAppRankings(createClient(), { category: "coding", limit: 10 });
 * console.log(data.map((app) => `${app.rank}. ${app.app_name}`));
 * ```
 */
export async function getAppRankings(client: Client, query: GetAppRankingsQuery = {}, options?: RequestOptions): Promise<Dataset<AppRanking, RankingsMeta>> {
  return fetchList<AppRanking, Dataset<AppRanking, RankingsMeta>>(client, "GET /datasets/app-rankings", { method: "GET", path: "datasets/app-rankings", query: { ...pagingQuery(query) }, auth: "required" }, options);
}
