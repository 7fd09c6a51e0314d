import type { ChatCompletion, Usage } from "../types/chat-completion.js";
import type { ChatParams } from "../types/chat-params.js";
import type { ChatResult, DecodedImage } from "../types/chat-result.js";
import type { ImagePart } from "../types/content-parts.js";
import type { ChatMessage } from "../types/messages.js";

/**
 * An aspect ratio for `image_config.aspect_ratio`, `"W:H"`. `1:1` (1024×1024) is the default; `1:4`, `4:1`, `1:8`
 * and `8:1` exist on `google/gemini-3.1-flash-image-preview` only.
 */
export type AspectRatio =
  | "1:1"
  | "2:3"
  | "3:2"
  | "3:4"
  | "4:3"
  | "4:5"
  | "5:4"
  | "9:16"
  | "16:9"
  | "21:9"
  | "1:4"
  | "4:1"
  | "1:8"
  | "8:1"
  | (string & {});

/** An output size for `image_config.image_size`: `1K` is the default; `0.5K` on gemini-3.1-flash-image only. */
export type ImageSize = "0.5K" | "1K" | "2K" | "4K" | (string & {});

/**
 * An input image for editing: an https or `data:image/…` URL, the bytes (their type is read from them), a `Blob`
 * (a `File` from an `<input>`), or a ready {@link ImagePart}.
 */
export type ImageInput = string | Uint8Array | Blob | ImagePart;

/**
 * What {@link generateImage} takes: a chat request (any chat parameter passes through, `provider` and `plugins`
 * included) with a required `model` and `prompt`, plus shortcuts that are not sent as they are.
 */
export interface GenerateImageParams extends ChatParams {
  /** An image model, e.g. `"google/gemini-2.5-flash-image"` or `"black-forest-labs/flux.2-pro"`. */
  model: string;
  /** What to draw (or, with `images`, how to change them). */
  prompt: string;
  /** Sent as `image_config.aspect_ratio`. */
  aspect_ratio?: AspectRatio;
  /** Sent as `image_config.image_size`. */
  image_size?: ImageSize;
  /**
   * How many requests to send. Chat completions have no `n` for images, so `n > 1` sends that many requests in
   * parallel with the same body and concatenates their images (each request is billed). 1 to 10.
   * @default 1
   */
  n?: number;
  /** Images to edit or draw from, sent after the prompt in the user message as `image_url` parts. */
  images?: ImageInput[];
  /**
   * Earlier turns sent before the prompt: a system message, or a previous answer to refine. The prompt and
   * `images` always form the last user message.
   */
  messages?: ChatMessage[];
}

/**
 * An image the model produced, decoded (no Node `Buffer` needed): the bytes, their base64 and mime type, and a
 * `Blob` on request.
 */
export interface GeneratedImage extends DecodedImage {
  /** Where the image came from: the `data:` URL, or the https URL a {@link RemoteImage} was loaded from. */
  url: string;
  /** The bytes as a `Blob` of type `mimeType` (for `URL.createObjectURL`, `FormData`, a `Response`). */
  toBlob(): Blob;
}

/**
 * An image the model answered with as an https URL instead of a `data:` URL. Nothing is downloaded until
 * `load()` is called; the download uses the client's `fetch` and never sends the API key.
 */
export interface RemoteImage {
  /** The image's address, as the model answered it. */
  url: string;
  /** Guessed from the URL's extension; the loaded image's `mimeType` is the one the server sends. */
  mimeType: string | undefined;
  /**
   * Downloads the image.
   * @throws {@link ConnectionError} / {TimeoutError} / {AbortError} when the download could not complete.
   * @throws {@link ResponseValidationError} when the server answers with an error status or something that is not an image.
   */
  load(options?: { signal?: AbortSignal }): Promise<GeneratedImage>;
}

/** What {@link generateImage} returns. */
export interface ImageResult {
  /** The images, in the order they came (Gemini often sends two near-identical ones: both are kept). */
  images: GeneratedImage[];
  /** Images answered as https URLs, not downloaded yet (OpenRouter usually sends `data:` URLs, so this is often empty). */
  remoteImages: RemoteImage[];
  /** Any text the model wrote beside the images (often `""`). With `n > 1`, the non-empty texts joined by newlines. */
  text: string;
  /** The model that served. */
  model: string;
  /** Token counts and cost; with `n > 1`, the sums over every request. */
  usage: Usage | undefined;
  /** The generation id (of the first request when `n > 1`). */
  generationId: string | undefined;
  /** The wire response (of the first request when `n > 1`). */
  raw: ChatCompletion;
  /** One chat result per request sent (`n` of them), for per-request ids, usage and raw responses. */
  results: ChatResult[];
}
