import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pathSegment } from "../check-fields.js";
import { fetchResource } from "../platform-call.js";
import type { ByokKey } from "./types.js";

/**
 * Gets one BYOK provider credential by its `id` (`GET /byok/{id}`). The raw provider key is not returned, only its
 * masked `label`.
 *
 * @throws {@link ValidationError} when `id` is empty (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link NotFoundError} when no such record exists.
 * @throws {@link ResponseValidationError} when `data` is missing or not an object.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, getByokKey } from "openrouter-fetch/platform";
 * const key = await getByokKey(createClient(), "11111111-2222-3333-4444-555555555555");
 * console.log(key.provider, key.disabled);
 * ```
 */
export async function getByokKey(client: Client, id: string, options?: RequestOptions): Promise<ByokKey> {
  return fetchResource<ByokKey>(client, "GET /byok/{id}", { method: "GET", path: `byok/${pathSegment("id", id)}` }, options);
}
