import type { ChatResult } from "../types/chat-result.js";
import { APIError, type APIErrorInit } from "./api-error.js";

/**
 * A stream failed after HTTP 200: an error event (`finish_reason: "error"`, with the chunk's `code`, `message`
 * and `metadata`), or a `data:` line that is not JSON. `partial` holds everything accumulated before it, so no
 * text, usage or generation id is lost.
 *
 * @example
 * ```ts
 * import { StreamError } from "openrouter-fetch/errors";
 * const handle = (e: unknown) => {
 *   if (e instanceof StreamError) console.error(e.code, e.message, "kept:", e.partial.text);
 * };
 * ```
 */
export class StreamError extends APIError {
  override name = "StreamError";
  readonly partial: ChatResult;

  constructor(init: APIErrorInit & { partial: ChatResult }) {
    super(init);
    this.partial = init.partial;
  }
}
