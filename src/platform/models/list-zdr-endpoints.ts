import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { platformRequest } from "../platform-request.js";
import { readList } from "../read-body.js";
import type { ZdrEndpoint } from "./types.js";

/**
 * The endpoints (a model at one provider) with zero data retention (`GET /endpoints/zdr`, public), with their
 * prices, limits and recent uptime: what `provider: { zdr: true }` may route to.
 *
 * @throws {@link ResponseValidationError} when `data` is not an array of objects.
 * @throws {@link APIError} for error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request could
 * not complete.
 * @example
 * ```ts
 * import { createClient, listZdrEndpoints } from "openrouter-fetch/platform";
 * const endpoints = await listZdrEndpoints(createClient());
 * console.log(endpoints.map((e) => `${e.model_id} via ${e.provider_name}`));
 * ```
 */
export async function listZdrEndpoints(client: Client, options?: RequestOptions): Promise<ZdrEndpoint[]> {
  const body = await platformRequest<unknown>(client, "optional", { method: "GET", path: "endpoints/zdr" }, options);
  return readList<{ data: ZdrEndpoint[] }>(body, "GET /endpoints/zdr").data;
}
