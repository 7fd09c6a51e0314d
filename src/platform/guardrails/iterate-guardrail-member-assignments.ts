import type { Client } from "../../core/client.js";
import { type IterateOptions, type ListQuery, iterateQueryPages } from "../platform-call.js";
import { listGuardrailMemberAssignments } from "./list-guardrail-member-assignments.js";
import type { MemberAssignment } from "./types.js";

/**
 * Every organization members assignment of one guardrail, page after page ({@link listGuardrailMemberAssignments} for one page).
 * Pages are fetched as the loop asks for them (`pageSize` records each, 100 by default, the endpoint's maximum);
 * the walk stops at a short page, at the reported total, at `limit` records, or when `signal` aborts.
 *
 * @throws {@link ValidationError} when `pageSize` or `limit` is not a whole number in range.
 * @throws {@link AbortError} when `signal` aborts between or during pages.
 * @throws {@link APIError} and every error of {@link listGuardrailMemberAssignments}, from the page that failed.
 * @example
 * ```ts
 * import { createClient, iterateGuardrailMemberAssignments } from "openrouter-fetch/platform";
 * for await (const a of iterateGuardrailMemberAssignments(createClient(), "550e8400-e29b-41d4-a716-446655440000")) console.log(a.user_id);
 * ```
 */
export function iterateGuardrailMemberAssignments(client: Client, guardrailId: string, options?: IterateOptions): AsyncGenerator<MemberAssignment, void, undefined> {
  return iterateQueryPages((page: ListQuery, request) => listGuardrailMemberAssignments(client, guardrailId, page, request), undefined, options);
}
