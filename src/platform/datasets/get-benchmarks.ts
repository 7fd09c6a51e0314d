import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { fetchList } from "../platform-call.js";
import type { BenchmarkItem, BenchmarksMeta, Dataset, GetBenchmarksQuery } from "./types.js";

/**
 * Benchmark scores per model (`GET /benchmarks`) from Artificial Analysis, Design Arena and OpenRouter's own evals;
 * the fields of each row depend on its `source`. Takes the inference API key, not a management key.
 *
 * @throws {@link AuthenticationError} when the inference API key is missing or wrong (these datasets take the key used for chat).
 * @throws {@link RateLimitError} past 30 requests a minute per key or 500 a day per account (retried per `maxRetries`).
 * @throws {@link ResponseValidationError} when `data` is missing or not an array.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, getBenchmarks } from "openrouter-fetch/platform";
 * const { data, meta } = await getBenchmarks(createClient(), { task_type: "coding", max_results: 10 });
 * console.log(meta.as_of, data.map((row) => row.model_permaslug));
 * ```
 */
export async function getBenchmarks(client: Client, query: GetBenchmarksQuery = {}, options?: RequestOptions): Promise<Dataset<BenchmarkItem, BenchmarksMeta>> {
  return fetchList<BenchmarkItem, Dataset<BenchmarkItem, BenchmarksMeta>>(client, "GET /benchmarks", { method: "GET", path: "benchmarks", query: { ...query }, auth: "required" }, options);
}
