import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pagingQuery } from "../list-pages.js";
import { fetchList, type ListPage, type ListQuery } from "../platform-call.js";
import type { ScimGroupMapping } from "./types.js";

/**
 * Lists the SCIM group-to-workspace role mappings (`GET /scim/group-mappings`), one page as the wire answers it.
 * {@link iterateScimGroupMappings} walks every page.
 *
 * @throws {@link ValidationError} when `offset` or `limit` is not a whole number in range (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link NotFoundError} when no such record exists.
 * @throws {@link ResponseValidationError} when `data` is missing or not an array.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, listScimGroupMappings } from "openrouter-fetch/platform";
 * const page = await listScimGroupMappings(createClient());
 * console.log(page.data.map((m) => `${m.scim_group_id} → ${m.workspace_id} as ${m.role}`));
 * ```
 */
export async function listScimGroupMappings(client: Client, query: ListQuery = {}, options?: RequestOptions): Promise<ListPage<ScimGroupMapping>> {
  return fetchList<ScimGroupMapping>(client, "GET /scim/group-mappings", { method: "GET", path: "scim/group-mappings", query: { ...pagingQuery(query) } }, options);
}
