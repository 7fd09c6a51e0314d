import type { ChatResult } from "../types/chat-result.js";
import { APIError, type APIErrorInit } from "./api-error.js";
import type { StreamSource } from "./stream-source.js";

/**
 * A stream failed after HTTP 200: an error event (`finish_reason: "error"`, with the chunk's `code`, `message`
 * and `metadata`; Responses' `error`, `response.failed` and `response.incomplete`; Messages' `error`), or a line
 * that is not JSON. `partial` holds everything accumulated before it, so no text, usage or generation id is lost.
 *
 * `partial` is what the failed stream accumulates, which `source` names: a `ChatResult` from `stream()` (`P`'s
 * default), a `ResponseResult` from `streamResponse()`, a `MessageResult` from `streamMessage()`. To read the
 * latter two without a cast, narrow with `isResponseStreamFailure()` / `isMessageStreamFailure()`.
 *
 * @example
 * ```ts
 * import { StreamError } from "openrouter-fetch/errors";
 * const handle = (e: unknown) => {
 *   if (e instanceof StreamError && e.source === "chat") console.error(e.code, e.message, "kept:", e.partial.text);
 * };
 * ```
 */
export class StreamError<P = ChatResult> extends APIError {
  override name = "StreamError";
  /** Everything the stream had accumulated when it failed (a `ChatResult`, `ResponseResult` or `MessageResult`: see `source`). */
  readonly partial: P;
  /** The API whose stream failed, and so what `partial` is. */
  readonly source: StreamSource;

  constructor(init: APIErrorInit & { partial: P; source?: StreamSource | undefined }) {
    super(init);
    this.partial = init.partial;
    this.source = init.source ?? "chat";
  }
}
