import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pathSegment } from "../check-fields.js";
import { checkBoolean, checkParams } from "../check-values.js";
import { fetchAnswer, type Deleted } from "../platform-call.js";
import type { DeleteScimGroupMappingParams } from "./types.js";

/**
 * Deletes a SCIM group mapping (`DELETE /scim/group-mappings/{id}`). `keep_members` is required on purpose: `false`
 * removes the members the mapping granted, `true` keeps them as manually managed members.
 *
 * @throws {@link ValidationError} when `id` is empty or `keep_members` is not a boolean (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link NotFoundError} when no such record exists.
 * @throws {@link ResponseValidationError} when the answer is not a JSON object.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, deleteScimGroupMapping } from "openrouter-fetch/platform";
 * const { deleted } = await deleteScimGroupMapping(createClient(), "550e8400-e29b-41d4-a716-446655440000", { keep_members: true });
 * console.log(deleted);
 * ```
 */
export async function deleteScimGroupMapping(client: Client, id: string, params: DeleteScimGroupMappingParams, options?: RequestOptions): Promise<Deleted> {
  checkParams(params);
  checkBoolean("keep_members", params.keep_members);
  return fetchAnswer<Deleted>(client, "DELETE /scim/group-mappings/{id}", { method: "DELETE", path: `scim/group-mappings/${pathSegment("id", id)}`, query: { keep_members: params.keep_members } }, options);
}
