import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pathSegment } from "../check-fields.js";
import { fetchResource } from "../platform-call.js";
import type { ScimGroupMapping } from "./types.js";

/**
 * Gets one SCIM group mapping (`GET /scim/group-mappings/{id}`).
 *
 * @throws {@link ValidationError} when `id` is empty (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link NotFoundError} when no such record exists.
 * @throws {@link ResponseValidationError} when `data` is missing or not an object.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, getScimGroupMapping } from "openrouter-fetch/platform";
 * const m = await getScimGroupMapping(createClient(), "550e8400-e29b-41d4-a716-446655440000");
 * console.log(m.role);
 * ```
 */
export async function getScimGroupMapping(client: Client, id: string, options?: RequestOptions): Promise<ScimGroupMapping> {
  return fetchResource<ScimGroupMapping>(client, "GET /scim/group-mappings/{id}", { method: "GET", path: `scim/group-mappings/${pathSegment("id", id)}` }, options);
}
