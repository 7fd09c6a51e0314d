import type { ChatParams } from "./chat-params.js";
import type { ChatResult } from "./chat-result.js";
import type { ModelLookup } from "./model-lookup.js";

/** What a post-processor sees besides the result. */
export interface PostProcessContext {
  /** The request as the caller gave it (before request-side steps rewrote it). */
  params: ChatParams;
  /** The model catalog, when the client has one. */
  catalog?: ModelLookup | undefined;
  /**
   * Where a request-side step says what it rewrote (one line, no prompt text): the client's `debug` option, or
   * `undefined` when debug logging is off.
   */
  debug?: ((line: string) => void) | undefined;
}

/**
 * A post-processor: a pure function from a result (plus the request) to a result. One may also carry a
 * request-side `prepare` step that checks or rewrites the request before it is sent (the modality guard does).
 */
export interface PostProcessor {
  (result: ChatResult, context: PostProcessContext): ChatResult;
  /** Runs before sending: return the request to send, or throw `ValidationError`. */
  prepare?: (params: ChatParams, context: PostProcessContext) => ChatParams | Promise<ChatParams>;
  /** A name for debugging and for finding it in a list. */
  processorName?: string;
}
