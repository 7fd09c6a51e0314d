import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pathSegment } from "../check-fields.js";
import { fetchAnswer, type Deleted } from "../platform-call.js";

/**
 * Deletes a workspace (`DELETE /workspaces/{id}`), with its budgets and guardrails. A workspace with active API keys
 * cannot be deleted (a 400): remove the keys first.
 *
 * @throws {@link ValidationError} when `id` is empty (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link NotFoundError} when no such record exists.
 * @throws {@link BadRequestError} when the workspace still has active API keys.
 * @throws {@link ResponseValidationError} when the answer is not a JSON object.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, deleteWorkspace } from "openrouter-fetch/platform";
 * const { deleted } = await deleteWorkspace(createClient(), "staging");
 * console.log(deleted);
 * ```
 */
export async function deleteWorkspace(client: Client, id: string, options?: RequestOptions): Promise<Deleted> {
  return fetchAnswer<Deleted>(client, "DELETE /workspaces/{id}", { method: "DELETE", path: `workspaces/${pathSegment("id", id)}` }, options);
}
