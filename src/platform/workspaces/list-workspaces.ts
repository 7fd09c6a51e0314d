import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pagingQuery } from "../list-pages.js";
import { fetchList, type ListPage, type ListQuery } from "../platform-call.js";
import type { Workspace } from "./types.js";

/**
 * Lists the workspaces (`GET /workspaces`), one page as the wire answers it (`data`, `total_count`).
 * {@link iterateWorkspaces} walks every page.
 *
 * @throws {@link ValidationError} when `offset` or `limit` is not a whole number in range (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link ResponseValidationError} when `data` is missing or not an array.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, listWorkspaces } from "openrouter-fetch/platform";
 * const page = await listWorkspaces(createClient());
 * console.log(page.total_count, page.data.map((w) => w.slug));
 * ```
 */
export async function listWorkspaces(client: Client, query: ListQuery = {}, options?: RequestOptions): Promise<ListPage<Workspace>> {
  return fetchList<Workspace>(client, "GET /workspaces", { method: "GET", path: "workspaces", query: { ...pagingQuery(query) } }, options);
}
