import { type Client, callOptions } from "../core/client.js";
import type { RequestOptions } from "../core/options.js";
import { requestJSON } from "../core/request.js";
import { readData } from "./read-data.js";
import type { Credits } from "./types.js";

/**
 * The account's credits (`GET /credits`): `total_credits` bought and `total_usage` spent, in USD; the balance is
 * the difference. OpenRouter's current spec asks for a management key here; an inference key may be refused
 * with 401/403.
 *
 * @throws {@link ValidationError} when the client has no API key.
 * @throws {@link AuthenticationError} / {ModerationError} (403) when the key may not read credits.
 * @throws {@link ResponseValidationError} when `data.total_credits` or `data.total_usage` is not a number.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, getCredits } from "openrouter-fetch/account";
 * const { total_credits, total_usage } = await getCredits(createClient({ apiKey: process.env.OPENROUTER_MANAGEMENT_KEY }));
 * console.log(`balance: $${(total_credits - total_usage).toFixed(2)}`);
 * ```
 */
export async function getCredits(client: Client, options?: RequestOptions): Promise<Credits> {
  const resolved = callOptions(client, options);
  const { data } = await requestJSON<unknown>(resolved, { method: "GET", path: "credits", auth: "required" });
  return readData<Credits>(data, "GET /credits", { total_credits: "number", total_usage: "number" });
}
