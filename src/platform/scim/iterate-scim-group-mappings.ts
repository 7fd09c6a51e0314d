import type { Client } from "../../core/client.js";
import { type IterateOptions, type ListQuery, iterateQueryPages } from "../platform-call.js";
import { listScimGroupMappings } from "./list-scim-group-mappings.js";
import type { ScimGroupMapping } from "./types.js";

/**
 * Every SCIM group mapping, page after page ({@link listScimGroupMappings} for one page).
 * Pages are fetched as the loop asks for them (`pageSize` records each, 100 by default); the walk stops at a short
 * page, at the reported total, at `limit` records, or when `signal` aborts.
 *
 * @throws {@link ValidationError} when `pageSize` or `limit` is not a whole number in range.
 * @throws {@link AbortError} when `signal` aborts between or during pages.
 * @throws {@link APIError} and every error of {@link listScimGroupMappings}, from the page that failed.
 * @example
 * ```ts
 * import { createClient, iterateScimGroupMappings } from "openrouter-fetch/platform";
 * for await (const m of iterateScimGroupMappings(createClient())) console.log(m.role);
 * ```
 */
export function iterateScimGroupMappings(client: Client, options?: IterateOptions): AsyncGenerator<ScimGroupMapping, void, undefined> {
  return iterateQueryPages((page: ListQuery, request) => listScimGroupMappings(client, page, request), undefined, options);
}
