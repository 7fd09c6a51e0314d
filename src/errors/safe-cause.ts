import { redact } from "./create-api-error.js";

// ky's HTTPError/NetworkError/TimeoutError, and errors of fetch wrappers alike, keep the Request or the options
// they were sent with; both hold the Authorization header.
const KEY_HOLDERS = ["request", "options", "headers", "response", "init", "config"];

/**
 * A cause that is safe to keep on an SDK error: `util.inspect` of it, at any depth, prints no API key. An error
 * that holds a Request, Headers or request options (under any of the usual names), or whose message or stack
 * quotes the key, is replaced by a plain copy with its name, message, code and stack (the key redacted) and a
 * cleaned cause; an error with nothing to hide is kept as it is, class and all. ky's own errors are stepped over
 * to what they wrap: they are transport internals.
 * @internal
 */
export function safeCause(cause: unknown, apiKey: string | undefined, depth = 0): unknown {
  if (!(cause instanceof Error)) return typeof cause === "string" ? redact(cause, apiKey) : cause;
  if (depth > 8) return undefined;
  if (/^(NetworkError|HTTPError|TimeoutError|ForceRetryError|KyError)$/.test(cause.name) && "request" in cause && cause.cause !== undefined) {
    return safeCause(cause.cause, apiKey, depth + 1);
  }
  const inner = safeCause(cause.cause, apiKey, depth + 1);
  const quotesKey = apiKey !== undefined && apiKey.length >= 8 && (cause.message.includes(apiKey) || cause.stack?.includes(apiKey) === true);
  const holdsRequest = KEY_HOLDERS.some((field) => holdsKey((cause as unknown as Record<string, unknown>)[field]));
  if (!quotesKey && !holdsRequest && inner === cause.cause) return cause;
  const copy = new Error(redact(cause.message, apiKey), inner === undefined ? undefined : { cause: inner });
  copy.name = cause.name;
  const code = (cause as { code?: unknown }).code;
  if (typeof code === "string" || typeof code === "number") (copy as { code?: unknown }).code = code;
  if (cause.stack !== undefined) copy.stack = redact(cause.stack, apiKey);
  return copy;
}

/** A Request, Headers or an object with headers: what carries an Authorization header. */
function holdsKey(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  if (value instanceof Headers || (typeof Request !== "undefined" && value instanceof Request)) return true;
  return "headers" in value;
}
