import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pathSegment } from "../check-fields.js";
import { checkGuardrailBody } from "./check-guardrail.js";
import { fetchGuardrail } from "./read-guardrail.js";
import type { Guardrail, UpdateGuardrailParams } from "./types.js";

/**
 * Updates a guardrail (`PATCH /guardrails/{id}`, management key), or writes a workspace default guardrail's first
 * configuration. Only the fields given change, but a list given replaces the whole list: send the full set. A
 * workspace default's `name` cannot be changed (a 400). Not retried on a 5xx (408 and 429 only).
 *
 * @throws {@link ValidationError} before sending, for an empty `id`, a blank `name`, a negative `limit_usd`, an unknown
 * `reset_interval`, an empty model or provider list, a malformed filter, or when no management key is set.
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link NotFoundError} when no such guardrail exists.
 * @throws {@link BadRequestError} when the wire refuses the body, or a workspace default's name is changed.
 * @throws {@link ResponseValidationError} when `data` is not an object or lacks a string `id` or `name`.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, updateGuardrail } from "openrouter-fetch/platform";
 * const g = await updateGuardrail(createClient(), "550e8400-e29b-41d4-a716-446655440000", { limit_usd: 75, reset_interval: "weekly" });
 * console.log(g.updated_at);
 * ```
 */
export async function updateGuardrail(client: Client, id: string, params: UpdateGuardrailParams, options?: RequestOptions): Promise<Guardrail> {
  checkGuardrailBody(params, false);
  return fetchGuardrail(client, "PATCH /guardrails/{id}", { method: "PATCH", path: `guardrails/${pathSegment("id", id)}`, body: params }, options);
}
