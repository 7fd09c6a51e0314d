import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pathSegment } from "../check-fields.js";
import { checkParams, checkStrings } from "../check-values.js";
import { fetchCount } from "./read-guardrail.js";
import type { GuardrailAssigned, GuardrailMembersParams } from "./types.js";

/**
 * Assigns organization members to a guardrail by user id (`POST /guardrails/{id}/assignments/members`, management
 * key): it then applies to their requests. Not retried on a 5xx (408 and 429 only).
 *
 * @throws {@link ValidationError} when `guardrailId` is empty, `member_user_ids` is not a non-empty list of non-blank strings, or
 * no management key is set (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link NotFoundError} when no such guardrail exists.
 * @throws {@link BadRequestError} when the wire refuses the list.
 * @throws {@link ResponseValidationError} when `assigned_count` is missing or not a number.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, assignMembersToGuardrail } from "openrouter-fetch/platform";
 * const { assigned_count } = await assignMembersToGuardrail(createClient(), "550e8400-e29b-41d4-a716-446655440000", { member_user_ids: ["user_abc123", "user_def456"] });
 * console.log(assigned_count);
 * ```
 */
export async function assignMembersToGuardrail(client: Client, guardrailId: string, params: GuardrailMembersParams, options?: RequestOptions): Promise<GuardrailAssigned> {
  checkParams(params);
  checkStrings("member_user_ids", params.member_user_ids);
  return fetchCount<GuardrailAssigned>(client, "POST /guardrails/{id}/assignments/members", "assigned_count", { method: "POST", path: `guardrails/${pathSegment("guardrailId", guardrailId)}/assignments/members`, body: params }, options);
}
