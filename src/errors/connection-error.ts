import type { ChatResult } from "../types/chat-result.js";
import { OpenRouterError } from "./openrouter-error.js";

/**
 * The connection failed: refused, reset, DNS, TLS, or dropped in the middle of a body. Connection failures before
 * a response are retried; a stream cut mid-body is not, and `partial` holds what arrived.
 *
 * @example
 * ```ts
 * import { ConnectionError } from "openrouter-fetch/errors";
 * const handle = (e: unknown) => {
 *   if (e instanceof ConnectionError) console.error(e.message, e.partial?.text);
 * };
 * ```
 */
export class ConnectionError extends OpenRouterError {
  override name = "ConnectionError";
  /** For streams: everything accumulated before the connection dropped. */
  readonly partial: ChatResult | undefined;

  constructor(message: string, options?: { cause?: unknown; partial?: ChatResult | undefined }) {
    super(message, options);
    this.partial = options?.partial;
  }
}
