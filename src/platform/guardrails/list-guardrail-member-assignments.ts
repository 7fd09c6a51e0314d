import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pathSegment } from "../check-fields.js";
import { pagingQuery } from "../list-pages.js";
import { fetchList, type ListPage, type ListQuery } from "../platform-call.js";
import type { MemberAssignment } from "./types.js";

/**
 * Lists the organization members assigned to one guardrail (`GET /guardrails/{id}/assignments/members`, management key), one page as the wire answers it (`data`, `total_count`).
 * {@link iterateGuardrailMemberAssignments} walks every page.
 *
 * @throws {@link ValidationError} when `guardrailId` is empty, `offset` or `limit` is not a whole number in range, or no management key is set (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link NotFoundError} when no such guardrail exists.
 * @throws {@link ResponseValidationError} when `data` is missing or not an array of objects.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, listGuardrailMemberAssignments } from "openrouter-fetch/platform";
 * const page = await listGuardrailMemberAssignments(createClient(), "550e8400-e29b-41d4-a716-446655440000");
 * console.log(page.total_count, page.data.map((a) => a.user_id));
 * ```
 */
export async function listGuardrailMemberAssignments(client: Client, guardrailId: string, query: ListQuery = {}, options?: RequestOptions): Promise<ListPage<MemberAssignment>> {
  return fetchList<MemberAssignment>(client, "GET /guardrails/{id}/assignments/members", { method: "GET", path: `guardrails/${pathSegment("guardrailId", guardrailId)}/assignments/members`, query: { ...pagingQuery(query) } }, options);
}
