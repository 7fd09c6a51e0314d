import type { ChatResult, DecodedImage } from "../types/chat-result.js";
import type { PostProcessor } from "../types/post-processor.js";
import { decodeDataUrl } from "./decode-data-url.js";

/**
 * Image decoding: the `data:` URLs image models put in `message.images[].image_url.url` (Gemini answers there, with
 * `content` empty) become `images`, each with `bytes`, `mimeType`, `base64` and the `dataUrl`. Every image is
 * kept, in order, including near-duplicates. Images given as https URLs stay in `raw` (use `generateImage` to
 * fetch them).
 *
 * @example
 * ```ts
 * import { chat, createClient } from "openrouter-fetch";
 * const result = await chat(createClient(), {
 *   model: "google/gemini-2.5-flash-image",
 *   modalities: ["image", "text"],
 *   prompt: "A red square",
 * });
 * console.log(result.images[0]?.mimeType, result.images[0]?.bytes.length);
 * ```
 */
export const decodeImages: PostProcessor = /*@__PURE__*/ Object.assign(
  (result: ChatResult): ChatResult => {
    const wire = result.raw.choices[0]?.message?.images;
    if (!wire || wire.length === 0) return result;
    const images: DecodedImage[] = [];
    for (const image of wire) {
      const decoded = typeof image?.image_url?.url === "string" ? decodeDataUrl(image.image_url.url) : undefined;
      if (decoded) images.push(decoded);
    }
    return images.length === 0 ? result : { ...result, images };
  },
  { processorName: "decodeImages" },
);
