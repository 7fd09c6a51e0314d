import { type Client, callOptions } from "../core/client.js";
import { CallControl } from "../core/call-control.js";
import { checkCount } from "../core/check-count.js";
import type { RequestOptions } from "../core/options.js";
import { requestJSON } from "../core/request.js";
import { NotFoundError } from "../errors/api-error.js";
import { ValidationError } from "../errors/validation-error.js";
import { isNonEmptyString } from "../util/checks.js";
import { readData } from "./read-data.js";
import type { Generation } from "./types.js";

/** Per-call options of {@link getGeneration}: any client option, and how to wait for a record not yet written. */
export interface GetGenerationOptions extends RequestOptions {
  /**
   * Extra tries after a 404. The record of a request that just ended can be missing for a moment, so a 404 is
   * tried again a few times before it is thrown. @default 3
   */
  notFoundRetries?: number | undefined;
  /** Milliseconds between those tries. @default 500 */
  notFoundRetryDelay?: number | undefined;
}

/** Default {@link GetGenerationOptions.notFoundRetries}. */
export const DEFAULT_NOT_FOUND_RETRIES = 3;
/** Default {@link GetGenerationOptions.notFoundRetryDelay}. */
export const DEFAULT_NOT_FOUND_RETRY_DELAY = 500;

/**
 * The record of one request (`GET /generation?id=`): tokens (normalised and native), `total_cost` in USD,
 * latency, the provider that served, and each provider attempt. Take the id from a chat result's
 * `generationId`. A 404 right after the request ended is tried again briefly (see `notFoundRetries`).
 *
 * @throws {@link ValidationError} before sending, for an empty id or bad retry options, or when the client has no key.
 * @throws {@link NotFoundError} when the record is still missing after the retries.
 * @throws {@link ResponseValidationError} when the record has no string `id`.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} when the request could not
 * complete; {AbortError} when aborted, including while waiting between tries.
 * @example
 * ```ts
 * import { chat, createClient } from "openrouter-fetch";
 * import { getGeneration } from "openrouter-fetch/account";
 * const client = createClient();
 * const result = await chat(client, { model: "openai/gpt-4.1-nano", prompt: "Hi" });
 * const record = await getGeneration(client, result.generationId ?? result.id);
 * console.log(record.provider_name, record.total_cost, record.latency);
 * ```
 */
export async function getGeneration(client: Client, id: string, options?: GetGenerationOptions): Promise<Generation> {
  const { notFoundRetries, notFoundRetryDelay, ...requestOptions } = options ?? {};
  const resolved = callOptions(client, options === undefined ? undefined : requestOptions);
  if (!isNonEmptyString(id)) {
    throw new ValidationError('getGeneration() needs a generation id such as "gen-1744651369-abc" (a chat result\'s generationId).', { field: "id" });
  }
  const retries = checkCount(notFoundRetries, DEFAULT_NOT_FOUND_RETRIES, "notFoundRetries");
  const delay = checkCount(notFoundRetryDelay, DEFAULT_NOT_FOUND_RETRY_DELAY, "notFoundRetryDelay");
  for (let attempt = 0; ; attempt++) {
    try {
      const { data } = await requestJSON<unknown>(resolved, { method: "GET", path: "generation", query: { id }, auth: "required" });
      return readData<Generation>(data, "GET /generation", { id: "string" });
    } catch (error) {
      if (!(error instanceof NotFoundError) || attempt >= retries) throw error;
    }
    const control = new CallControl(resolved.signal);
    try {
      await control.sleep(delay);
    } finally {
      control.dispose();
    }
  }
}
