import { type Client, callOptions } from "../core/client.js";
import type { RequestOptions } from "../core/options.js";
import { requestJSON } from "../core/request.js";
import { type PlatformSpec, managementRequest } from "./management-request.js";

/**
 * Which key a platform endpoint takes, read from each operation's `security` and description: `management` for
 * keys, guardrails and feedback; `required` (the inference key) for presets and the user's model list, which act
 * for the key's own account; `optional` for the public catalogs (providers, ZDR endpoints).
 * @internal
 */
export type PlatformAuth = "management" | "required" | "optional";

/**
 * Sends a platform request with the key its endpoint takes and returns the parsed JSON body. Management calls go
 * through {@link managementRequest}; the others follow the same retry rule (a POST or PATCH only on 408/429).
 * @internal
 */
export async function platformRequest<T>(client: Client, auth: PlatformAuth, spec: PlatformSpec, options: RequestOptions | undefined): Promise<T> {
  if (auth === "management") return managementRequest<T>(client, spec, options);
  const idempotent = spec.method === "GET" || spec.method === "PUT" || spec.method === "DELETE";
  const { data } = await requestJSON<T>(callOptions(client, options), { ...spec, auth, idempotent });
  return data;
}
