import type { Client } from "../../core/client.js";
import { type IterateOptions, type ListQuery, iterateQueryPages } from "../platform-call.js";
import { listMemberAssignments } from "./list-member-assignments.js";
import type { MemberAssignment } from "./types.js";

/**
 * Every guardrail assignment of organization members, page after page ({@link listMemberAssignments} for one page).
 * Pages are fetched as the loop asks for them (`pageSize` records each, 100 by default, the endpoint's maximum);
 * the walk stops at a short page, at the reported total, at `limit` records, or when `signal` aborts.
 *
 * @throws {@link ValidationError} when `pageSize` or `limit` is not a whole number in range.
 * @throws {@link AbortError} when `signal` aborts between or during pages.
 * @throws {@link APIError} and every error of {@link listMemberAssignments}, from the page that failed.
 * @example
 * ```ts
 * import { createClient, iterateMemberAssignments } from "openrouter-fetch/platform";
 * for await (const a of iterateMemberAssignments(createClient())) console.log(a.guardrail_id, a.user_id);
 * ```
 */
export function iterateMemberAssignments(client: Client, options?: IterateOptions): AsyncGenerator<MemberAssignment, void, undefined> {
  return iterateQueryPages((page: ListQuery, request) => listMemberAssignments(client, page, request), undefined, options);
}
