import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pathSegment } from "../check-fields.js";
import { platformRequest } from "../platform-request.js";
import { readItem } from "../read-body.js";
import { checkApiKeyBody } from "./check-api-key.js";
import type { ApiKey, UpdateApiKeyParams } from "./types.js";

/**
 * Changes an API key (`PATCH /keys/{hash}`, management key): rename it, raise or clear its limit (`limit: null`),
 * change the reset interval, or disable it (`disabled: true`) without deleting it. Only the fields given change.
 * Not retried after a 5xx.
 *
 * @throws {@link ValidationError} before sending, for an empty hash or `name`, a negative `limit`, an unknown
 * `limit_reset`, or when no management key is set.
 * @throws {@link AuthenticationError} (401) / {ModerationError} (403) when the key is not a management key.
 * @throws {@link NotFoundError} when no key has this hash.
 * @throws {@link ResponseValidationError} when `data` is not an object or `data.hash` is missing.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, updateApiKey } from "openrouter-fetch/platform";
 * const key = await updateApiKey(createClient(), "f01d5260…", { limit: 25, limit_reset: "weekly" });
 * console.log(key.limit, key.limit_reset);
 * ```
 */
export async function updateApiKey(client: Client, hash: string, params: UpdateApiKeyParams, options?: RequestOptions): Promise<ApiKey> {
  const path = `keys/${pathSegment("hash", hash)}`;
  const body = await platformRequest<unknown>(client, "management", { method: "PATCH", path, body: checkApiKeyBody(params, false) }, options);
  return readItem<ApiKey>(body, "PATCH /keys/{hash}", ["hash"]);
}
