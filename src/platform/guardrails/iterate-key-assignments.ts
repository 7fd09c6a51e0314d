import type { Client } from "../../core/client.js";
import { type IterateOptions, type ListQuery, iterateQueryPages } from "../platform-call.js";
import { listKeyAssignments } from "./list-key-assignments.js";
import type { KeyAssignment } from "./types.js";

/**
 * Every guardrail assignment of API keys, page after page ({@link listKeyAssignments} for one page).
 * Pages are fetched as the loop asks for them (`pageSize` records each, 100 by default, the endpoint's maximum);
 * the walk stops at a short page, at the reported total, at `limit` records, or when `signal` aborts.
 *
 * @throws {@link ValidationError} when `pageSize` or `limit` is not a whole number in range.
 * @throws {@link AbortError} when `signal` aborts between or during pages.
 * @throws {@link APIError} and every error of {@link listKeyAssignments}, from the page that failed.
 * @example
 * ```ts
 * import { createClient, iterateKeyAssignments } from "openrouter-fetch/platform";
 * for await (const a of iterateKeyAssignments(createClient())) console.log(a.guardrail_id, a.key_name);
 * ```
 */
export function iterateKeyAssignments(client: Client, options?: IterateOptions): AsyncGenerator<KeyAssignment, void, undefined> {
  return iterateQueryPages((page: ListQuery, request) => listKeyAssignments(client, page, request), undefined, options);
}
