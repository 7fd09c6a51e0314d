import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import type { Deleted, IterateOptions, ListPage } from "../platform-call.js";
import { listByokKeys } from "./list-byok-keys.js";
import { iterateByokKeys } from "./iterate-byok-keys.js";
import { getByokKey } from "./get-byok-key.js";
import { createByokKey } from "./create-byok-key.js";
import { updateByokKey } from "./update-byok-key.js";
import { deleteByokKey } from "./delete-byok-key.js";
import type { ByokKey, CreateByokKeyParams, ListByokKeysQuery, UpdateByokKeyParams } from "./types.js";

/** `platform.byok` of the facade: BYOK provider credentials. */
export interface ByokFacade {
  /** {@link listByokKeys} with this client. */
  list(query?: ListByokKeysQuery, options?: RequestOptions): Promise<ListPage<ByokKey>>;
  /** {@link iterateByokKeys} with this client. */
  iterate(query?: Omit<ListByokKeysQuery, "offset" | "limit">, options?: IterateOptions): AsyncGenerator<ByokKey, void, undefined>;
  /** {@link getByokKey} with this client. */
  get(id: string, options?: RequestOptions): Promise<ByokKey>;
  /** {@link createByokKey} with this client. */
  create(params: CreateByokKeyParams, options?: RequestOptions): Promise<ByokKey>;
  /** {@link updateByokKey} with this client. */
  update(id: string, params: UpdateByokKeyParams, options?: RequestOptions): Promise<ByokKey>;
  /** {@link deleteByokKey} with this client. */
  delete(id: string, options?: RequestOptions): Promise<Deleted>;
}

/**
 * The BYOK provider credentials functions bound to `client`.
 * @internal
 */
export function createByokFacade(client: Client): ByokFacade {
  return {
    list: (query, options) => listByokKeys(client, query, options),
    iterate: (query, options) => iterateByokKeys(client, query, options),
    get: (id, options) => getByokKey(client, id, options),
    create: (params, options) => createByokKey(client, params, options),
    update: (id, params, options) => updateByokKey(client, id, params, options),
    delete: (id, options) => deleteByokKey(client, id, options),
  };
}
