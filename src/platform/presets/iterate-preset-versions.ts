import type { Client } from "../../core/client.js";
import { type IterateOptions, type ListQuery, iterateQueryPages } from "../platform-call.js";
import { listPresetVersions } from "./list-preset-versions.js";
import type { PresetVersion } from "./types.js";

/**
 * Every version of a preset, oldest first, page after page ({@link listPresetVersions} for one page). The walk
 * stops at a short page, at the reported total, at `limit` records, or when `signal` aborts.
 *
 * @throws {@link ValidationError} when `slug` is empty (from the first page), or `pageSize` or `limit` is not a whole number in range.
 * @throws {@link AbortError} when `signal` aborts between or during pages.
 * @throws {@link APIError} and every error of {@link listPresetVersions}, from the page that failed.
 * @example
 * ```ts
 * import { createClient, iteratePresetVersions } from "openrouter-fetch/platform";
 * for await (const v of iteratePresetVersions(createClient(), "my-preset")) console.log(v.version, v.system_prompt);
 * ```
 */
export function iteratePresetVersions(client: Client, slug: string, options?: IterateOptions): AsyncGenerator<PresetVersion, void, undefined> {
  return iterateQueryPages((page: ListQuery, request) => listPresetVersions(client, slug, page, request), undefined, options);
}
