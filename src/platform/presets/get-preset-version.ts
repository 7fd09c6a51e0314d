import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { ValidationError } from "../../errors/validation-error.js";
import { isWholeNumber } from "../../util/checks.js";
import { pathSegment } from "../check-fields.js";
import { fetchResource } from "../platform-call.js";
import type { PresetVersion } from "./types.js";

/**
 * Gets one version of a preset by its number (`GET /presets/{slug}/versions/{version}`). Takes the inference API
 * key, not a management key.
 *
 * @throws {@link ValidationError} when `slug` is empty or `version` is not a whole number >= 1 (before sending).
 * @throws {@link AuthenticationError} when the inference API key is missing or wrong.
 * @throws {@link NotFoundError} when the preset or the version does not exist.
 * @throws {@link ResponseValidationError} when `data` is missing or not an object.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, getPresetVersion } from "openrouter-fetch/platform";
 * const v1 = await getPresetVersion(createClient(), "my-preset", 1);
 * console.log(v1.config, v1.system_prompt);
 * ```
 */
export async function getPresetVersion(client: Client, slug: string, version: number | string, options?: RequestOptions): Promise<PresetVersion> {
  const path = `presets/${pathSegment("slug", slug)}/versions/${versionSegment(version)}`;
  return fetchResource<PresetVersion>(client, "GET /presets/{slug}/versions/{version}", { method: "GET", path, auth: "required" }, options);
}

// The wire takes the number as a path string ("1"); "1" and 1 are accepted alike, "latest" or 0 are refused here.
function versionSegment(version: unknown): string {
  const n = typeof version === "string" && /^\d+$/.test(version) ? Number(version) : version;
  if (!isWholeNumber(n, 1)) throw new ValidationError(`version must be a whole number >= 1, got ${JSON.stringify(version) ?? String(version)}.`, { field: "version" });
  return String(n);
}
