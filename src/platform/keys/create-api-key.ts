import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { brokenField } from "../../errors/response-validation-error.js";
import { platformRequest } from "../platform-request.js";
import { readItem } from "../read-body.js";
import { checkApiKeyBody } from "./check-api-key.js";
import type { CreateApiKeyParams, CreatedApiKey } from "./types.js";

/**
 * Creates an API key (`POST /keys`, management key), for a customer or a job, with an optional credit limit that
 * resets daily, weekly or monthly and an optional expiry. The answer's `key` is the new secret: **it is returned
 * only this once** and cannot be read again, so store it now (the SDK never logs it: debug lines carry no bodies).
 * Not retried after a 5xx or a dropped connection, which may have created the key already.
 *
 * @throws {@link ValidationError} before sending, for an empty `name`, a negative `limit`, an unknown `limit_reset`, an
 * `expires_at` that is not UTC, or when no management key is set.
 * @throws {@link AuthenticationError} (401) / {ModerationError} (403) when the key is not a management key.
 * @throws {@link ResponseValidationError} when the answer has no `data.hash` or no string `key`.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createApiKey, createClient } from "openrouter-fetch/platform";
 * const created = await createApiKey(createClient(), { name: "customer-42", limit: 10, limit_reset: "monthly" });
 * console.log(created.data.hash); // store created.key now: it is shown only once
 * ```
 */
export async function createApiKey(client: Client, params: CreateApiKeyParams, options?: RequestOptions): Promise<CreatedApiKey> {
  const body = await platformRequest<unknown>(client, "management", { method: "POST", path: "keys", body: checkApiKeyBody(params, true) }, options);
  readItem(body, "POST /keys", ["hash"]);
  // Not echoed into the error: the body holds the secret.
  if (typeof (body as Record<string, unknown>)["key"] !== "string") throw brokenField("POST /keys", ["key"], "is not a string", undefined);
  return body as CreatedApiKey;
}
