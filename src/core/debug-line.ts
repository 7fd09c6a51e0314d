import { redact } from "../errors/create-api-error.js";

/** One attempt, as the `debug` option reports it. @internal */
export interface AttemptReport {
  method: string;
  url: string;
  headers: Headers;
  apiKey: string | undefined;
  /** 0 for the first attempt. */
  attempt: number;
  maxRetries: number;
  ms: number;
  /** The status (`"429"`, `"200 with an error body (429)"`) or the failure (`"ConnectionError: …"`). */
  outcome: string;
  /** The wait before the next attempt, or why there is none; left out for a success. */
  decision?: number | string | undefined;
}

/**
 * The line the `debug` option logs for one attempt. The API key never appears: `Authorization` is shown as
 * `Bearer sk-or-…[redacted]`, other credential headers as `[redacted]`, and the key is cut from whatever else the
 * line holds (a URL, a custom header, a server's message).
 * @internal
 */
export function attemptLine({ method, url, headers, apiKey, attempt, maxRetries, ms, outcome, decision }: AttemptReport): string {
  let shown = "";
  headers.forEach((value, name) => {
    // The SDK sets Authorization itself, always to `Bearer <apiKey>`.
    if (name === "authorization") value = `Bearer ${apiKey?.startsWith("sk-or-") ? "sk-or-" : ""}…[redacted]`;
    else if (/^(proxy-authorization|cookie|x-api-key)$/.test(name)) value = "[redacted]";
    shown += `${shown ? ", " : ""}${name}: ${JSON.stringify(value)}`;
  });
  const next = decision === undefined ? "" : typeof decision === "number" ? `; retrying in ${decision} ms` : `; ${decision}`;
  return redact(`openrouter-fetch: ${method} ${url} attempt ${attempt + 1}/${maxRetries + 1} → ${outcome} in ${Math.round(ms)} ms${next}; headers {${shown}}`, apiKey);
}
