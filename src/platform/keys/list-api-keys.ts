import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { type ListPage, pagingQuery } from "../list-pages.js";
import { platformRequest } from "../platform-request.js";
import { readList } from "../read-body.js";
import type { ApiKey, ListApiKeysQuery } from "./types.js";

/**
 * One page of your API keys (`GET /keys`, management key): each key's name, masked label, limit, what is left
 * and its usage. The endpoint pages by `offset` only; {@link iterateApiKeys} walks every page.
 *
 * @throws {@link ValidationError} before sending, for a negative or fractional `offset`, or when no management key is set.
 * @throws {@link AuthenticationError} (401) / {ModerationError} (403) when the key is not a management key (the message names `managementKey`).
 * @throws {@link ResponseValidationError} when `data` is not an array of objects.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, listApiKeys } from "openrouter-fetch/platform";
 * const page = await listApiKeys(createClient(), { include_disabled: true });
 * for (const key of page.data) console.log(key.name, key.label, key.usage, key.limit_remaining);
 * ```
 */
export async function listApiKeys(client: Client, query?: ListApiKeysQuery, options?: RequestOptions): Promise<ListPage<ApiKey>> {
  const body = await platformRequest<unknown>(client, "management", { method: "GET", path: "keys", query: { ...pagingQuery(query) } }, options);
  return readList<ListPage<ApiKey>>(body, "GET /keys");
}
