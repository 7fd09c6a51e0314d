import type { ChatResult } from "../types/chat-result.js";
import { OpenRouterError } from "./openrouter-error.js";

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
export class AbortError extends OpenRouterError {
  override name = "AbortError";
  readonly partial: ChatResult | undefined;

  constructor(options?: { cause?: unknown; partial?: ChatResult | undefined }) {
    super("Request aborted by the caller.", options);
    this.partial = options?.partial;
  }
}
