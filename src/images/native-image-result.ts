import type { ResolvedOptions } from "../core/options.js";
import { brokenField } from "../errors/response-validation-error.js";
import { decodeDataUrl } from "../postprocess/decode-data-url.js";
import type { DecodedImage } from "../types/chat-result.js";
import { base64ToBytes } from "../util/base64.js";
import { isNonEmptyString, isRecord } from "../util/checks.js";
import { toGeneratedImage, toRemoteImage } from "./generated-image.js";
import { isHttpUrl, sniffMediaType } from "./media-type.js";
import type { CreateImageResult, ImageGenerationResponse } from "./native-types.js";
import type { GeneratedImage, RemoteImage } from "./types.js";

const what = "POST /images";

/**
 * Reads a `POST /images` answer into the images {@link generateImage} gives: each `b64_json` decoded (its type from
 * `media_type`, else from the bytes), each `url` kept as a data URL's image or a {@link RemoteImage}.
 *
 * @throws {@link ResponseValidationError} naming the field: no `data` array, an entry with neither readable `b64_json`
 * nor `url`, or no image at all.
 * @internal
 */
export function toCreateImageResult(body: unknown, model: string, headers: Headers, options: ResolvedOptions): CreateImageResult {
  const data = isRecord(body) ? body["data"] : undefined;
  if (!Array.isArray(data)) throw brokenField(what, ["data"], data === undefined ? "is missing (expected an array of images)" : "is not an array", body);
  const images: GeneratedImage[] = [];
  const remoteImages: RemoteImage[] = [];
  data.forEach((item: unknown, i) => addImage(item, ["data", i], body, options, images, remoteImages));
  if (images.length === 0 && remoteImages.length === 0) {
    throw brokenField(what, ["data"], `is empty: ${model} answered without an image (check the prompt and the model's parameters)`, body);
  }
  const raw = body as ImageGenerationResponse;
  return {
    images,
    remoteImages,
    model,
    usage: isRecord(raw.usage) ? raw.usage : undefined,
    generationId: headers.get("x-generation-id") ?? undefined,
    raw,
  };
}

/**
 * One image of an answer (a `data[]` entry, a streamed `image_generation.completed`) decoded into `images`, or kept
 * as a {@link RemoteImage} when it is an https URL.
 * @throws {@link ResponseValidationError} naming `path` when it has neither readable `b64_json` nor `url`.
 * @internal
 */
export function addImage(item: unknown, path: (string | number)[], body: unknown, options: ResolvedOptions, images: GeneratedImage[], remoteImages: RemoteImage[]): void {
  const entry = isRecord(item) ? item : {};
  const mediaType = isNonEmptyString(entry["media_type"]) ? entry["media_type"].toLowerCase() : undefined;
  if (typeof entry["b64_json"] === "string") {
    images.push(toGeneratedImage(decodeBase64Image(entry["b64_json"], mediaType, [...path, "b64_json"], body)));
    return;
  }
  const url = entry["url"];
  if (typeof url === "string" && isHttpUrl(url)) return void remoteImages.push(toRemoteImage(url, options));
  const decoded = typeof url === "string" ? decodeDataUrl(url) : undefined;
  if (decoded === undefined) throw brokenField(what, path, "has neither b64_json nor an http(s) or data: url", body);
  images.push(toGeneratedImage(decoded));
}

/**
 * One base64 image (a `b64_json`) decoded, its type from the wire or sniffed from the bytes (SVG markup included).
 * @internal
 */
export function decodeBase64Image(b64: string, mediaType: string | undefined, path: (string | number)[], body: unknown): DecodedImage {
  const base64 = b64.replace(/\s+/g, "");
  const bytes = base64 === "" ? undefined : base64ToBytes(base64);
  if (bytes === undefined) throw brokenField(what, path, "is not base64", body);
  const mimeType = mediaType ?? sniffMediaType(bytes) ?? (looksLikeSvg(bytes) ? "image/svg+xml" : "application/octet-stream");
  return { mimeType, base64, bytes, dataUrl: `data:${mimeType};base64,${base64}` };
}

function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 256)).trimStart();
  return head.startsWith("<svg") || (head.startsWith("<?xml") && head.includes("<svg"));
}
