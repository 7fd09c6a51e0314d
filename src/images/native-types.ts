import type { ExtraFields, ProviderPreferences } from "../types/chat-params.js";
import type { ImagePart } from "../types/content-parts.js";
import type { GeneratedImage, ImageInput, RemoteImage } from "./types.js";

// The wire types of the native image API (`POST /images`, `GET /images/models…`), with the OpenAPI document's names
// (`ImageGenerationRequest`, `ImageGenerationResponse`, `ImageModelListItem`, `ImageEndpoint`).

/** An aspect ratio `POST /images` takes; providers clamp to the subset they support. */
export type NativeAspectRatio =
  | "1:1" | "1:2" | "1:4" | "1:8" | "2:1" | "2:3" | "3:2" | "3:4" | "4:1" | "4:3" | "4:5" | "5:4" | "8:1" | "9:16"
  | "16:9" | "9:19.5" | "19.5:9" | "9:20" | "20:9" | "9:21" | "21:9" | "auto" | (string & {});

/** What {@link createImage} takes: the `POST /images` body (`ImageGenerationRequest`), sent as it is. */
export interface CreateImageParams {
  /** A native image model, e.g. `"bytedance-seed/seedream-4.5"` (see {@link listImageModels}). */
  model: string;
  /** What to draw. */
  prompt: string;
  /**
   * Reference images for image-to-image generation (at most 16): https or `data:image/…` URLs, bytes, Blobs or
   * ready image parts. Sent as `image_url` parts.
   */
  input_references?: (ImageInput | NativeImageReference)[];
  aspect_ratio?: NativeAspectRatio;
  /** `transparent` needs an `output_format` with alpha (png or webp). */
  background?: "auto" | "transparent" | "opaque" | (string & {});
  /** At most this many images, 1–10; providers may return fewer, and single-image providers reject `n > 1`. */
  n?: number;
  /** 0–100, for webp and jpeg. */
  output_compression?: number;
  /** `svg` (vectorising models) comes back as UTF-8 markup, base64-encoded. */
  output_format?: "png" | "jpeg" | "webp" | "svg" | (string & {});
  quality?: "auto" | "low" | "medium" | "high" | (string & {});
  resolution?: "512" | "1K" | "2K" | "4K" | (string & {});
  /** A tier (`"2K"`) or pixels (`"2048x2048"`); pixels are authoritative and conflict with `resolution`. */
  size?: string;
  seed?: number;
  /** Routing preferences; `provider.options[slug]` carries provider-specific passthrough parameters. */
  provider?: ProviderPreferences & { options?: Record<string, Record<string, unknown>> };
  /** Set by the function: `createImage()` asks for the buffered JSON answer, {@link streamImage} sends `true`. */
  stream?: false;
  /** Fields the SDK does not know yet, merged into the body (see {@link ExtraFields}). */
  extra?: ExtraFields;
}

/** A reference image as the wire sends it (`ContentPartImage`). */
export type NativeImageReference = ImagePart;

/** Token and cost usage of an image generation (`ImageGenerationUsage`), when the provider reports it. */
export interface ImageGenerationUsage {
  prompt_tokens?: number;
  completion_tokens?: number;
  total_tokens?: number;
  cost?: number | null;
  is_byok?: boolean;
  [key: string]: unknown;
}

/** One image of a `POST /images` answer: base64 bytes (the documented form) or a URL (OpenAI-style answers). */
export interface ImageGenerationItem {
  b64_json?: string;
  url?: string;
  /** e.g. `image/png`; may be missing, in which case the type is read from the bytes. */
  media_type?: string;
  [key: string]: unknown;
}

/** The `POST /images` answer (`ImageGenerationResponse`). */
export interface ImageGenerationResponse {
  /** Unix time (seconds) of the generation. */
  created: number;
  data: ImageGenerationItem[];
  usage?: ImageGenerationUsage;
  [key: string]: unknown;
}

/** What {@link createImage} returns: the images decoded, as {@link generateImage} gives them, and the wire answer. */
export interface CreateImageResult {
  /** The images, decoded (bytes, base64, mimeType, dataUrl, `toBlob()`), in wire order. */
  images: GeneratedImage[];
  /** Images answered as https URLs, downloaded only by their `load()`. */
  remoteImages: RemoteImage[];
  /** The model asked for (the native answer does not name the one that served). */
  model: string;
  usage: ImageGenerationUsage | undefined;
  /** `X-Generation-Id`, when the server sent one. */
  generationId: string | undefined;
  /** The wire answer as received (its `b64_json` strings included). */
  raw: ImageGenerationResponse;
}

