import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { fetchList } from "../platform-call.js";
import type { Dataset, GetRankingsDailyQuery, RankingsDailyItem, RankingsMeta } from "./types.js";

/**
 * Daily token totals of the top 50 models, plus an `other` row per day (`GET /datasets/rankings-daily`). Takes the
 * inference API key. Cite as "Source: OpenRouter (openrouter.ai/rankings), as of {meta.as_of}".
 *
 * @throws {@link AuthenticationError} when the inference API key is missing or wrong (these datasets take the key used for chat).
 * @throws {@link RateLimitError} past 30 requests a minute per key or 500 a day per account (retried per `maxRetries`).
 * @throws {@link ResponseValidationError} when `data` is missing or not an array.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, getRankingsDaily } from "openrouter-fetch/platform";
 * const { data } = await getRankingsDaily(createClient(), { period: "week" });
 * console.log(data.filter((row) => row.model_permaslug !== "other").length);
 * ```
 */
export async function getRankingsDaily(client: Client, query: GetRankingsDailyQuery = {}, options?: RequestOptions): Promise<Dataset<RankingsDailyItem, RankingsMeta>> {
  return fetchList<RankingsDailyItem, Dataset<RankingsDailyItem, RankingsMeta>>(client, "GET /datasets/rankings-daily", { method: "GET", path: "datasets/rankings-daily", query: { ...query }, auth: "required" }, options);
}
