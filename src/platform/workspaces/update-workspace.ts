import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pathSegment } from "../check-fields.js";
import { checkRate, checkOptionalName, checkParams } from "../check-values.js";
import { fetchResource } from "../platform-call.js";
import type { UpdateWorkspaceParams, Workspace } from "./types.js";

/**
 * Updates a workspace by id or slug (`PATCH /workspaces/{id}`): only the fields given change. Not retried on a 5xx
 * (408 and 429 only).
 *
 * @throws {@link ValidationError} when `id`, a given `name` or `slug` is blank, or `io_logging_sampling_rate` is outside 0–1 (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link NotFoundError} when no such record exists.
 * @throws {@link ResponseValidationError} when `data` is missing or not an object.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, updateWorkspace } from "openrouter-fetch/platform";
 * const w = await updateWorkspace(createClient(), "production", { description: "Live traffic" });
 * console.log(w.updated_at);
 * ```
 */
export async function updateWorkspace(client: Client, id: string, params: UpdateWorkspaceParams, options?: RequestOptions): Promise<Workspace> {
  checkParams(params);
  checkOptionalName("name", params.name);
  checkOptionalName("slug", params.slug);
  checkRate("io_logging_sampling_rate", params.io_logging_sampling_rate);
  return fetchResource<Workspace>(client, "PATCH /workspaces/{id}", { method: "PATCH", path: `workspaces/${pathSegment("id", id)}`, body: params }, options);
}
