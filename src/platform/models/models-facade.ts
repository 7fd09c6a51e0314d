import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import type { ListQuery } from "../list-pages.js";
import type { PaginateOptions } from "../paginate.js";
import { iterateUserModels } from "./iterate-user-models.js";
import { listProviders } from "./list-providers.js";
import { listUserModels } from "./list-user-models.js";
import { listZdrEndpoints } from "./list-zdr-endpoints.js";
import type { Provider, UserModel, UserModelsPage, ZdrEndpoint } from "./types.js";

/** Providers, ZDR endpoints and the user's models, bound to a client: `or.platform.models.providers()`. */
export interface PlatformModelsFacade {
  /** {@link listUserModels} with this client. */
  listForUser(query?: ListQuery, options?: RequestOptions): Promise<UserModelsPage>;
  /** {@link iterateUserModels} with this client. */
  iterateForUser(options?: PaginateOptions): AsyncGenerator<UserModel, void, undefined>;
  /** {@link listProviders} with this client. */
  providers(options?: RequestOptions): Promise<Provider[]>;
  /** {@link listZdrEndpoints} with this client. */
  zdrEndpoints(options?: RequestOptions): Promise<ZdrEndpoint[]>;
}

/**
 * The model and provider functions bound to `client`.
 * @internal
 */
export function createPlatformModelsFacade(client: Client): PlatformModelsFacade {
  return {
    listForUser: (query, o) => listUserModels(client, query, o),
    iterateForUser: (o) => iterateUserModels(client, o),
    providers: (o) => listProviders(client, o),
    zdrEndpoints: (o) => listZdrEndpoints(client, o),
  };
}
