import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pathSegment } from "../check-fields.js";
import { fetchResource } from "../platform-call.js";
import type { ObservabilityDestination } from "./types.js";

/**
 * Gets one observability destination by its id (`GET /observability/destinations/{id}`).
 *
 * @throws {@link ValidationError} when `id` is empty (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link NotFoundError} when no such record exists.
 * @throws {@link ResponseValidationError} when `data` is missing or not an object.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, getObservabilityDestination } from "openrouter-fetch/platform";
 * const d = await getObservabilityDestination(createClient(), "550e8400-e29b-41d4-a716-446655440000");
 * console.log(d.type, d.sampling_rate);
 * ```
 */
export async function getObservabilityDestination(client: Client, id: string, options?: RequestOptions): Promise<ObservabilityDestination> {
  return fetchResource<ObservabilityDestination>(client, "GET /observability/destinations/{id}", { method: "GET", path: `observability/destinations/${pathSegment("id", id)}` }, options);
}
