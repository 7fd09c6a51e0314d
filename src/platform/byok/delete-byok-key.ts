import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pathSegment } from "../check-fields.js";
import { fetchAnswer, type Deleted } from "../platform-call.js";

/**
 * Deletes a BYOK credential (`DELETE /byok/{id}`): the encrypted key material is wiped and the record soft-deleted.
 *
 * @throws {@link ValidationError} when `id` is empty (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link NotFoundError} when no such record exists.
 * @throws {@link ResponseValidationError} when the answer is not a JSON object.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, deleteByokKey } from "openrouter-fetch/platform";
 * const { deleted } = await deleteByokKey(createClient(), "11111111-2222-3333-4444-555555555555");
 * console.log(deleted);
 * ```
 */
export async function deleteByokKey(client: Client, id: string, options?: RequestOptions): Promise<Deleted> {
  return fetchAnswer<Deleted>(client, "DELETE /byok/{id}", { method: "DELETE", path: `byok/${pathSegment("id", id)}` }, options);
}
