import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pathSegment } from "../check-fields.js";
import { fetchResource } from "../platform-call.js";
import type { PresetWithVersion } from "./types.js";

/**
 * Gets a preset by its slug, with its designated version inline (`GET /presets/{slug}`). Takes the inference API
 * key, not a management key.
 *
 * @throws {@link ValidationError} when `slug` is empty (before sending).
 * @throws {@link AuthenticationError} when the inference API key is missing or wrong.
 * @throws {@link NotFoundError} when no preset has this slug.
 * @throws {@link ResponseValidationError} when `data` is missing or not an object.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, getPreset } from "openrouter-fetch/platform";
 * const preset = await getPreset(createClient(), "my-preset");
 * console.log(preset.designated_version?.config);
 * ```
 */
export async function getPreset(client: Client, slug: string, options?: RequestOptions): Promise<PresetWithVersion> {
  return fetchResource<PresetWithVersion>(client, "GET /presets/{slug}", { method: "GET", path: `presets/${pathSegment("slug", slug)}`, auth: "required" }, options);
}
