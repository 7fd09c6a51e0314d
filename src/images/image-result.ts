import type { ResolvedOptions } from "../core/options.js";
import { ResponseValidationError } from "../errors/response-validation-error.js";
import { decodeDataUrl } from "../postprocess/decode-data-url.js";
import type { Usage } from "../types/chat-completion.js";
import type { ChatResult, DecodedImage } from "../types/chat-result.js";
import { isRecord } from "../util/checks.js";
import { toGeneratedImage, toRemoteImage } from "./generated-image.js";
import { isHttpUrl } from "./media-type.js";
import type { GeneratedImage, ImageResult, RemoteImage } from "./types.js";

/**
 * Reads the images of one or more chat results (one per request) into an {@link ImageResult}, straight from
 * `message.images` so that it works whatever post-processors the client runs.
 *
 * @throws {@link ResponseValidationError} when no request brought back an image.
 * @internal
 */
export function toImageResult(results: ChatResult[], options: ResolvedOptions, askedModel: string): ImageResult {
  const images: GeneratedImage[] = [];
  const remoteImages: RemoteImage[] = [];
  let unreadable = 0;
  for (const result of results) {
    // decodeImages (a default post-processor) has usually decoded the data URLs already, in wire order.
    let decodedIndex = 0;
    const decoded: readonly DecodedImage[] = result.images;
    for (const wire of result.raw.choices[0]?.message?.images ?? []) {
      const url = wire?.image_url?.url;
      if (typeof url !== "string") unreadable++;
      else if (isHttpUrl(url)) remoteImages.push(toRemoteImage(url, options));
      else {
        const image = decoded[decodedIndex]?.dataUrl === url ? decoded[decodedIndex++] : decodeDataUrl(url);
        if (image) images.push(toGeneratedImage(image));
        else unreadable++;
      }
    }
  }
  const first = results[0] as ChatResult;
  const text = results.map((r) => r.text).filter((t) => t.trim() !== "").join("\n");
  if (images.length === 0 && remoteImages.length === 0) {
    throw new ResponseValidationError(noImageMessage(askedModel, first, text, unreadable), { text, model: first.model });
  }
  return {
    images,
    remoteImages,
    text,
    model: first.model,
    usage: results.slice(1).reduce<Usage | undefined>((sum, r) => addUsage(sum, r.usage), first.usage),
    generationId: first.generationId,
    raw: first.raw,
    results,
  };
}

function noImageMessage(askedModel: string, first: ChatResult, text: string, unreadable: number): string {
  const served = first.model && first.model !== askedModel ? ` (served by ${first.model})` : "";
  const what = [
    unreadable > 0 ? `${unreadable} image entr${unreadable === 1 ? "y" : "ies"} that are neither data: nor http(s) URLs` : undefined,
    text === "" ? "no text" : `text ${JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}…` : text)}`,
    `finish_reason ${JSON.stringify(first.finishReason)}`,
  ].filter((part) => part !== undefined);
  const hint =
    first.finishReason === "content_filter"
      ? "The provider filtered the image; rephrase the prompt."
      : 'Check that the model outputs images (listModels(client, { output_modalities: "image" })) and that the prompt asks for a picture.';
  return `${askedModel}${served} answered without an image: ${what.join(", ")}. ${hint}`;
}

/** Sums two usages field by field (numbers add, nested objects merge the same way, anything else keeps the first). */
function addUsage(a: Usage | undefined, b: Usage | undefined): Usage | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return addFields(a, b) as Usage;
}

function addFields(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...b, ...a };
  for (const key of Object.keys(out)) {
    const x = a[key];
    const y = b[key];
    if (typeof x === "number" && typeof y === "number") out[key] = x + y;
    else if (typeof x === "number" || typeof y === "number") out[key] = typeof x === "number" ? x : y;
    else if (isRecord(x) && isRecord(y)) out[key] = addFields(x, y);
  }
  return out;
}
