import { type StreamFailure, isStreamFailure } from "../errors/is-stream-failure.js";
import type { StreamedImageResult } from "./native-types.js";

/** The error of a failed `streamImage()`, whose `partial` is the {@link StreamedImageResult} so far. */
export type ImageStreamFailure = StreamFailure<StreamedImageResult> & { readonly source: "images" };

/**
 * Whether `error` is the failure of a `streamImage()` stream (a {@link StreamError} for an `error` event, or a
 * {@link TimeoutError}, {@link ConnectionError} or {@link AbortError} mid-stream), so that `error.partial` is a
 * {@link StreamedImageResult}: the images and previews that arrived before the failure, read without a cast.
 *
 * @example
 * ```ts
 * import { createClient } from "openrouter-fetch";
 * import { isImageStreamFailure, streamImage } from "openrouter-fetch/images";
 * try {
 *   const answer = await streamImage(createClient(), { model: "openai/gpt-image-1", prompt: "A lighthouse" });
 *   console.log((await answer.final()).images.length);
 * } catch (error) {
 *   if (!isImageStreamFailure(error)) throw error;
 *   console.error(error.message, "kept:", error.partial.partialImages.length, "previews");
 * }
 * ```
 */
export function isImageStreamFailure(error: unknown): error is ImageStreamFailure {
  return isStreamFailure(error, "images");
}
