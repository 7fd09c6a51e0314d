import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pathSegment } from "../check-fields.js";
import { checkRate, checkOptionalName, checkParams } from "../check-values.js";
import { fetchResource } from "../platform-call.js";
import type { ObservabilityDestination, UpdateObservabilityDestinationParams } from "./types.js";

/**
 * Updates an observability destination (`PATCH /observability/destinations/{id}`): only the fields given change.
 * Not retried on a 5xx (408 and 429 only).
 *
 * @throws {@link ValidationError} when `id` or a given `name` is blank, or `sampling_rate` is outside 0–1 (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link NotFoundError} when no such record exists.
 * @throws {@link ResponseValidationError} when `data` is missing or not an object.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, updateObservabilityDestination } from "openrouter-fetch/platform";
 * const d = await updateObservabilityDestination(createClient(), "550e8400-e29b-41d4-a716-446655440000", { enabled: false });
 * console.log(d.enabled);
 * ```
 */
export async function updateObservabilityDestination(client: Client, id: string, params: UpdateObservabilityDestinationParams, options?: RequestOptions): Promise<ObservabilityDestination> {
  checkParams(params);
  checkOptionalName("name", params.name);
  checkRate("sampling_rate", params.sampling_rate);
  return fetchResource<ObservabilityDestination>(client, "PATCH /observability/destinations/{id}", { method: "PATCH", path: `observability/destinations/${pathSegment("id", id)}`, body: params }, options);
}
