import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pathSegment } from "../check-fields.js";
import { fetchAnswer, type Deleted } from "../platform-call.js";

/**
 * Deletes (soft-deletes) an observability destination (`DELETE /observability/destinations/{id}`).
 *
 * @throws {@link ValidationError} when `id` is empty (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link NotFoundError} when no such record exists.
 * @throws {@link ResponseValidationError} when the answer is not a JSON object.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, deleteObservabilityDestination } from "openrouter-fetch/platform";
 * const { deleted } = await deleteObservabilityDestination(createClient(), "550e8400-e29b-41d4-a716-446655440000");
 * console.log(deleted);
 * ```
 */
export async function deleteObservabilityDestination(client: Client, id: string, options?: RequestOptions): Promise<Deleted> {
  return fetchAnswer<Deleted>(client, "DELETE /observability/destinations/{id}", { method: "DELETE", path: `observability/destinations/${pathSegment("id", id)}` }, options);
}
