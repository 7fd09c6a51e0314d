import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { checkName, checkOneOf, pathSegment } from "../check-fields.js";
import { checkParams } from "../check-values.js";
import { fetchResource } from "../platform-call.js";
import { SCIM_ROLES } from "./scim-roles.js";
import type { ScimGroupMapping, UpdateScimGroupMappingParams } from "./types.js";

/**
 * Changes the role a SCIM group mapping grants (`PATCH /scim/group-mappings/{id}`). Not retried on a 5xx.
 *
 * @throws {@link ValidationError} when `id` is empty or `role` is not admin or member (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link NotFoundError} when no such record exists.
 * @throws {@link ResponseValidationError} when `data` is missing or not an object.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, updateScimGroupMapping } from "openrouter-fetch/platform";
 * const m = await updateScimGroupMapping(createClient(), "550e8400-e29b-41d4-a716-446655440000", { role: "admin" });
 * console.log(m.role);
 * ```
 */
export async function updateScimGroupMapping(client: Client, id: string, params: UpdateScimGroupMappingParams, options?: RequestOptions): Promise<ScimGroupMapping> {
  checkParams(params);
  checkName("role", params.role);
  checkOneOf("role", params.role, SCIM_ROLES);
  return fetchResource<ScimGroupMapping>(client, "PATCH /scim/group-mappings/{id}", { method: "PATCH", path: `scim/group-mappings/${pathSegment("id", id)}`, body: params }, options);
}
