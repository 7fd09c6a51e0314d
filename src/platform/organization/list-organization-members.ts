import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pagingQuery } from "../list-pages.js";
import { fetchList, type ListPage, type ListQuery } from "../platform-call.js";
import type { OrganizationMember } from "./types.js";

/**
 * Lists the members of the management key's organization (`GET /organization/members`), one page as the wire
 * answers it (`data`, `total_count`). {@link iterateOrganizationMembers} walks every page.
 *
 * @throws {@link ValidationError} when `offset` or `limit` is not a whole number in range (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link NotFoundError} when no such record exists.
 * @throws {@link ResponseValidationError} when `data` is missing or not an array.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, listOrganizationMembers } from "openrouter-fetch/platform";
 * const page = await listOrganizationMembers(createClient());
 * console.log(page.data.map((m) => `${m.email} (${m.role})`));
 * ```
 */
export async function listOrganizationMembers(client: Client, query: ListQuery = {}, options?: RequestOptions): Promise<ListPage<OrganizationMember>> {
  return fetchList<OrganizationMember>(client, "GET /organization/members", { method: "GET", path: "organization/members", query: { ...pagingQuery(query) } }, options);
}
