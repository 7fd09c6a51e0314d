import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pagingQuery } from "../list-pages.js";
import { fetchList, type ListPage, type ListQuery } from "../platform-call.js";
import type { MemberAssignment } from "./types.js";

/**
 * Lists every guardrail assignment of organization members across your guardrails (`GET /guardrails/assignments/members`, management key), one page as the wire answers it (`data`, `total_count`).
 * {@link iterateMemberAssignments} walks every page.
 *
 * @throws {@link ValidationError} when `offset` or `limit` is not a whole number in range, or no management key is set (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link ResponseValidationError} when `data` is missing or not an array of objects.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, listMemberAssignments } from "openrouter-fetch/platform";
 * const page = await listMemberAssignments(createClient());
 * console.log(page.total_count, page.data.map((a) => a.user_id));
 * ```
 */
export async function listMemberAssignments(client: Client, query: ListQuery = {}, options?: RequestOptions): Promise<ListPage<MemberAssignment>> {
  return fetchList<MemberAssignment>(client, "GET /guardrails/assignments/members", { method: "GET", path: "guardrails/assignments/members", query: { ...pagingQuery(query) } }, options);
}
