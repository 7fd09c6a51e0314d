import type { Client } from "../../core/client.js";
import { type IterateOptions, type ListQuery, iterateQueryPages } from "../platform-call.js";
import { listWorkspaceMembers } from "./list-workspace-members.js";
import type { WorkspaceMember } from "./types.js";

/**
 * Every member of a workspace, page after page ({@link listWorkspaceMembers} for one page).
 * Pages are fetched as the loop asks for them (`pageSize` records each, 100 by default); the walk stops at a short
 * page, at the reported total, at `limit` records, or when `signal` aborts.
 *
 * @throws {@link ValidationError} when `pageSize` or `limit` is not a whole number in range.
 * @throws {@link AbortError} when `signal` aborts between or during pages.
 * @throws {@link APIError} and every error of {@link listWorkspaceMembers}, from the page that failed.
 * @example
 * ```ts
 * import { createClient, iterateWorkspaceMembers } from "openrouter-fetch/platform";
 * for await (const m of iterateWorkspaceMembers(createClient(), "production")) console.log(m.user_id);
 * ```
 */
export function iterateWorkspaceMembers(client: Client, workspaceId: string, options?: IterateOptions): AsyncGenerator<WorkspaceMember, void, undefined> {
  return iterateQueryPages((page: ListQuery, request) => listWorkspaceMembers(client, workspaceId, page, request), undefined, options);
}
