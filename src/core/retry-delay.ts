/** Statuses worth another attempt: timeouts, rate limits and transient server failures. Never 400/401/402/403/404. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

/**
 * Exponential backoff with jitter: 0.5 s · 2^retry, at most 8 s, minus up to 25 % so that clients that failed
 * together do not retry together.
 * @internal
 */
export function backoffDelay(retry: number, random: () => number = Math.random): number {
  const base = Math.min(500 * 2 ** retry, 8_000);
  return Math.round(base * (1 - 0.25 * random()));
}

/**
 * How long the server asked us to wait, in ms, or `undefined` when it did not say (or said something unusable:
 * negative, malformed, or a reset time already past). Reads, in order: `retry-after-ms`, `Retry-After` (seconds
 * or an HTTP date), `X-RateLimit-Reset` (OpenRouter sends epoch milliseconds), the same reset inside the error
 * body's `metadata.headers`, and `error.availability.retry_after` (seconds). The SDK's, not ky's: ky reads
 * `X-RateLimit-Reset` as seconds (OpenRouter sends epoch ms) and ignores `retry-after-ms`.
 * @internal
 */
export function serverRetryDelay(headers: Headers, body: unknown, now: number = Date.now()): number | undefined {
  const ms = positive(Number(headers.get("retry-after-ms") ?? Number.NaN));
  if (ms !== undefined) return ms;
  const retryAfter = headers.get("retry-after");
  if (retryAfter !== null) {
    const value = retryAfter.trim();
    if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
    const date = Date.parse(value);
    if (!Number.isNaN(date)) return positive(date - now);
  }
  const reset = resetDelay(headers.get("x-ratelimit-reset"), now) ?? resetDelay(bodyResetHeader(body), now);
  if (reset !== undefined) return reset;
  const availability = (body as { error?: { availability?: { retry_after?: unknown } } } | undefined)?.error?.availability;
  const seconds = typeof availability?.retry_after === "number" ? availability.retry_after : Number.NaN;
  return positive(seconds * 1000);
}

function resetDelay(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined || !/^\d+(\.\d+)?$/.test(value.trim())) return undefined;
  const n = Number(value);
  // OpenRouter documents epoch milliseconds; accept epoch seconds (a 10-digit value) too.
  const epochMs = n >= 1e12 ? n : n >= 1e9 ? n * 1000 : undefined;
  return epochMs === undefined ? positive(n * 1000) : positive(epochMs - now);
}

function bodyResetHeader(body: unknown): string | undefined {
  const headers = (body as { error?: { metadata?: { headers?: Record<string, unknown> } } } | undefined)?.error?.metadata?.headers;
  if (!headers || typeof headers !== "object") return undefined;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === "x-ratelimit-reset" && (typeof value === "string" || typeof value === "number")) return String(value);
  }
  return undefined;
}

function positive(value: number): number | undefined {
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

/**
 * Limits that no retry can get around within minutes (a free-tier daily cap): fail at once unless the server
 * names a reset time we can wait for.
 * @internal
 */
export function isDailyCap(message: string): boolean {
  return /per-day|per day|daily/i.test(message);
}
