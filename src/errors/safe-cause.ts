import { redact } from "./create-api-error.js";

/**
 * A cause that is safe to keep on an SDK error: `util.inspect` of it, at any depth, prints no API key. An error
 * with a field that holds a Request, Headers or request options (ky's `HTTPError.request` and `.options`, a fetch
 * wrapper's `TimeoutError`, under any name), or whose message or stack quotes the key, is replaced by a plain
 * copy with its name, message, code and stack (the key redacted) and a cleaned cause; an error with nothing to
 * hide is kept as it is, class and all.
 * @internal
 */
export function safeCause(cause: unknown, apiKey: string | undefined, depth = 0): unknown {
  if (!(cause instanceof Error) || depth > 8) return typeof cause === "string" ? redact(cause, apiKey) : cause;
  const inner = safeCause(cause.cause, apiKey, depth + 1);
  const text = `${cause.message} ${cause.stack}`;
  if (inner === cause.cause && redact(text, apiKey) === text && !Object.values(cause).some(holdsHeaders)) return cause;
  const copy = new Error(redact(cause.message, apiKey), inner === undefined ? undefined : { cause: inner });
  copy.name = cause.name;
  copy.stack = redact(String(cause.stack), apiKey);
  const { code } = cause as { code?: unknown };
  if (typeof code === "string" || typeof code === "number") Object.assign(copy, { code });
  return copy;
}

/** A Request, Headers, or any object with headers (request options): what carries an Authorization header. */
function holdsHeaders(value: unknown): boolean {
  return typeof value === "object" && value !== null && (value instanceof Headers || "headers" in value);
}
