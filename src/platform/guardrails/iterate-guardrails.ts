import type { Client } from "../../core/client.js";
import { type IterateOptions, iterateQueryPages } from "../platform-call.js";
import { listGuardrails } from "./list-guardrails.js";
import type { Guardrail, ListGuardrailsQuery } from "./types.js";

/**
 * Every guardrail, page after page ({@link listGuardrails} for one page).
 * Pages are fetched as the loop asks for them (`pageSize` records each, 100 by default, the endpoint's maximum);
 * the walk stops at a short page, at the reported total, at `limit` records, or when `signal` aborts.
 *
 * @throws {@link ValidationError} when `pageSize` or `limit` is not a whole number in range.
 * @throws {@link AbortError} when `signal` aborts between or during pages.
 * @throws {@link APIError} and every error of {@link listGuardrails}, from the page that failed.
 * @example
 * ```ts
 * import { createClient, iterateGuardrails } from "openrouter-fetch/platform";
 * for await (const g of iterateGuardrails(createClient())) console.log(g.id, g.name);
 * ```
 */
export function iterateGuardrails(client: Client, query?: Omit<ListGuardrailsQuery, "offset" | "limit">, options?: IterateOptions): AsyncGenerator<Guardrail, void, undefined> {
  return iterateQueryPages((page: ListGuardrailsQuery, request) => listGuardrails(client, page, request), query, options);
}
