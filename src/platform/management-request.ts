import { type Client, callOptions } from "../core/client.js";
import type { RequestOptions } from "../core/options.js";
import { type RequestSpec, requestJSON } from "../core/request.js";

/** What a 401 or 403 from a management endpoint means, and what to do. @internal */
export const MANAGEMENT_AUTH_HINT =
  "this endpoint needs a management key (create one at https://openrouter.ai/settings/management-keys): pass managementKey to createClient() or set OPENROUTER_MANAGEMENT_KEY; an inference apiKey is not accepted here";

/** A platform request: method, path, query and JSON body. @internal */
export type PlatformSpec = Pick<RequestSpec, "method" | "path" | "query" | "body"> & {
  /** Overrides the method's default: a POST that only reads (an analytics query) is as safe to repeat as a GET. */
  idempotent?: boolean | undefined;
};

/**
 * Sends a management-key request and returns its parsed JSON body. The management key is sent, never the inference
 * key; a 401/403 says which option carries the management key; GET, PUT and DELETE are retried like every call,
 * while a POST or PATCH (which may have taken effect before a 5xx or a dropped connection) is retried only on
 * 408 and 429, unless the spec says it only reads (`idempotent: true`).
 * @internal
 */
export async function managementRequest<T>(client: Client, spec: PlatformSpec, options?: RequestOptions): Promise<T> {
  const resolved = callOptions(client, options);
  const idempotent = spec.idempotent ?? (spec.method === "GET" || spec.method === "PUT" || spec.method === "DELETE");
  const { data } = await requestJSON<T>(resolved, { ...spec, auth: "management", authHint: MANAGEMENT_AUTH_HINT, idempotent });
  return data;
}
