import type { ChatResult } from "../types/chat-result.js";
import { OpenRouterError } from "./openrouter-error.js";
import { type StreamSource, sourceOfPartial } from "./stream-source.js";

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
export class ConnectionError<P = ChatResult> extends OpenRouterError {
  override name = "ConnectionError";
  /** For streams: everything accumulated before the failure (a `ChatResult`, `ResponseResult` or `MessageResult`: see `source`). */
  readonly partial: P | undefined;
  /** For streams: the API whose stream failed, and so what `partial` is; `undefined` when there is no `partial`. */
  readonly source: StreamSource | undefined;

  constructor(message: string, options?: { cause?: unknown; partial?: P | undefined; source?: StreamSource | undefined }) {
    super(message, options);
    this.partial = options?.partial;
    this.source = sourceOfPartial(options?.partial, options?.source);
  }
}
