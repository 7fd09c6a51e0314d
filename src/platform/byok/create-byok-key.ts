import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { checkName } from "../check-fields.js";
import { checkParams } from "../check-values.js";
import { fetchResource } from "../platform-call.js";
import type { ByokKey, CreateByokKeyParams } from "./types.js";

/**
 * Stores a provider API key as a BYOK credential (`POST /byok`). The raw `key` is write-only: it is encrypted at
 * rest, never returned by any call (the answer carries a masked `label`), and never logged by the SDK (debug lines
 * hold no bodies). Without `workspace_id` it lands in the default workspace. Not retried on a 5xx or a dropped
 * connection, which may have created it; retried on 408 and 429.
 *
 * @throws {@link ValidationError} when `provider` or `key` is missing or blank (before sending).
 * @throws {@link AuthenticationError} when the management key is missing, wrong or not allowed here (the message names `managementKey` / `OPENROUTER_MANAGEMENT_KEY`).
 * @throws {@link ResponseValidationError} when `data` is missing or not an object.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, createByokKey } from "openrouter-fetch/platform";
 * const key = await createByokKey(createClient(), { provider: "openai", key: process.env.OPENAI_API_KEY ?? "", name: "Production" });
 * console.log(key.id, key.label);
 * ```
 */
export async function createByokKey(client: Client, params: CreateByokKeyParams, options?: RequestOptions): Promise<ByokKey> {
  checkParams(params);
  checkName("provider", params.provider);
  checkName("key", params.key);
  return fetchResource<ByokKey>(client, "POST /byok", { method: "POST", path: "byok", body: params }, options);
}
