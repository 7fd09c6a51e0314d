import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pathSegment } from "../check-fields.js";
import { platformRequest } from "../platform-request.js";
import { readField } from "../read-body.js";
import type { Deleted } from "./types.js";

/**
 * Revokes an API key for good (`DELETE /keys/{hash}`, management key); requests made with it fail from then on.
 * To stop a key for a while, `updateApiKey(client, hash, { disabled: true })` instead.
 *
 * @throws {@link ValidationError} before sending, for an empty hash, or when no management key is set.
 * @throws {@link AuthenticationError} (401) / {ModerationError} (403) when the key is not a management key.
 * @throws {@link NotFoundError} when no key has this hash.
 * @throws {@link ResponseValidationError} when `deleted` is not a boolean.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, deleteApiKey } from "openrouter-fetch/platform";
 * const { deleted } = await deleteApiKey(createClient(), "f01d5260…");
 * console.log(deleted);
 * ```
 */
export async function deleteApiKey(client: Client, hash: string, options?: RequestOptions): Promise<Deleted> {
  const body = await platformRequest<unknown>(client, "management", { method: "DELETE", path: `keys/${pathSegment("hash", hash)}` }, options);
  return readField<Deleted>(body, "DELETE /keys/{hash}", "deleted", "boolean");
}
