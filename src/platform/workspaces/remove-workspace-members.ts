import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pathSegment } from "../check-fields.js";
import { checkStrings, checkParams } from "../check-values.js";
import { fetchAnswer } from "../platform-call.js";
import type { RemovedWorkspaceMembers, WorkspaceMembersParams } from "./types.js";

/**
 * Removes members from a workspace (`POST /workspaces/{id}/members/remove`). Members with active API keys there, and
 * SCIM-managed members (change those in the identity provider), cannot be removed. Not retried on a 5xx.
 *
 * @throws {@link ValidationError} when `workspaceId` is empty or `user_ids` is not a non-empty list of ids (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link NotFoundError} when no such record exists.
 * @throws {@link ResponseValidationError} when the answer is not a JSON object.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, removeWorkspaceMembers } from "openrouter-fetch/platform";
 * const { removed_count } = await removeWorkspaceMembers(createClient(), "production", { user_ids: ["user_abc123"] });
 * console.log(removed_count);
 * ```
 */
export async function removeWorkspaceMembers(client: Client, workspaceId: string, params: WorkspaceMembersParams, options?: RequestOptions): Promise<RemovedWorkspaceMembers> {
  checkParams(params);
  checkStrings("user_ids", params.user_ids);
  return fetchAnswer<RemovedWorkspaceMembers>(client, "POST /workspaces/{id}/members/remove", { method: "POST", path: `workspaces/${pathSegment("workspaceId", workspaceId)}/members/remove`, body: params }, options);
}
