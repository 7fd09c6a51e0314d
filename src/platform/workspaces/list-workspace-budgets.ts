import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pathSegment } from "../check-fields.js";
import { fetchList } from "../platform-call.js";
import type { WorkspaceBudget, WorkspaceBudgets } from "./types.js";

/**
 * Lists a workspace's budgets, one per interval (`GET /workspaces/{id}/budgets`), with the workspace-wide
 * `include_byok_in_budgets`.
 *
 * @throws {@link ValidationError} when `workspaceId` is empty (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link NotFoundError} when no such record exists.
 * @throws {@link ResponseValidationError} when `data` is missing or not an array.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, listWorkspaceBudgets } from "openrouter-fetch/platform";
 * const { data } = await listWorkspaceBudgets(createClient(), "production");
 * for (const b of data) console.log(b.reset_interval ?? "lifetime", b.limit_usd);
 * ```
 */
export async function listWorkspaceBudgets(client: Client, workspaceId: string, options?: RequestOptions): Promise<WorkspaceBudgets> {
  return fetchList<WorkspaceBudget, WorkspaceBudgets>(client, "GET /workspaces/{id}/budgets", { method: "GET", path: `workspaces/${pathSegment("workspaceId", workspaceId)}/budgets` }, options);
}
