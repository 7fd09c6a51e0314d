import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pathSegment } from "../check-fields.js";
import { checkParams, checkStrings } from "../check-values.js";
import { fetchCount } from "./read-guardrail.js";
import type { GuardrailUnassigned, GuardrailMembersParams } from "./types.js";

/**
 * Unassigns organization members from a guardrail (`POST /guardrails/{id}/assignments/members/remove`, management
 * key). Not retried on a 5xx (408 and 429 only).
 *
 * @throws {@link ValidationError} when `guardrailId` is empty, `member_user_ids` is not a non-empty list of non-blank strings, or
 * no management key is set (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link NotFoundError} when no such guardrail exists.
 * @throws {@link BadRequestError} when the wire refuses the list.
 * @throws {@link ResponseValidationError} when `unassigned_count` is missing or not a number.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, unassignMembersFromGuardrail } from "openrouter-fetch/platform";
 * const { unassigned_count } = await unassignMembersFromGuardrail(createClient(), "550e8400-e29b-41d4-a716-446655440000", { member_user_ids: ["user_abc123"] });
 * console.log(unassigned_count);
 * ```
 */
export async function unassignMembersFromGuardrail(client: Client, guardrailId: string, params: GuardrailMembersParams, options?: RequestOptions): Promise<GuardrailUnassigned> {
  checkParams(params);
  checkStrings("member_user_ids", params.member_user_ids);
  return fetchCount<GuardrailUnassigned>(client, "POST /guardrails/{id}/assignments/members/remove", "unassigned_count", { method: "POST", path: `guardrails/${pathSegment("guardrailId", guardrailId)}/assignments/members/remove`, body: params }, options);
}
