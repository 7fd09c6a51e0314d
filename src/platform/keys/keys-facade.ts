import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import type { ListPage } from "../list-pages.js";
import type { PaginateOptions } from "../paginate.js";
import { createApiKey } from "./create-api-key.js";
import { deleteApiKey } from "./delete-api-key.js";
import { getApiKey } from "./get-api-key.js";
import { iterateApiKeys } from "./iterate-api-keys.js";
import { listApiKeys } from "./list-api-keys.js";
import type { ApiKey, CreateApiKeyParams, CreatedApiKey, Deleted, ListApiKeysQuery, UpdateApiKeyParams } from "./types.js";
import { updateApiKey } from "./update-api-key.js";

/** API keys (management key), bound to a client: `or.platform.keys.create(…)`. */
export interface KeysFacade {
  /** {@link listApiKeys} with this client. */
  list(query?: ListApiKeysQuery, options?: RequestOptions): Promise<ListPage<ApiKey>>;
  /** {@link iterateApiKeys} with this client. */
  iterate(query?: Omit<ListApiKeysQuery, "offset">, options?: Omit<PaginateOptions, "pageSize">): AsyncGenerator<ApiKey, void, undefined>;
  /** {@link getApiKey} with this client. */
  get(hash: string, options?: RequestOptions): Promise<ApiKey>;
  /** {@link createApiKey} with this client: the returned `key` is shown only once. */
  create(params: CreateApiKeyParams, options?: RequestOptions): Promise<CreatedApiKey>;
  /** {@link updateApiKey} with this client. */
  update(hash: string, params: UpdateApiKeyParams, options?: RequestOptions): Promise<ApiKey>;
  /** {@link deleteApiKey} with this client. */
  delete(hash: string, options?: RequestOptions): Promise<Deleted>;
}

/**
 * The key functions bound to `client`.
 * @internal
 */
export function createKeysFacade(client: Client): KeysFacade {
  return {
    list: (query, o) => listApiKeys(client, query, o),
    iterate: (query, o) => iterateApiKeys(client, query, o),
    get: (hash, o) => getApiKey(client, hash, o),
    create: (params, o) => createApiKey(client, params, o),
    update: (hash, params, o) => updateApiKey(client, hash, params, o),
    delete: (hash, o) => deleteApiKey(client, hash, o),
  };
}
