import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { checkName } from "../check-fields.js";
import { checkRate, checkObject, checkParams } from "../check-values.js";
import { fetchResource } from "../platform-call.js";
import type { CreateObservabilityDestinationParams, ObservabilityDestination } from "./types.js";

/**
 * Creates an observability destination (`POST /observability/destinations`): where generations are broadcast
 * (Langfuse, Datadog, a webhook, …), at most 5 per type. Its `config` carries the destination's secrets: the SDK
 * never logs bodies. Not retried on a 5xx (408 and 429 only), which may have created it.
 *
 * @throws {@link ValidationError} when `name` or `type` is blank, `config` is not an object or `sampling_rate` is outside 0–1 (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link APIError} with status 409 when the type already has 5 destinations or the name is taken.
 * @throws {@link ResponseValidationError} when `data` is missing or not an object.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, createObservabilityDestination } from "openrouter-fetch/platform";
 * const d = await createObservabilityDestination(createClient(), {
 *   name: "Production Langfuse",
 *   type: "langfuse",
 *   config: { baseUrl: "https://us.cloud.langfuse.com", publicKey: "pk-l...", secretKey: "sk-l..." },
 * });
 * console.log(d.id);
 * ```
 */
export async function createObservabilityDestination(client: Client, params: CreateObservabilityDestinationParams, options?: RequestOptions): Promise<ObservabilityDestination> {
  checkParams(params);
  checkName("name", params.name);
  checkName("type", params.type);
  checkObject("config", params.config);
  checkRate("sampling_rate", params.sampling_rate);
  return fetchResource<ObservabilityDestination>(client, "POST /observability/destinations", { method: "POST", path: "observability/destinations", body: params }, options);
}
