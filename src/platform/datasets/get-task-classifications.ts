import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { fetchResource } from "../platform-call.js";
import type { TaskClassifications } from "./types.js";

/**
 * Market share of OpenRouter traffic by task (code generation, web search, …) over a trailing window
 * (`GET /classifications/task`), with the top models of each. Takes the inference API key.
 *
 * @throws {@link AuthenticationError} when the inference API key is missing or wrong (these datasets take the key used for chat).
 * @throws {@link RateLimitError} past 30 requests a minute per key or 500 a day per account (retried per `maxRetries`).
 * @throws {@link ResponseValidationError} when `data` is missing or not an object.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, getTaskClassifications } from "openrouter-fetch/platform";
 * const { classifications } = await getTaskClassifications(createClient());
 * console.log(classifications.map((c) => `${c.display_name}: ${(c.usage_share * 100).toFixed(1)}%`));
 * ```
 */
export async function getTaskClassifications(client: Client, query: { window?: "7d" | (string & {}) | undefined } = {}, options?: RequestOptions): Promise<TaskClassifications> {
  return fetchResource<TaskClassifications>(client, "GET /classifications/task", { method: "GET", path: "classifications/task", query: { ...query }, auth: "required" }, options);
}
