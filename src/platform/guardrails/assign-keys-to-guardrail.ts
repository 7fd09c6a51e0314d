import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pathSegment } from "../check-fields.js";
import { checkParams, checkStrings } from "../check-values.js";
import { fetchCount } from "./read-guardrail.js";
import type { GuardrailAssigned, GuardrailKeysParams } from "./types.js";

/**
 * Assigns API keys to a guardrail by their hashes (`POST /guardrails/{id}/assignments/keys`, management key). A key
 * holds at most one guardrail: assigning replaces the one it had. Not retried on a 5xx (408 and 429 only).
 *
 * @throws {@link ValidationError} when `guardrailId` is empty, `key_hashes` is not a non-empty list of non-blank strings, or
 * no management key is set (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link NotFoundError} when no such guardrail exists.
 * @throws {@link BadRequestError} when the wire refuses the list.
 * @throws {@link ResponseValidationError} when `assigned_count` is missing or not a number.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, assignKeysToGuardrail } from "openrouter-fetch/platform";
 * const { assigned_count } = await assignKeysToGuardrail(createClient(), "550e8400-e29b-41d4-a716-446655440000", { key_hashes: ["c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93"] });
 * console.log(assigned_count);
 * ```
 */
export async function assignKeysToGuardrail(client: Client, guardrailId: string, params: GuardrailKeysParams, options?: RequestOptions): Promise<GuardrailAssigned> {
  checkParams(params);
  checkStrings("key_hashes", params.key_hashes);
  return fetchCount<GuardrailAssigned>(client, "POST /guardrails/{id}/assignments/keys", "assigned_count", { method: "POST", path: `guardrails/${pathSegment("guardrailId", guardrailId)}/assignments/keys`, body: params }, options);
}
