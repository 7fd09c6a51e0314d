import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pathSegment } from "../check-fields.js";
import { checkOptionalName, checkParams } from "../check-values.js";
import { fetchResource } from "../platform-call.js";
import type { ByokKey, UpdateByokKeyParams } from "./types.js";

/**
 * Updates a BYOK credential (`PATCH /byok/{id}`): only the fields given change; `key` rotates the provider key in
 * place (the old material is overwritten), `null` on an `allowed_…` list clears that restriction. Not retried on a
 * 5xx (408 and 429 only).
 *
 * @throws {@link ValidationError} when `id` is empty or `key` is given blank (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link NotFoundError} when no such record exists.
 * @throws {@link ResponseValidationError} when `data` is missing or not an object.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, updateByokKey } from "openrouter-fetch/platform";
 * const key = await updateByokKey(createClient(), "11111111-2222-3333-4444-555555555555", { disabled: true });
 * console.log(key.disabled);
 * ```
 */
export async function updateByokKey(client: Client, id: string, params: UpdateByokKeyParams, options?: RequestOptions): Promise<ByokKey> {
  checkParams(params);
  checkOptionalName("key", params.key);
  return fetchResource<ByokKey>(client, "PATCH /byok/{id}", { method: "PATCH", path: `byok/${pathSegment("id", id)}`, body: params }, options);
}
