import { type Client, callOptions } from "../core/client.js";
import type { RequestOptions } from "../core/options.js";
import { requestJSON } from "../core/request.js";
import { breaks, checkEndpoint, dataOf } from "./check-model.js";
import { modelPath } from "./model-query.js";
import type { ModelEndpoint } from "./types.js";

/**
 * Lists the provider endpoints serving a model (`GET /models/{author}/{slug}/endpoints`): each provider's
 * pricing, context length, quantization, supported parameters, status, uptime, latency and throughput. The `tag`
 * of an endpoint is what `provider.order` and `provider.only` take. Needs no API key.
 *
 * @throws {@link ValidationError} before sending, when the id is not `author/slug`.
 * @throws {@link NotFoundError} when OpenRouter knows no such model.
 * @throws {@link ResponseValidationError} when the response breaks a field the SDK relies on (named in the message).
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, listModelEndpoints } from "openrouter-fetch/models";
 * const endpoints = await listModelEndpoints(createClient(), "meta-llama/llama-3.1-8b-instruct");
 * for (const e of endpoints) console.log(e.tag, e.quantization, e.uptime_last_30m, e.pricing.completion);
 * ```
 */
export async function listModelEndpoints(client: Client, id: string, options?: RequestOptions): Promise<ModelEndpoint[]> {
  const resolved = callOptions(client, options);
  const path = `models/${modelPath(id, "listModelEndpoints")}/endpoints`;
  const what = `GET /${path}`;
  const { data: body } = await requestJSON<unknown>(resolved, { method: "GET", path, auth: "optional" });
  const data = dataOf(body, what, "object");
  const endpoints = data["endpoints"];
  if (!Array.isArray(endpoints)) breaks(what, ["data", "endpoints"], "is not an array", data);
  for (let i = 0; i < endpoints.length; i++) checkEndpoint(endpoints[i], what, ["data", "endpoints", i]);
  return endpoints as ModelEndpoint[];
}
