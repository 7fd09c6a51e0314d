import { type Client, callOptions } from "../core/client.js";
import type { RequestOptions } from "../core/options.js";
import { requestJSON } from "../core/request.js";
import { readData } from "./read-data.js";
import type { KeyInfo } from "./types.js";

/**
 * Describes the client's API key (`GET /key`): its credit `limit`, `limit_remaining`, `usage` (USD, also per
 * day/week/month), `is_free_tier` (free-model daily caps depend on it) and the deprecated `rate_limit`. Useful
 * before a large request, since a 402 comes from `max_tokens × price` exceeding what is left.
 *
 * @throws {@link ValidationError} when the client has no API key.
 * @throws {@link AuthenticationError} when the key is wrong or expired.
 * @throws {@link ResponseValidationError} when `data.limit`, `data.limit_remaining`, `data.usage` or `data.is_free_tier` is missing.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, getKey } from "openrouter-fetch/account";
 * const key = await getKey(createClient());
 * console.log(key.limit_remaining ?? "no limit", key.usage, key.is_free_tier);
 * ```
 */
export async function getKey(client: Client, options?: RequestOptions): Promise<KeyInfo> {
  const resolved = callOptions(client, options);
  const { data } = await requestJSON<unknown>(resolved, { method: "GET", path: "key", auth: "required" });
  return readData<KeyInfo>(data, "GET /key", {
    limit: "number|null",
    limit_remaining: "number|null",
    usage: "number",
    is_free_tier: "boolean",
  });
}
