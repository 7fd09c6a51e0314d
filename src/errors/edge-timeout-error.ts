import { ServerError } from "./api-error.js";

/**
 * 524: the provider took too long and OpenRouter's edge network (Cloudflare) gave up on it. Retried, like 502 and
 * 503. A subclass of {@link ServerError}, which 524 gave before this class existed, so existing handlers still match.
 * @example
 * ```ts
 * import { EdgeTimeoutError } from "openrouter-fetch/errors";
 * const handle = (e: unknown) => e instanceof EdgeTimeoutError && console.error("the provider timed out; retry later");
 * ```
 */
export class EdgeTimeoutError extends ServerError {
  override name = "EdgeTimeoutError";
}
