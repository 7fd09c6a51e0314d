import type { ChatResult } from "../types/chat-result.js";
import { OpenRouterError } from "./openrouter-error.js";
import { type StreamSource, sourceOfPartial } from "./stream-source.js";

/**
 * The caller aborted the request (an `AbortSignal`, or a stream's `abort()`). `cause` is the signal's reason;
 * `partial` holds what a stream had delivered.
 *
 * @example
 * ```ts
 * import { AbortError } from "openrouter-fetch/errors";
 * const handle = (e: unknown) => e instanceof AbortError && console.log("cancelled", e.partial?.text);
 * ```
 */
export class AbortError<P = ChatResult> extends OpenRouterError {
  override name = "AbortError";
  /** For streams: everything accumulated before the failure (a `ChatResult`, `ResponseResult` or `MessageResult`: see `source`). */
  readonly partial: P | undefined;
  /** For streams: the API whose stream failed, and so what `partial` is; `undefined` when there is no `partial`. */
  readonly source: StreamSource | undefined;

  constructor(options?: { cause?: unknown; partial?: P | undefined; source?: StreamSource | undefined }) {
    super("Request aborted by the caller.", options);
    this.partial = options?.partial;
    this.source = sourceOfPartial(options?.partial, options?.source);
  }
}
