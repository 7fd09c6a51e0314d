import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { checkOneOf, pathSegment } from "../check-fields.js";
import { fetchAnswer } from "../platform-call.js";
import { BUDGET_INTERVALS } from "./budget-intervals.js";
import type { WorkspaceBudgetAnswer, WorkspaceBudgetInterval } from "./types.js";

/**
 * Gets a workspace's budget for one interval (`GET /workspaces/{id}/budgets/{interval}`): the budget in `data`, the
 * workspace-wide `include_byok_in_budgets` beside it.
 *
 * @throws {@link ValidationError} when `workspaceId` is empty or `interval` is not daily, weekly, monthly or lifetime (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link NotFoundError} when no such record exists.
 * @throws {@link ResponseValidationError} when the answer is not a JSON object.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, getWorkspaceBudget } from "openrouter-fetch/platform";
 * const { data } = await getWorkspaceBudget(createClient(), "production", "monthly");
 * console.log(data.limit_usd);
 * ```
 */
export async function getWorkspaceBudget(client: Client, workspaceId: string, interval: WorkspaceBudgetInterval, options?: RequestOptions): Promise<WorkspaceBudgetAnswer> {
  checkOneOf("interval", interval, BUDGET_INTERVALS);
  return fetchAnswer<WorkspaceBudgetAnswer>(client, "GET /workspaces/{id}/budgets/{interval}", { method: "GET", path: `workspaces/${pathSegment("workspaceId", workspaceId)}/budgets/${interval}` }, options);
}
