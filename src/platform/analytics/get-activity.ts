import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { fetchList } from "../platform-call.js";
import type { Activity, ActivityItem, GetActivityQuery } from "./types.js";

/**
 * Usage per day and endpoint over the last 30 completed UTC days (`GET /activity`): requests, tokens and USD per
 * model and provider. `workspace_id` scopes it to one workspace; `group_by: "workspace"` splits rows per workspace.
 *
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link NotFoundError} when no such record exists.
 * @throws {@link ResponseValidationError} when `data` is missing or not an array.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, getActivity } from "openrouter-fetch/platform";
 * const { data } = await getActivity(createClient(), { date: "2025-08-24" });
 * for (const row of data) console.log(row.model, row.requests, row.usage);
 * ```
 */
export async function getActivity(client: Client, query: GetActivityQuery = {}, options?: RequestOptions): Promise<Activity> {
  return fetchList<ActivityItem, Activity>(client, "GET /activity", { method: "GET", path: "activity", query: { ...query } }, options);
}
