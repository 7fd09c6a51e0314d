import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pathSegment } from "../check-fields.js";
import { type Deleted, fetchAnswer } from "../platform-call.js";

/**
 * Deletes a guardrail (`DELETE /guardrails/{id}`, management key).
 *
 * @throws {@link ValidationError} when `id` is empty, or no management key is set (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link NotFoundError} when no such guardrail exists.
 * @throws {@link ResponseValidationError} when the answer is not a JSON object.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, deleteGuardrail } from "openrouter-fetch/platform";
 * const { deleted } = await deleteGuardrail(createClient(), "550e8400-e29b-41d4-a716-446655440000");
 * console.log(deleted);
 * ```
 */
export async function deleteGuardrail(client: Client, id: string, options?: RequestOptions): Promise<Deleted> {
  return fetchAnswer<Deleted>(client, "DELETE /guardrails/{id}", { method: "DELETE", path: `guardrails/${pathSegment("id", id)}` }, options);
}
