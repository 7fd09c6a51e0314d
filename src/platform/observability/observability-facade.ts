import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import type { Deleted, IterateOptions, ListPage } from "../platform-call.js";
import { listObservabilityDestinations } from "./list-observability-destinations.js";
import { iterateObservabilityDestinations } from "./iterate-observability-destinations.js";
import { getObservabilityDestination } from "./get-observability-destination.js";
import { createObservabilityDestination } from "./create-observability-destination.js";
import { updateObservabilityDestination } from "./update-observability-destination.js";
import { deleteObservabilityDestination } from "./delete-observability-destination.js";
import type { CreateObservabilityDestinationParams, ListObservabilityDestinationsQuery, ObservabilityDestination, UpdateObservabilityDestinationParams } from "./types.js";

/** `platform.observability` of the facade: observability destinations. */
export interface ObservabilityFacade {
  /** {@link listObservabilityDestinations} with this client. */
  list(query?: ListObservabilityDestinationsQuery, options?: RequestOptions): Promise<ListPage<ObservabilityDestination>>;
  /** {@link iterateObservabilityDestinations} with this client. */
  iterate(query?: Omit<ListObservabilityDestinationsQuery, "offset" | "limit">, options?: IterateOptions): AsyncGenerator<ObservabilityDestination, void, undefined>;
  /** {@link getObservabilityDestination} with this client. */
  get(id: string, options?: RequestOptions): Promise<ObservabilityDestination>;
  /** {@link createObservabilityDestination} with this client. */
  create(params: CreateObservabilityDestinationParams, options?: RequestOptions): Promise<ObservabilityDestination>;
  /** {@link updateObservabilityDestination} with this client. */
  update(id: string, params: UpdateObservabilityDestinationParams, options?: RequestOptions): Promise<ObservabilityDestination>;
  /** {@link deleteObservabilityDestination} with this client. */
  delete(id: string, options?: RequestOptions): Promise<Deleted>;
}

/**
 * The observability destinations functions bound to `client`.
 * @internal
 */
export function createObservabilityFacade(client: Client): ObservabilityFacade {
  return {
    list: (query, options) => listObservabilityDestinations(client, query, options),
    iterate: (query, options) => iterateObservabilityDestinations(client, query, options),
    get: (id, options) => getObservabilityDestination(client, id, options),
    create: (params, options) => createObservabilityDestination(client, params, options),
    update: (id, params, options) => updateObservabilityDestination(client, id, params, options),
    delete: (id, options) => deleteObservabilityDestination(client, id, options),
  };
}
