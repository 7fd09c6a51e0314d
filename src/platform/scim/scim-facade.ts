import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import type { Deleted, IterateOptions, ListPage, ListQuery } from "../platform-call.js";
import { listScimGroupMappings } from "./list-scim-group-mappings.js";
import { iterateScimGroupMappings } from "./iterate-scim-group-mappings.js";
import { getScimGroupMapping } from "./get-scim-group-mapping.js";
import { createScimGroupMapping } from "./create-scim-group-mapping.js";
import { updateScimGroupMapping } from "./update-scim-group-mapping.js";
import { deleteScimGroupMapping } from "./delete-scim-group-mapping.js";
import { listScimGroups } from "./list-scim-groups.js";
import { iterateScimGroups } from "./iterate-scim-groups.js";
import type { CreateScimGroupMappingParams, DeleteScimGroupMappingParams, ScimGroup, ScimGroupMapping, UpdateScimGroupMappingParams } from "./types.js";

/** `platform.scim` of the facade: SCIM group mappings and groups. */
export interface ScimFacade {
  /** {@link listScimGroupMappings} with this client. */
  listGroupMappings(query?: ListQuery, options?: RequestOptions): Promise<ListPage<ScimGroupMapping>>;
  /** {@link iterateScimGroupMappings} with this client. */
  iterateGroupMappings(options?: IterateOptions): AsyncGenerator<ScimGroupMapping, void, undefined>;
  /** {@link getScimGroupMapping} with this client. */
  getGroupMapping(id: string, options?: RequestOptions): Promise<ScimGroupMapping>;
  /** {@link createScimGroupMapping} with this client. */
  createGroupMapping(params: CreateScimGroupMappingParams, options?: RequestOptions): Promise<ScimGroupMapping>;
  /** {@link updateScimGroupMapping} with this client. */
  updateGroupMapping(id: string, params: UpdateScimGroupMappingParams, options?: RequestOptions): Promise<ScimGroupMapping>;
  /** {@link deleteScimGroupMapping} with this client. */
  deleteGroupMapping(id: string, params: DeleteScimGroupMappingParams, options?: RequestOptions): Promise<Deleted>;
  /** {@link listScimGroups} with this client. */
  listGroups(query?: ListQuery, options?: RequestOptions): Promise<ListPage<ScimGroup>>;
  /** {@link iterateScimGroups} with this client. */
  iterateGroups(options?: IterateOptions): AsyncGenerator<ScimGroup, void, undefined>;
}

/**
 * The SCIM group mappings and groups functions bound to `client`.
 * @internal
 */
export function createScimFacade(client: Client): ScimFacade {
  return {
    listGroupMappings: (query, options) => listScimGroupMappings(client, query, options),
    iterateGroupMappings: (options) => iterateScimGroupMappings(client, options),
    getGroupMapping: (id, options) => getScimGroupMapping(client, id, options),
    createGroupMapping: (params, options) => createScimGroupMapping(client, params, options),
    updateGroupMapping: (id, params, options) => updateScimGroupMapping(client, id, params, options),
    deleteGroupMapping: (id, params, options) => deleteScimGroupMapping(client, id, params, options),
    listGroups: (query, options) => listScimGroups(client, query, options),
    iterateGroups: (options) => iterateScimGroups(client, options),
  };
}
