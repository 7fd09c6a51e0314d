import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import type { IterateOptions, ListPage, ListQuery } from "../platform-call.js";
import { listOrganizationMembers } from "./list-organization-members.js";
import { iterateOrganizationMembers } from "./iterate-organization-members.js";
import type { OrganizationMember } from "./types.js";

/** `platform.organization` of the facade: organization members. */
export interface OrganizationFacade {
  /** {@link listOrganizationMembers} with this client. */
  listMembers(query?: ListQuery, options?: RequestOptions): Promise<ListPage<OrganizationMember>>;
  /** {@link iterateOrganizationMembers} with this client. */
  iterateMembers(options?: IterateOptions): AsyncGenerator<OrganizationMember, void, undefined>;
}

/**
 * The organization members functions bound to `client`.
 * @internal
 */
export function createOrganizationFacade(client: Client): OrganizationFacade {
  return {
    listMembers: (query, options) => listOrganizationMembers(client, query, options),
    iterateMembers: (options) => iterateOrganizationMembers(client, options),
  };
}
