import type { Client } from "../../core/client.js";
import { iteratePages } from "../list-pages.js";
import type { PaginateOptions } from "../paginate.js";
import { listApiKeys } from "./list-api-keys.js";
import type { ApiKey, ListApiKeysQuery } from "./types.js";

/** Keys per page of `GET /keys`: the endpoint takes no `limit`, so a shorter page is the last. */
export const API_KEYS_PAGE_SIZE = 100;

/**
 * Every API key, page after page (`GET /keys` with a growing `offset`). `limit` stops after that many keys and
 * `signal` stops the walk; the page size is the endpoint's own ({@link API_KEYS_PAGE_SIZE}).
 *
 * @throws {@link ValidationError} for a bad `limit`, or when no management key is set.
 * @throws {@link AuthenticationError} (401) / {ModerationError} (403) when the key is not a management key.
 * @throws {@link ResponseValidationError} when a page's `data` is not an array of objects.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when a page
 * could not be read or the walk was aborted.
 * @example
 * ```ts
 * import { createClient, iterateApiKeys } from "openrouter-fetch/platform";
 * let spent = 0;
 * for await (const key of iterateApiKeys(createClient())) spent += key.usage_monthly;
 * console.log(`this month: $${spent.toFixed(2)}`);
 * ```
 */
export function iterateApiKeys(client: Client, query?: Omit<ListApiKeysQuery, "offset">, options?: Omit<PaginateOptions, "pageSize">): AsyncGenerator<ApiKey, void, undefined> {
  return iteratePages((paging, requestOptions) => listApiKeys(client, { ...query, offset: paging.offset }, requestOptions), { ...options, pageSize: API_KEYS_PAGE_SIZE });
}
