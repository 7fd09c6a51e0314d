import { type StreamFailure, isStreamFailure } from "../errors/is-stream-failure.js";
import type { ResponseResult } from "./types.js";

/** The error of a failed `streamResponse()`, whose `partial` is the {@link ResponseResult} so far. */
export type ResponseStreamFailure = StreamFailure<ResponseResult> & { readonly source: "responses" };

/**
 * Whether `error` is the failure of a `streamResponse()` stream (a {@link StreamError} for an `error`,
 * `response.failed` or `response.incomplete` event, or a {@link TimeoutError}, {@link ConnectionError} or
 * {@link AbortError} mid-stream), so that `error.partial` is a {@link ResponseResult}: the text, output items and
 * usage that arrived before the failure, read without a cast.
 *
 * @example
 * ```ts
 * import { createClient } from "openrouter-fetch";
 * import { isResponseStreamFailure, streamResponse } from "openrouter-fetch/responses";
 * try {
 *   const answer = await streamResponse(createClient(), { model: "openai/gpt-4o", input: "Write a haiku" });
 *   console.log((await answer.final()).text);
 * } catch (error) {
 *   if (!isResponseStreamFailure(error)) throw error;
 *   console.error(error.message, "kept:", error.partial.text, error.partial.output.length, "items");
 * }
 * ```
 */
export function isResponseStreamFailure(error: unknown): error is ResponseStreamFailure {
  return isStreamFailure(error, "responses");
}
