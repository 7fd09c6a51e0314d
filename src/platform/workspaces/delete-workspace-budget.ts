import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { checkOneOf, pathSegment } from "../check-fields.js";
import { fetchAnswer, type Deleted } from "../platform-call.js";
import { BUDGET_INTERVALS } from "./budget-intervals.js";
import type { WorkspaceBudgetInterval } from "./types.js";

/**
 * Removes a workspace's budget for one interval (`DELETE /workspaces/{id}/budgets/{interval}`).
 *
 * @throws {@link ValidationError} when `workspaceId` is empty or `interval` is unknown (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link NotFoundError} when no such record exists.
 * @throws {@link ResponseValidationError} when the answer is not a JSON object.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, deleteWorkspaceBudget } from "openrouter-fetch/platform";
 * const { deleted } = await deleteWorkspaceBudget(createClient(), "production", "daily");
 * console.log(deleted);
 * ```
 */
export async function deleteWorkspaceBudget(client: Client, workspaceId: string, interval: WorkspaceBudgetInterval, options?: RequestOptions): Promise<Deleted> {
  checkOneOf("interval", interval, BUDGET_INTERVALS);
  return fetchAnswer<Deleted>(client, "DELETE /workspaces/{id}/budgets/{interval}", { method: "DELETE", path: `workspaces/${pathSegment("workspaceId", workspaceId)}/budgets/${interval}` }, options);
}
