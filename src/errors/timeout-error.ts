import type { ChatResult } from "../types/chat-result.js";
import { OpenRouterError } from "./openrouter-error.js";
import { type StreamSource, sourceOfPartial } from "./stream-source.js";

/** Which deadline ran out. */
export type TimeoutPhase = "response" | "first-event" | "idle";

/**
 * A deadline ran out: `timeout` (to the response, and for streams to the first data event) or, for streams,
 * `idleTimeout` (no bytes at all for that long). The request is aborted; `partial` holds what a stream had
 * delivered.
 *
 * @example
 * ```ts
 * import { TimeoutError } from "openrouter-fetch/errors";
 * const handle = (e: unknown) => {
 *   if (e instanceof TimeoutError) console.error(`${e.phase} timeout after ${e.timeoutMs} ms`);
 * };
 * ```
 */
export class TimeoutError<P = ChatResult> extends OpenRouterError {
  override name = "TimeoutError";
  readonly timeoutMs: number;
  readonly phase: TimeoutPhase;
  /** For streams: everything accumulated before the failure (a `ChatResult`, `ResponseResult` or `MessageResult`: see `source`). */
  readonly partial: P | undefined;
  /** For streams: the API whose stream failed, and so what `partial` is; `undefined` when there is no `partial`. */
  readonly source: StreamSource | undefined;

  constructor(init: { timeoutMs: number; phase: TimeoutPhase; partial?: P | undefined; source?: StreamSource | undefined }) {
    const what =
      init.phase === "idle"
        ? `the stream sent nothing for ${init.timeoutMs} ms (idleTimeout)`
        : init.phase === "first-event"
          ? `no data arrived within ${init.timeoutMs} ms of sending (timeout)`
          : `no complete response within ${init.timeoutMs} ms (timeout)`;
    super(`Request timed out: ${what}. Raise the option for long generations, or stream them.`);
    this.timeoutMs = init.timeoutMs;
    this.phase = init.phase;
    this.partial = init.partial;
    this.source = sourceOfPartial(init.partial, init.source);
  }
}
