import type { Client } from "../../core/client.js";
import { type IterateOptions, type ListQuery, iterateQueryPages } from "../platform-call.js";
import { listScimGroups } from "./list-scim-groups.js";
import type { ScimGroup } from "./types.js";

/**
 * Every SCIM group, page after page ({@link listScimGroups} for one page).
 * Pages are fetched as the loop asks for them (`pageSize` records each, 100 by default); the walk stops at a short
 * page, at the reported total, at `limit` records, or when `signal` aborts.
 *
 * @throws {@link ValidationError} when `pageSize` or `limit` is not a whole number in range.
 * @throws {@link AbortError} when `signal` aborts between or during pages.
 * @throws {@link APIError} and every error of {@link listScimGroups}, from the page that failed.
 * @example
 * ```ts
 * import { createClient, iterateScimGroups } from "openrouter-fetch/platform";
 * for await (const g of iterateScimGroups(createClient())) console.log(g.display_name);
 * ```
 */
export function iterateScimGroups(client: Client, options?: IterateOptions): AsyncGenerator<ScimGroup, void, undefined> {
  return iterateQueryPages((page: ListQuery, request) => listScimGroups(client, page, request), undefined, options);
}
