import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pathSegment } from "../check-fields.js";
import { pagingQuery } from "../list-pages.js";
import { fetchList, type ListPage } from "../platform-call.js";
import type { ListPresetsQuery, PresetVersion } from "./types.js";

/**
 * Lists the versions of a preset, oldest first (`GET /presets/{slug}/versions`), one page as the wire answers it.
 * {@link iteratePresetVersions} walks every page. Takes the inference API key, not a management key.
 *
 * @throws {@link ValidationError} when `slug` is empty, or `offset` or `limit` is not a whole number in range (before sending).
 * @throws {@link AuthenticationError} when the inference API key is missing or wrong.
 * @throws {@link NotFoundError} when no preset has this slug.
 * @throws {@link ResponseValidationError} when `data` is missing or not an array of objects.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, listPresetVersions } from "openrouter-fetch/platform";
 * const page = await listPresetVersions(createClient(), "my-preset");
 * console.log(page.data.map((v) => [v.version, v.config["model"]]));
 * ```
 */
export async function listPresetVersions(client: Client, slug: string, query: ListPresetsQuery = {}, options?: RequestOptions): Promise<ListPage<PresetVersion>> {
  const path = `presets/${pathSegment("slug", slug)}/versions`;
  return fetchList<PresetVersion>(client, "GET /presets/{slug}/versions", { method: "GET", path, query: { ...pagingQuery(query) }, auth: "required" }, options);
}
