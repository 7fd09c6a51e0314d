import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { checkAmount, checkOneOf, pathSegment } from "../check-fields.js";
import { checkParams } from "../check-values.js";
import { fetchAnswer } from "../platform-call.js";
import { BUDGET_INTERVALS } from "./budget-intervals.js";
import type { SetWorkspaceBudgetParams, WorkspaceBudgetAnswer, WorkspaceBudgetInterval } from "./types.js";

/**
 * Creates or replaces a workspace's budget for one interval (`PUT /workspaces/{id}/budgets/{interval}`). Limits must
 * shrink as the interval narrows (lifetime > monthly > weekly > daily); `include_byok_in_budgets` applies to every
 * interval. A PUT sets a state, so it is retried like a GET.
 *
 * @throws {@link ValidationError} when `workspaceId` is empty, `interval` is unknown, or `limit_usd` is missing or negative (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link NotFoundError} when no such record exists.
 * @throws {@link ResponseValidationError} when the answer is not a JSON object.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, setWorkspaceBudget } from "openrouter-fetch/platform";
 * const { data } = await setWorkspaceBudget(createClient(), "production", "monthly", { limit_usd: 100 });
 * console.log(data.id);
 * ```
 */
export async function setWorkspaceBudget(client: Client, workspaceId: string, interval: WorkspaceBudgetInterval, params: SetWorkspaceBudgetParams, options?: RequestOptions): Promise<WorkspaceBudgetAnswer> {
  checkOneOf("interval", interval, BUDGET_INTERVALS);
  checkParams(params);
  checkAmount("limit_usd", params.limit_usd ?? Number.NaN);
  return fetchAnswer<WorkspaceBudgetAnswer>(client, "PUT /workspaces/{id}/budgets/{interval}", { method: "PUT", path: `workspaces/${pathSegment("workspaceId", workspaceId)}/budgets/${interval}`, body: params }, options);
}
