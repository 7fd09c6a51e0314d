import type { Client } from "../../core/client.js";
import { type IterateOptions, type ListQuery, iterateQueryPages } from "../platform-call.js";
import { listWorkspaces } from "./list-workspaces.js";
import type { Workspace } from "./types.js";

/**
 * Every workspace, page after page ({@link listWorkspaces} for one page).
 * Pages are fetched as the loop asks for them (`pageSize` records each, 100 by default); the walk stops at a short
 * page, at the reported total, at `limit` records, or when `signal` aborts.
 *
 * @throws {@link ValidationError} when `pageSize` or `limit` is not a whole number in range.
 * @throws {@link AbortError} when `signal` aborts between or during pages.
 * @throws {@link APIError} and every error of {@link listWorkspaces}, from the page that failed.
 * @example
 * ```ts
 * import { createClient, iterateWorkspaces } from "openrouter-fetch/platform";
 * for await (const w of iterateWorkspaces(createClient())) console.log(w.slug, w.name);
 * ```
 */
export function iterateWorkspaces(client: Client, options?: IterateOptions): AsyncGenerator<Workspace, void, undefined> {
  return iterateQueryPages((page: ListQuery, request) => listWorkspaces(client, page, request), undefined, options);
}
