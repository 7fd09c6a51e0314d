import { ValidationError } from "../errors/validation-error.js";
import type { CacheControl, ContentPart, ImagePart, TextPart } from "../types/content-parts.js";
import type { UserMessage } from "../types/messages.js";
import { isBlob, isHttpUrl, readBlob, sniffMediaType, toDataUrl } from "./media-type.js";

/** The part a builder returns: the part itself, or a Promise of it when the source is a `Blob` (reading one is asynchronous). */
export type PartFor<Source, Part> = Source extends Blob ? Promise<Part> : Part;

/** How an image is sent. */
export interface ImagePartOptions {
  /** The wire's `detail`: how closely the model looks (`original` is downgraded to `high` where unsupported). */
  detail?: "auto" | "low" | "high" | "original";
  /** The image's type when its bytes are not PNG, JPEG, GIF, WebP or AVIF (otherwise read from the bytes or the Blob). */
  mimeType?: string;
}

const details: readonly unknown[] = ["auto", "low", "high", "original"];

/**
 * A text part.
 *
 * @throws {@link ValidationError} when `text` is not a string.
 * @example
 * ```ts
 * import { textPart } from "openrouter-fetch/images";
 * const part = textPart("What is in this picture?", { cache_control: { type: "ephemeral" } });
 * ```
 */
export function textPart(text: string, options?: { cache_control?: CacheControl }): TextPart {
  if (typeof text !== "string") throw new ValidationError(`textPart() takes a string, got ${typeof text}.`, { field: "text" });
  return options?.cache_control === undefined ? { type: "text", text } : { type: "text", text, cache_control: options.cache_control };
}

/**
 * An image part (`image_url`) from an https URL, a `data:image/…` URL, the image's bytes or a `Blob`. Bytes become a
 * base64 data URL whose type is read from the bytes (PNG, JPEG, GIF, WebP, AVIF), a Blob's own `type`, or
 * `mimeType`. A Blob gives a Promise, since reading it is asynchronous.
 *
 * @throws {@link ValidationError} for a string that is neither an http(s) nor an image data URL (a file path, say: read
 * the file first), bytes of unknown type without `mimeType`, a PDF or video (use `filePart`/`videoPart`), or a bad
 * `detail`.
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises";
 * import { imagePart, userMessage } from "openrouter-fetch/images";
 * const message = userMessage("What is in this picture?", imagePart(await readFile("photo.jpg"), { detail: "low" }));
 * ```
 */
export function imagePart<Source extends string | Uint8Array | Blob>(source: Source, options: ImagePartOptions = {}): PartFor<Source, ImagePart> {
  if (options.detail !== undefined && !details.includes(options.detail)) {
    throw new ValidationError(`imagePart() detail is "auto", "low", "high" or "original", got ${JSON.stringify(options.detail)}.`, { field: "detail" });
  }
  const build = (url: string): ImagePart => ({ type: "image_url", image_url: options.detail === undefined ? { url } : { url, detail: options.detail } });
  if (isBlob(source)) {
    return readBlob(source).then(({ bytes, mediaType }) => build(bytesUrl("imagePart", "image/", bytes, options.mimeType ?? mediaType))) as PartFor<Source, ImagePart>;
  }
  if (typeof source === "string") return build(checkUrl("imagePart", "image/", source)) as PartFor<Source, ImagePart>;
  return build(bytesUrl("imagePart", "image/", source as Uint8Array, options.mimeType)) as PartFor<Source, ImagePart>;
}

/**
 * One entry of a list of input images (`images`, `input_references`) as an image part: a ready part passes as it is;
 * a bad entry's error names its place in the list (`images[2]`, field `images.2`).
 * @internal
 */
export async function toImageInputPart(image: string | Uint8Array | Blob | ImagePart, list: string, i: number): Promise<ImagePart> {
  if (typeof image === "object" && image !== null && !(image instanceof Uint8Array) && (image as { type?: unknown }).type === "image_url") {
    return image as ImagePart;
  }
  try {
    return await imagePart(image as string | Uint8Array | Blob);
  } catch (error) {
    if (error instanceof ValidationError) throw new ValidationError(`${list}[${i}]: ${error.message}`, { field: `${list}.${i}`, cause: error });
    throw error;
  }
}

/**
 * A user message from parts; strings become text parts. Put the text before images: models answer better.
 *
 * @throws {@link ValidationError} when no part is given or a part is not a string or a content part.
 * @example
 * ```ts
 * import { chat, createClient } from "openrouter-fetch";
 * import { imagePart, userMessage } from "openrouter-fetch/images";
 * const result = await chat(createClient(), {
 *   model: "openai/gpt-4.1-nano",
 *   messages: [userMessage("Describe this image.", imagePart("https://example.com/cat.png"))],
 * });
 * ```
 */
export function userMessage(...parts: (ContentPart | string)[]): UserMessage {
  if (parts.length === 0) throw new ValidationError("userMessage() needs at least one part (a string or a content part).", { field: "content" });
  const content = parts.map((part, i): ContentPart => {
    if (typeof part === "string") return textPart(part);
    if (typeof part !== "object" || part === null || typeof (part as { type?: unknown }).type !== "string") {
      const hint = part instanceof Promise ? " (await the Promise a Blob source gives)" : "";
      throw new ValidationError(`userMessage() part ${i} is not a string or a content part${hint}.`, { field: `content.${i}` });
    }
    return part;
  });
  return { role: "user", content };
}

/**
 * Checks a URL a part is made from: http(s), or a base64 data URL of the right kind.
 * @internal
 */
export function checkUrl(builder: string, kind: "image/" | "video/" | "", url: string): string {
  if (isHttpUrl(url)) return url;
  if (new RegExp(`^data:${kind}[^;,]*(;[^;,]*)*;base64,`, "i").test(url)) return url;
  const what = kind === "" ? "a" : `an ${kind.slice(0, -1)}`;
  const local = url.startsWith("data:") ? "" : ` To send a local file, read it first: ${builder}(await readFile(path)).`;
  throw new ValidationError(`${builder}() takes an http(s) URL, ${what} base64 data: URL, bytes or a Blob; got ${JSON.stringify(url.slice(0, 60))}.${local}`, {
    field: "source",
  });
}

/**
 * Bytes as a data URL of the given (or sniffed) type, checked against the kind the builder expects.
 * @internal
 */
export function bytesUrl(builder: string, kind: "image/" | "video/" | "", bytes: Uint8Array, mediaType: string | undefined): string {
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) {
    throw new ValidationError(`${builder}() got no bytes: pass a non-empty Uint8Array (a Node Buffer works), a Blob or a URL.`, { field: "source" });
  }
  const type = mediaType && mediaType !== "application/octet-stream" ? mediaType : sniffMediaType(bytes);
  if (type === undefined) {
    throw new ValidationError(`${builder}() could not tell the type of these bytes: pass { mimeType }, e.g. "${kind === "" ? "application/pdf" : `${kind}png`}".`, {
      field: "mimeType",
    });
  }
  if (kind !== "" && !type.toLowerCase().startsWith(kind)) {
    const other = type === "application/pdf" ? " Use filePart() for PDFs." : type.startsWith("video/") ? " Use videoPart() for videos." : type.startsWith("image/") ? " Use imagePart() for images." : "";
    throw new ValidationError(`${builder}() takes ${kind.slice(0, -1)} data, but these bytes are ${type}.${other}`, { field: "source" });
  }
  return toDataUrl(bytes, type);
}
