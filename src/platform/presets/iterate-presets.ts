import type { Client } from "../../core/client.js";
import { type IterateOptions, type ListQuery, iterateQueryPages } from "../platform-call.js";
import { listPresets } from "./list-presets.js";
import type { Preset } from "./types.js";

/**
 * Every preset, page after page ({@link listPresets} for one page). Pages are fetched as the loop asks for them
 * (`pageSize` records each, 100 by default, the wire's maximum); the walk stops at a short page, at the reported
 * total, at `limit` records, or when `signal` aborts.
 *
 * @throws {@link ValidationError} when `pageSize` or `limit` is not a whole number in range.
 * @throws {@link AbortError} when `signal` aborts between or during pages.
 * @throws {@link APIError} and every error of {@link listPresets}, from the page that failed.
 * @example
 * ```ts
 * import { createClient, iteratePresets } from "openrouter-fetch/platform";
 * for await (const preset of iteratePresets(createClient())) console.log(preset.slug, preset.status);
 * ```
 */
export function iteratePresets(client: Client, options?: IterateOptions): AsyncGenerator<Preset, void, undefined> {
  return iterateQueryPages((page: ListQuery, request) => listPresets(client, page, request), undefined, options);
}
