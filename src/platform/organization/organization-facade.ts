import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import type { IterateOptions, ListPage, PageQuery } from "../platform-call.js";
import { listOrganizationMembers } from "./list-organization-members.js";
import { iterateOrganizationMembers } from "./iterate-organization-members.js";
import type { OrganizationMember } from "./types.js";

/** `platform.organization` of the facade: organization members. */
export interface OrganizationFacade {
  /** {@link listOrganizationMembers} with this client. */
  listMembers(query?: PageQuery, options?: RequestOptions): Promise<ListPage<OrganizationMember>>;
  /** {@link iterateOrganizationMembers} with this client. */
  iterateMembers(options?: IterateOptions): AsyncGenerator<OrganizationMember, void, undefined>;
}

/**
 * The organization members methods of `createOpenRouter().platform.organization`: each delegates to the standalone function.
 *
 * @throws {ValidationError} when the client is not one made by `createClient()`.
 * @example
 * ```ts
 * import { createClient, createOrganizationFacade } from "openrouter-fetch/platform";
 * const organization = createOrganizationFacade(createClient());
 * console.log(typeof organization.listMembers);
 * ```
 */
export function createOrganizationFacade(client: Client): OrganizationFacade {
  return {
    listMembers: (query, options) => listOrganizationMembers(client, query, options),
    iterateMembers: (options) => iterateOrganizationMembers(client, options),
  };
}
