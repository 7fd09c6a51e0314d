import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pathSegment } from "../check-fields.js";
import { checkStrings, checkParams } from "../check-values.js";
import { fetchList } from "../platform-call.js";
import type { AddedWorkspaceMembers, WorkspaceMember, WorkspaceMembersParams } from "./types.js";

/**
 * Adds organization members to a workspace (`POST /workspaces/{id}/members/add`), each with the role they hold in
 * the organization. Not retried on a 5xx (408 and 429 only).
 *
 * @throws {@link ValidationError} when `workspaceId` is empty or `user_ids` is not a non-empty list of ids (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link NotFoundError} when no such record exists.
 * @throws {@link ResponseValidationError} when `data` is missing or not an array.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { addWorkspaceMembers, createClient } from "openrouter-fetch/platform";
 * const { added_count } = await addWorkspaceMembers(createClient(), "production", { user_ids: ["user_abc123"] });
 * console.log(added_count);
 * ```
 */
export async function addWorkspaceMembers(client: Client, workspaceId: string, params: WorkspaceMembersParams, options?: RequestOptions): Promise<AddedWorkspaceMembers> {
  checkParams(params);
  checkStrings("user_ids", params.user_ids);
  return fetchList<WorkspaceMember, AddedWorkspaceMembers>(client, "POST /workspaces/{id}/members/add", { method: "POST", path: `workspaces/${pathSegment("workspaceId", workspaceId)}/members/add`, body: params }, options);
}
