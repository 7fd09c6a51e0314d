import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pagingQuery } from "../list-pages.js";
import { fetchList, type ListPage } from "../platform-call.js";
import type { ByokKey, ListByokKeysQuery } from "./types.js";

/**
 * Lists the bring-your-own-key provider credentials of the default workspace (`GET /byok`), one page as the wire
 * answers it: `data` and `total_count`. `workspace_id` scopes it to another workspace, `provider` to one provider.
 * Raw provider keys are never returned. {@link iterateByokKeys} walks every page.
 *
 * @throws {@link ValidationError} when `offset` or `limit` is not a whole number in range (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link ResponseValidationError} when `data` is missing or not an array.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, listByokKeys } from "openrouter-fetch/platform";
 * const page = await listByokKeys(createClient(), { provider: "openai", limit: 20 });
 * console.log(page.total_count, page.data.map((k) => k.label));
 * ```
 */
export async function listByokKeys(client: Client, query: ListByokKeysQuery = {}, options?: RequestOptions): Promise<ListPage<ByokKey>> {
  return fetchList<ByokKey>(client, "GET /byok", { method: "GET", path: "byok", query: { ...pagingQuery(query) } }, options);
}
