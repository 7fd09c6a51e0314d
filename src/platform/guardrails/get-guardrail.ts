import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pathSegment } from "../check-fields.js";
import { fetchGuardrail } from "./read-guardrail.js";
import type { Guardrail } from "./types.js";

/**
 * Gets one guardrail by id (`GET /guardrails/{id}`, management key). A workspace's default guardrail
 * (`Workspace.default_guardrail_id`) is a 404 until its configuration is first written with {@link updateGuardrail}.
 *
 * @throws {@link ValidationError} when `id` is empty, or no management key is set (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link NotFoundError} when no such guardrail exists, or a workspace default has not been configured yet.
 * @throws {@link ResponseValidationError} when `data` is not an object or lacks a string `id` or `name`.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, getGuardrail } from "openrouter-fetch/platform";
 * const g = await getGuardrail(createClient(), "550e8400-e29b-41d4-a716-446655440000");
 * console.log(g.allowed_providers, g.limit_usd);
 * ```
 */
export async function getGuardrail(client: Client, id: string, options?: RequestOptions): Promise<Guardrail> {
  return fetchGuardrail(client, "GET /guardrails/{id}", { method: "GET", path: `guardrails/${pathSegment("id", id)}` }, options);
}
