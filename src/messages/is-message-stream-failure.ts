import { type StreamFailure, isStreamFailure } from "../errors/is-stream-failure.js";
import type { MessageResult } from "./types.js";

/** The error of a failed `streamMessage()`, whose `partial` is the {@link MessageResult} so far. */
export type MessageStreamFailure = StreamFailure<MessageResult> & { readonly source: "messages" };

/**
 * Whether `error` is the failure of a `streamMessage()` stream (a {@link StreamError} for an `error` event, or a
 * {@link TimeoutError}, {@link ConnectionError} or {@link AbortError} mid-stream), so that `error.partial` is a
 * {@link MessageResult}: the text, thinking and tool uses that arrived before the failure, read without a cast.
 *
 * @example
 * ```ts
 * import { createClient } from "openrouter-fetch";
 * import { isMessageStreamFailure, streamMessage } from "openrouter-fetch/messages";
 * try {
 *   const answer = await streamMessage(createClient(), {
 *     model: "anthropic/claude-sonnet-4.5",
 *     max_tokens: 512,
 *     messages: [{ role: "user", content: "Write a haiku" }],
 *   });
 *   console.log((await answer.final()).text);
 * } catch (error) {
 *   if (!isMessageStreamFailure(error)) throw error;
 *   console.error(error.message, "kept:", error.partial.text, error.partial.stopReason);
 * }
 * ```
 */
export function isMessageStreamFailure(error: unknown): error is MessageStreamFailure {
  return isStreamFailure(error, "messages");
}
