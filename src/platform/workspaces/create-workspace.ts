import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { checkName } from "../check-fields.js";
import { checkRate, checkParams } from "../check-values.js";
import { fetchResource } from "../platform-call.js";
import type { CreateWorkspaceParams, Workspace } from "./types.js";

/**
 * Creates a workspace (`POST /workspaces`). Not retried on a 5xx or a dropped connection, which may have created
 * it; retried on 408 and 429.
 *
 * @throws {@link ValidationError} when `name` or `slug` is blank, or `io_logging_sampling_rate` is outside 0–1 (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link ResponseValidationError} when `data` is missing or not an object.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, createWorkspace } from "openrouter-fetch/platform";
 * const w = await createWorkspace(createClient(), { name: "Production", slug: "production", default_text_model: "openai/gpt-4o" });
 * console.log(w.id);
 * ```
 */
export async function createWorkspace(client: Client, params: CreateWorkspaceParams, options?: RequestOptions): Promise<Workspace> {
  checkParams(params);
  checkName("name", params.name);
  checkName("slug", params.slug);
  checkRate("io_logging_sampling_rate", params.io_logging_sampling_rate);
  return fetchResource<Workspace>(client, "POST /workspaces", { method: "POST", path: "workspaces", body: params }, options);
}
