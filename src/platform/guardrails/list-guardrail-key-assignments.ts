import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pathSegment } from "../check-fields.js";
import { pagingQuery } from "../list-pages.js";
import { fetchList, type ListPage, type ListQuery } from "../platform-call.js";
import type { KeyAssignment } from "./types.js";

/**
 * Lists the API keys assigned to one guardrail (`GET /guardrails/{id}/assignments/keys`, management key), one page as the wire answers it (`data`, `total_count`).
 * {@link iterateGuardrailKeyAssignments} walks every page.
 *
 * @throws {@link ValidationError} when `guardrailId` is empty, `offset` or `limit` is not a whole number in range, or no management key is set (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link NotFoundError} when no such guardrail exists.
 * @throws {@link ResponseValidationError} when `data` is missing or not an array of objects.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, listGuardrailKeyAssignments } from "openrouter-fetch/platform";
 * const page = await listGuardrailKeyAssignments(createClient(), "550e8400-e29b-41d4-a716-446655440000");
 * console.log(page.total_count, page.data.map((a) => a.key_name));
 * ```
 */
export async function listGuardrailKeyAssignments(client: Client, guardrailId: string, query: ListQuery = {}, options?: RequestOptions): Promise<ListPage<KeyAssignment>> {
  return fetchList<KeyAssignment>(client, "GET /guardrails/{id}/assignments/keys", { method: "GET", path: `guardrails/${pathSegment("guardrailId", guardrailId)}/assignments/keys`, query: { ...pagingQuery(query) } }, options);
}
