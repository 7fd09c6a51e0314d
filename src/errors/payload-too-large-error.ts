import { APIError } from "./api-error.js";

/**
 * 413: the request body is larger than OpenRouter (or the provider) accepts: too many or too large images, audio
 * or files inline. Never retried: the same body fails the same way; send smaller inputs or URLs instead of bytes.
 * @example
 * ```ts
 * import { PayloadTooLargeError } from "openrouter-fetch/errors";
 * const handle = (e: unknown) => e instanceof PayloadTooLargeError && console.error("send a URL, not the bytes");
 * ```
 */
export class PayloadTooLargeError extends APIError {
  override name = "PayloadTooLargeError";
}
