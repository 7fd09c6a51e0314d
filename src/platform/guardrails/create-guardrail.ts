import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { checkGuardrailBody } from "./check-guardrail.js";
import { fetchGuardrail } from "./read-guardrail.js";
import type { CreateGuardrailParams, Guardrail } from "./types.js";

/**
 * Creates a guardrail (`POST /guardrails`, management key). A new guardrail enforces nothing until it is assigned
 * to API keys ({@link assignKeysToGuardrail}) or members ({@link assignMembersToGuardrail}); `workspace_id` only
 * files it in a workspace. To restrict a whole workspace, update its default guardrail instead. Not retried on a
 * 5xx or a dropped connection, which may have created it; retried on 408 and 429.
 *
 * @throws {@link ValidationError} before sending, for a blank `name`, a negative `limit_usd`, an unknown `reset_interval`,
 * an empty model or provider list, a filter without `slug`/`pattern` or `action`, or when no management key is set.
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link BadRequestError} when the wire refuses the body (or the default workspace is gone and no `workspace_id` is given).
 * @throws {@link ResponseValidationError} when `data` is not an object or lacks a string `id` or `name`.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, createGuardrail } from "openrouter-fetch/platform";
 * const g = await createGuardrail(createClient(), {
 *   name: "Production", limit_usd: 50, reset_interval: "monthly", allowed_providers: ["openai", "anthropic"],
 *   content_filter_builtins: [{ slug: "email", action: "redact" }],
 * });
 * console.log(g.id);
 * ```
 */
export async function createGuardrail(client: Client, params: CreateGuardrailParams, options?: RequestOptions): Promise<Guardrail> {
  checkGuardrailBody(params, true);
  return fetchGuardrail(client, "POST /guardrails", { method: "POST", path: "guardrails", body: params }, options);
}
