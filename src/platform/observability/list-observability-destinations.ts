import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pagingQuery } from "../list-pages.js";
import { fetchList, type ListPage } from "../platform-call.js";
import type { ListObservabilityDestinationsQuery, ObservabilityDestination } from "./types.js";

/**
 * Lists the observability destinations of the default workspace (`GET /observability/destinations`), one page as the
 * wire answers it (`data`, `total_count`). {@link iterateObservabilityDestinations} walks every page.
 *
 * @throws {@link ValidationError} when `offset` or `limit` is not a whole number in range (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link ResponseValidationError} when `data` is missing or not an array.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, listObservabilityDestinations } from "openrouter-fetch/platform";
 * const page = await listObservabilityDestinations(createClient());
 * console.log(page.data.map((d) => `${d.type}: ${d.name ?? d.id}`));
 * ```
 */
export async function listObservabilityDestinations(client: Client, query: ListObservabilityDestinationsQuery = {}, options?: RequestOptions): Promise<ListPage<ObservabilityDestination>> {
  return fetchList<ObservabilityDestination>(client, "GET /observability/destinations", { method: "GET", path: "observability/destinations", query: { ...pagingQuery(query) } }, options);
}
