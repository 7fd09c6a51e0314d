import type { Client } from "../../core/client.js";
import { type IterateOptions, type ListQuery, iterateQueryPages } from "../platform-call.js";
import { listGuardrailKeyAssignments } from "./list-guardrail-key-assignments.js";
import type { KeyAssignment } from "./types.js";

/**
 * Every API keys assignment of one guardrail, page after page ({@link listGuardrailKeyAssignments} for one page).
 * Pages are fetched as the loop asks for them (`pageSize` records each, 100 by default, the endpoint's maximum);
 * the walk stops at a short page, at the reported total, at `limit` records, or when `signal` aborts.
 *
 * @throws {@link ValidationError} when `pageSize` or `limit` is not a whole number in range.
 * @throws {@link AbortError} when `signal` aborts between or during pages.
 * @throws {@link APIError} and every error of {@link listGuardrailKeyAssignments}, from the page that failed.
 * @example
 * ```ts
 * import { createClient, iterateGuardrailKeyAssignments } from "openrouter-fetch/platform";
 * for await (const a of iterateGuardrailKeyAssignments(createClient(), "550e8400-e29b-41d4-a716-446655440000")) console.log(a.key_name);
 * ```
 */
export function iterateGuardrailKeyAssignments(client: Client, guardrailId: string, options?: IterateOptions): AsyncGenerator<KeyAssignment, void, undefined> {
  return iterateQueryPages((page: ListQuery, request) => listGuardrailKeyAssignments(client, guardrailId, page, request), undefined, options);
}
