import type { Client } from "../../core/client.js";
import { type IterateOptions, iterateQueryPages } from "../platform-call.js";
import { listObservabilityDestinations } from "./list-observability-destinations.js";
import type { ListObservabilityDestinationsQuery, ObservabilityDestination } from "./types.js";

/**
 * Every observability destination, page after page ({@link listObservabilityDestinations} for one page).
 * Pages are fetched as the loop asks for them (`pageSize` records each, 100 by default); the walk stops at a short
 * page, at the reported total, at `limit` records, or when `signal` aborts.
 *
 * @throws {@link ValidationError} when `pageSize` or `limit` is not a whole number in range.
 * @throws {@link AbortError} when `signal` aborts between or during pages.
 * @throws {@link APIError} and every error of {@link listObservabilityDestinations}, from the page that failed.
 * @example
 * ```ts
 * import { createClient, iterateObservabilityDestinations } from "openrouter-fetch/platform";
 * for await (const d of iterateObservabilityDestinations(createClient())) console.log(d.type, d.enabled);
 * ```
 */
export function iterateObservabilityDestinations(client: Client, query?: Omit<ListObservabilityDestinationsQuery, "offset" | "limit">, options?: IterateOptions): AsyncGenerator<ObservabilityDestination, void, undefined> {
  return iterateQueryPages((page: ListObservabilityDestinationsQuery, request) => listObservabilityDestinations(client, page, request), query, options);
}
