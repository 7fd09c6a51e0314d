import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { platformRequest } from "../platform-request.js";
import { readList } from "../read-body.js";
import type { Provider } from "./types.js";

/**
 * Every provider OpenRouter routes to (`GET /providers`, public: no key needed, the client's key sent if it has
 * one), with its `slug` for routing preferences, its policies and datacenter countries.
 *
 * @throws {@link ResponseValidationError} when `data` is not an array of objects.
 * @throws {@link APIError} for error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request could
 * not complete.
 * @example
 * ```ts
 * import { createClient, listProviders } from "openrouter-fetch/platform";
 * const providers = await listProviders(createClient());
 * console.log(providers.filter((p) => p.datacenters?.includes("IE")).map((p) => p.slug));
 * ```
 */
export async function listProviders(client: Client, options?: RequestOptions): Promise<Provider[]> {
  const body = await platformRequest<unknown>(client, "optional", { method: "GET", path: "providers" }, options);
  return readList<{ data: Provider[] }>(body, "GET /providers").data;
}
