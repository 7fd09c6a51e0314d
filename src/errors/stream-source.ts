/**
 * Which API's stream an error's `partial` comes from, and so what it is: `"chat"` a `ChatResult` (`stream()`),
 * `"responses"` a `ResponseResult` (`streamResponse()`), `"messages"` a `MessageResult` (`streamMessage()`),
 * `"images"` a `StreamedImageResult` (`streamImage()`). Read it through `isResponseStreamFailure()`,
 * `isMessageStreamFailure()` and `isImageStreamFailure()` (from the `responses`, `messages` and `images` subpaths),
 * which narrow `partial` without a cast.
 *
 * @example
 * ```ts
 * import { StreamError, type StreamSource } from "openrouter-fetch/errors";
 * const sourceOf = (e: unknown): StreamSource | undefined => (e instanceof StreamError ? e.source : undefined);
 * ```
 */
export type StreamSource = "chat" | "responses" | "messages" | "images";

/**
 * The `source` a stream error records: the given one, `"chat"` (what `stream()` passes none for) when there is a
 * `partial`, and `undefined` when there is none.
 * @internal
 */
export function sourceOfPartial(partial: unknown, source: StreamSource | undefined): StreamSource | undefined {
  return partial === undefined ? undefined : (source ?? "chat");
}
