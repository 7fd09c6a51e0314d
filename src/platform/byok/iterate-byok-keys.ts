import type { Client } from "../../core/client.js";
import { type IterateOptions, iterateQueryPages } from "../platform-call.js";
import { listByokKeys } from "./list-byok-keys.js";
import type { ByokKey, ListByokKeysQuery } from "./types.js";

/**
 * Every BYOK provider credential, page after page ({@link listByokKeys} for one page).
 * Pages are fetched as the loop asks for them (`pageSize` records each, 100 by default); the walk stops at a short
 * page, at the reported total, at `limit` records, or when `signal` aborts.
 *
 * @throws {@link ValidationError} when `pageSize` or `limit` is not a whole number in range.
 * @throws {@link AbortError} when `signal` aborts between or during pages.
 * @throws {@link APIError} and every error of {@link listByokKeys}, from the page that failed.
 * @example
 * ```ts
 * import { createClient, iterateByokKeys } from "openrouter-fetch/platform";
 * for await (const key of iterateByokKeys(createClient(), {}, { pageSize: 50 })) console.log(key.provider, key.label);
 * ```
 */
export function iterateByokKeys(client: Client, query?: Omit<ListByokKeysQuery, "offset" | "limit">, options?: IterateOptions): AsyncGenerator<ByokKey, void, undefined> {
  return iterateQueryPages((page: ListByokKeysQuery, request) => listByokKeys(client, page, request), query, options);
}
