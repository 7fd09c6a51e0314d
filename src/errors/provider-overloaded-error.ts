import { ServerError } from "./api-error.js";

/**
 * 529: the provider is temporarily overloaded. Retried, like 502 and 503; routing to other providers (leave
 * `allow_fallbacks` on) is the lasting fix. A subclass of {@link ServerError}, which 529 gave before this class
 * existed, so existing handlers still match.
 * @example
 * ```ts
 * import { ProviderOverloadedError } from "openrouter-fetch/errors";
 * const handle = (e: unknown) => e instanceof ProviderOverloadedError && console.error(e.metadata?.provider_name);
 * ```
 */
export class ProviderOverloadedError extends ServerError {
  override name = "ProviderOverloadedError";
}
