import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pathSegment } from "../check-fields.js";
import { fetchResource } from "../platform-call.js";
import type { Workspace } from "./types.js";

/**
 * Gets one workspace by id or slug (`GET /workspaces/{id}`).
 *
 * @throws {@link ValidationError} when `id` is empty (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link NotFoundError} when no such record exists.
 * @throws {@link ResponseValidationError} when `data` is missing or not an object.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, getWorkspace } from "openrouter-fetch/platform";
 * const w = await getWorkspace(createClient(), "production");
 * console.log(w.default_text_model);
 * ```
 */
export async function getWorkspace(client: Client, id: string, options?: RequestOptions): Promise<Workspace> {
  return fetchResource<Workspace>(client, "GET /workspaces/{id}", { method: "GET", path: `workspaces/${pathSegment("id", id)}` }, options);
}
