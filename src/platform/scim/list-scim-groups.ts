import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pagingQuery } from "../list-pages.js";
import { fetchList, type ListPage, type ListQuery } from "../platform-call.js";
import type { ScimGroup } from "./types.js";

/**
 * Lists the SCIM groups the identity provider pushed (`GET /scim/groups`), one page as the wire answers it.
 * {@link iterateScimGroups} walks every page.
 *
 * @throws {@link ValidationError} when `offset` or `limit` is not a whole number in range (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link NotFoundError} when no such record exists.
 * @throws {@link ResponseValidationError} when `data` is missing or not an array.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, listScimGroups } from "openrouter-fetch/platform";
 * const page = await listScimGroups(createClient());
 * console.log(page.data.map((g) => g.display_name));
 * ```
 */
export async function listScimGroups(client: Client, query: ListQuery = {}, options?: RequestOptions): Promise<ListPage<ScimGroup>> {
  return fetchList<ScimGroup>(client, "GET /scim/groups", { method: "GET", path: "scim/groups", query: { ...pagingQuery(query) } }, options);
}