// The events of `POST /images` with `stream: true` (the OpenAPI document's ImageStreamingResponse), then `[DONE]`.

/** A partial image, as it becomes available (`ImageGenPartialImageEvent`): a preview of the image to come. */
export interface ImagePartialImageEvent {
  type: "image_generation.partial_image";
  /** 0-based place of this partial image in the sequence. */
  partial_image_index: number;
  /** The partial image, base64 (its type is not sent; {@link StreamedImageResult.partialImages} has it decoded). */
  b64_json: string;
  [key: string]: unknown;
}

/** A fragment of a text-based image (SVG markup) as it is generated (`ImageGenTextChunkEvent`). */
export interface ImageTextChunkEvent {
  type: "image_generation.text_chunk";
  text: string;
  /** `content` is the renderable output; `reasoning` and `draft` are intermediate provider phases. */
  phase: "content" | "reasoning" | "draft" | (string & {});
  [key: string]: unknown;
}

/** A finished image (`ImageGenCompletedEvent`); there is one per image. */
export interface ImageCompletedEvent {
  type: "image_generation.completed";
  b64_json: string;
  /** Unix time (seconds) of the generation. */
  created: number;
  /** e.g. `image/png`; may be missing, in which case the type is read from the bytes. */
  media_type?: string;
  usage?: ImageGenerationUsage;
  [key: string]: unknown;
}

/** The generation failed after the stream started (`ImageGenStreamErrorEvent`); the stream throws a `StreamError`. */
export interface ImageStreamErrorEvent {
  type: "error";
  error: { message: string; code?: string | null; param?: string | null; type?: string | null; [key: string]: unknown };
  [key: string]: unknown;
}

/**
 * An event type the SDK does not list, passed through as it was sent. It is not part of {@link ImageStreamEvent},
 * so that a check of `type` narrows to the event's fields; compare `(event as OtherImageStreamEvent).type` for one.
 */
export interface OtherImageStreamEvent {
  type: string & {};
  [key: string]: unknown;
}

/** An event of {@link streamImage}, discriminated on `type`. */
export type ImageStreamEvent = ImagePartialImageEvent | ImageTextChunkEvent | ImageCompletedEvent | ImageStreamErrorEvent;

/**
 * What a {@link streamImage} stream's `final()` gives: what {@link createImage} returns (the finished images, decoded
 * the same way), plus the partial images that came before them. The `partial` of a stream's error is one too, with
 * whatever had arrived (`images` may then be empty).
 */
export interface StreamedImageResult extends CreateImageResult {
  /** The partial images, decoded, in the order they came. */
  partialImages: GeneratedImage[];
  /** The `content` text chunks joined (SVG markup from a vectorising model); `undefined` when none came. */
  text?: string;
}

/** How one request parameter of an image model is described (`CapabilityDescriptor`). */
export type CapabilityDescriptor =
  | { type: "enum"; values: string[] }
  | { type: "range"; min: number; max: number }
  | { type: "boolean" }
  | { type: string & {}; [key: string]: unknown };

/** An image model of `GET /images/models` (`ImageModelListItem`). */
export interface ImageModel {
  id: string;
  name: string;
  description?: string;
  created?: number;
  architecture?: { input_modalities: string[]; output_modalities: string[]; [key: string]: unknown };
  /** The union over the model's endpoints, by parameter name; the endpoints hold the definitive sets. */
  supported_parameters?: Record<string, CapabilityDescriptor>;
  /** Whether some endpoint streams partial images (`stream: true`). */
  supports_streaming?: boolean;
  /** The relative URL of the model's endpoints ({@link listImageModelEndpoints}). */
  endpoints?: string;
  [key: string]: unknown;
}

/** One billable line of an image endpoint's price (`ImagePricingEntry`). */
export interface ImagePricingEntry {
  billable: "output_image" | "input_image" | "input_font" | "input_reference" | "input_text" | (string & {});
  unit: "image" | "megapixel" | "token" | (string & {});
  cost_usd: number;
  variant?: string;
  [key: string]: unknown;
}

/** A provider endpoint serving an image model (`ImageEndpoint`). */
export interface ImageModelEndpoint {
  provider_name: string;
  provider_slug: string;
  /** What `provider.order` / `provider.only` take. */
  provider_tag: string | null;
  supported_parameters: Record<string, CapabilityDescriptor>;
  /** Provider-specific options accepted under `provider.options[provider_slug]`. */
  allowed_passthrough_parameters: string[];
  supports_streaming: boolean;
  pricing: ImagePricingEntry[];
  [key: string]: unknown;
}
