import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pagingQuery } from "../list-pages.js";
import { fetchList, type ListPage } from "../platform-call.js";
import type { ListPresetsQuery, Preset } from "./types.js";

/**
 * Lists the presets of the key's account, most recently updated first (`GET /presets`), one page as the wire
 * answers it (`data`, `total_count`). {@link iteratePresets} walks every page. Takes the inference API key, not a
 * management key.
 *
 * @throws {@link ValidationError} when `offset` or `limit` is not a whole number in range (before sending).
 * @throws {@link AuthenticationError} when the inference API key is missing or wrong.
 * @throws {@link ResponseValidationError} when `data` is missing or not an array of objects.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, listPresets } from "openrouter-fetch/platform";
 * const page = await listPresets(createClient(), { limit: 20 });
 * console.log(page.total_count, page.data.map((p) => p.slug));
 * ```
 */
export async function listPresets(client: Client, query: ListPresetsQuery = {}, options?: RequestOptions): Promise<ListPage<Preset>> {
  return fetchList<Preset>(client, "GET /presets", { method: "GET", path: "presets", query: { ...pagingQuery(query) }, auth: "required" }, options);
}
