import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { pagingQuery } from "../list-pages.js";
import { fetchList, type ListPage } from "../platform-call.js";
import type { Guardrail, ListGuardrailsQuery } from "./types.js";

/**
 * Lists the guardrails (`GET /guardrails`, management key), one page as the wire answers it (`data`,
 * `total_count`): those of the default workspace unless `workspace_id` names another. {@link iterateGuardrails}
 * walks every page.
 *
 * @throws {@link ValidationError} when `offset` or `limit` is not a whole number in range, or no management key is set (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link ResponseValidationError} when `data` is missing or not an array of objects.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, listGuardrails } from "openrouter-fetch/platform";
 * const page = await listGuardrails(createClient(), { limit: 20 });
 * for (const g of page.data) console.log(g.name, g.limit_usd ?? "no limit", g.reset_interval);
 * ```
 */
export async function listGuardrails(client: Client, query: ListGuardrailsQuery = {}, options?: RequestOptions): Promise<ListPage<Guardrail>> {
  return fetchList<Guardrail>(client, "GET /guardrails", { method: "GET", path: "guardrails", query: { ...pagingQuery(query) } }, options);
}
