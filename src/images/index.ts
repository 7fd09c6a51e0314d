/**
 * Images: generate them through chat completions with the right `modalities` for each model family, or through
 * the native image API (`createImage`, `streamImage` for partial images, `listImageModels`); get them back decoded (bytes, base64, mime type,
 * `toBlob()`); and build the multimodal parts of a request — images, PDFs, audio and video — from URLs, bytes or
 * Blobs.
 *
 * @module images
 */

// Generation
export { generateImage, type GenerateImageOptions } from "./generate-image.js";
export type {
  GenerateImageParams,
  ImageResult,
  GeneratedImage,
  RemoteImage,
  ImageInput,
  AspectRatio,
  ImageSize,
} from "./types.js";

// The native image API (POST /images, GET /images/models…)
export { createImage } from "./create-image.js";
export { streamImage, type ImageStream } from "./stream-image.js";
export { isImageStreamFailure, type ImageStreamFailure } from "./is-image-stream-failure.js";
export { listImageModels } from "./list-image-models.js";
export { listImageModelEndpoints } from "./list-image-model-endpoints.js";
export type {
  CreateImageParams,
  CreateImageResult,
  NativeAspectRatio,
  NativeImageReference,
  ImageGenerationItem,
  ImageGenerationResponse,
  ImageGenerationUsage,
  ImageModel,
  ImageModelEndpoint,
  ImagePricingEntry,
  CapabilityDescriptor,
  ImageStreamEvent,
  ImagePartialImageEvent,
  ImageTextChunkEvent,
  ImageCompletedEvent,
  ImageStreamErrorEvent,
  OtherImageStreamEvent,
  StreamedImageResult,
} from "./native-types.js";
export { createImagesFacade, type ImagesFacade } from "./images-facade.js";

// Content parts for the way in
export { textPart, imagePart, userMessage, type ImagePartOptions, type PartFor } from "./content-parts.js";
export { filePart, audioPart, videoPart, type FilePartOptions } from "./media-parts.js";

export { createClient, type Client } from "../core/client.js";
export type { ClientOptions, RequestOptions } from "../core/options.js";
export type { Usage, ChatCompletion } from "../types/chat-completion.js";
export type { DecodedImage, ChatResult } from "../types/chat-result.js";
export type { ContentPart, TextPart, ImagePart, FilePart, AudioPart, VideoPart } from "../types/content-parts.js";
export type { UserMessage } from "../types/messages.js";
