import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pathSegment } from "../check-fields.js";
import { platformRequest } from "../platform-request.js";
import { readItem } from "../read-body.js";
import type { ApiKey } from "./types.js";

/**
 * One API key by its hash (`GET /keys/{hash}`, management key): its limit, what is left, usage per day, week and
 * month, and whether it is disabled. (The key a client itself uses is described by `getKey()`.)
 *
 * @throws {@link ValidationError} before sending, for an empty hash, or when no management key is set.
 * @throws {@link AuthenticationError} (401) / {ModerationError} (403) when the key is not a management key.
 * @throws {@link NotFoundError} when no key has this hash.
 * @throws {@link ResponseValidationError} when `data` is not an object or `data.hash` is missing.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, getApiKey } from "openrouter-fetch/platform";
 * const key = await getApiKey(createClient(), "f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943");
 * console.log(key.usage_monthly, key.limit_remaining ?? "no limit");
 * ```
 */
export async function getApiKey(client: Client, hash: string, options?: RequestOptions): Promise<ApiKey> {
  const body = await platformRequest<unknown>(client, "management", { method: "GET", path: `keys/${pathSegment("hash", hash)}` }, options);
  return readItem<ApiKey>(body, "GET /keys/{hash}", ["hash"]);
}
