import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { checkName, checkOneOf } from "../check-fields.js";
import { checkParams } from "../check-values.js";
import { fetchResource } from "../platform-call.js";
import { SCIM_ROLES } from "./scim-roles.js";
import type { CreateScimGroupMappingParams, ScimGroupMapping } from "./types.js";

/**
 * Maps a SCIM group to a workspace role (`POST /scim/group-mappings`). Not retried on a 5xx (408 and 429 only).
 *
 * @throws {@link ValidationError} when `scim_group_id` or `workspace_id` is blank or `role` is not admin or member (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link NotFoundError} when no such record exists.
 * @throws {@link APIError} with status 409 when the group is already mapped to that workspace.
 * @throws {@link ResponseValidationError} when `data` is missing or not an object.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, createScimGroupMapping } from "openrouter-fetch/platform";
 * const m = await createScimGroupMapping(createClient(), { scim_group_id: "grp_1", workspace_id: "550e8400-e29b-41d4-a716-446655440000", role: "member" });
 * console.log(m.id);
 * ```
 */
export async function createScimGroupMapping(client: Client, params: CreateScimGroupMappingParams, options?: RequestOptions): Promise<ScimGroupMapping> {
  checkParams(params);
  checkName("scim_group_id", params.scim_group_id);
  checkName("workspace_id", params.workspace_id);
  checkName("role", params.role);
  checkOneOf("role", params.role, SCIM_ROLES);
  return fetchResource<ScimGroupMapping>(client, "POST /scim/group-mappings", { method: "POST", path: "scim/group-mappings", body: params }, options);
}
