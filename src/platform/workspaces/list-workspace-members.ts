import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pathSegment } from "../check-fields.js";
import { pagingQuery } from "../list-pages.js";
import { fetchList, type ListPage, type ListQuery } from "../platform-call.js";
import type { WorkspaceMember } from "./types.js";

/**
 * Lists a workspace's members (`GET /workspaces/{id}/members`), one page as the wire answers it; for the default
 * workspace, every organization member. {@link iterateWorkspaceMembers} walks every page.
 *
 * @throws {@link ValidationError} when `workspaceId` is empty (before sending).
 * @throws {@link ValidationError} when `offset` or `limit` is not a whole number in range (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link NotFoundError} when no such record exists.
 * @throws {@link ResponseValidationError} when `data` is missing or not an array.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, listWorkspaceMembers } from "openrouter-fetch/platform";
 * const page = await listWorkspaceMembers(createClient(), "production");
 * console.log(page.data.map((m) => `${m.user_id} (${m.role})`));
 * ```
 */
export async function listWorkspaceMembers(client: Client, workspaceId: string, query: ListQuery = {}, options?: RequestOptions): Promise<ListPage<WorkspaceMember>> {
  return fetchList<WorkspaceMember>(client, "GET /workspaces/{id}/members", { method: "GET", path: `workspaces/${pathSegment("workspaceId", workspaceId)}/members`, query: { ...pagingQuery(query) } }, options);
}
