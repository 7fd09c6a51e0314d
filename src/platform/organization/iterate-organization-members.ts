import type { Client } from "../../core/client.js";
import { type IterateOptions, type ListQuery, iterateQueryPages } from "../platform-call.js";
import { listOrganizationMembers } from "./list-organization-members.js";
import type { OrganizationMember } from "./types.js";

/**
 * Every member of the organization, page after page ({@link listOrganizationMembers} for one page).
 * Pages are fetched as the loop asks for them (`pageSize` records each, 100 by default); the walk stops at a short
 * page, at the reported total, at `limit` records, or when `signal` aborts.
 *
 * @throws {@link ValidationError} when `pageSize` or `limit` is not a whole number in range.
 * @throws {@link AbortError} when `signal` aborts between or during pages.
 * @throws {@link APIError} and every error of {@link listOrganizationMembers}, from the page that failed.
 * @example
 * ```ts
 * import { createClient, iterateOrganizationMembers } from "openrouter-fetch/platform";
 * for await (const m of iterateOrganizationMembers(createClient())) console.log(m.email);
 * ```
 */
export function iterateOrganizationMembers(client: Client, options?: IterateOptions): AsyncGenerator<OrganizationMember, void, undefined> {
  return iterateQueryPages((page: ListQuery, request) => listOrganizationMembers(client, page, request), undefined, options);
}
