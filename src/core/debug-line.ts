import { redact } from "../errors/create-api-error.js";

/**
 * One line of the `debug` log for one attempt: method, URL, attempt number, outcome, time, what happens next,
 * and the request headers with credentials redacted; the API key appears nowhere in it (the line passes through
 * `redact` as well, for a key a caller put in a header of their own). The body is never shown: it holds prompts.
 * @internal
 */
export function attemptLine(
  options: { apiKey: string | undefined; maxRetries: number },
  method: string,
  url: string,
  headers: Headers,
  attempt: number,
  ms: number,
  outcome: string,
  decision?: number | string,
): string {
  const { apiKey } = options;
  const shown: string[] = [];
  headers.forEach((value, name) => {
    // The SDK sets Authorization itself, always to `Bearer <apiKey>`: show which kind of key, never the key.
    const safe =
      name === "authorization"
        ? `Bearer ${apiKey?.startsWith("sk-or-") ? "sk-or-" : ""}…[redacted]`
        : /^(proxy-authorization|cookie|x-api-key)$/.test(name)
          ? "[redacted]"
          : value;
    shown.push(`${name}: ${JSON.stringify(safe)}`);
  });
  const next = decision === undefined ? "" : typeof decision === "number" ? `; retrying in ${decision} ms` : `; ${decision}`;
  return redact(
    `openrouter-fetch: ${method} ${url} attempt ${attempt + 1}/${options.maxRetries + 1} → ${outcome} in ${Math.round(ms)} ms${next}; headers {${shown.join(", ")}}`,
    apiKey,
  );
}
