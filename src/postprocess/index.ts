/**
 * Post-processors: pure functions that fix what the wire gets wrong, run by `chat()` and `stream().final()`.
 *
 * @module postprocess
 */
export { defaultPostProcessors } from "./default-post-processors.js";
export { reasoningFallback } from "./reasoning-fallback.js";
export { decodeImages } from "./decode-images.js";
export { decodeDataUrl } from "./decode-data-url.js";
export { extractJson, jsonExtraction } from "./extract-json.js";
export { modalityGuard, isImageOnlyModel } from "./modality-guard.js";
export type { ChatResult, DecodedImage } from "../types/chat-result.js";
export type { ModelLookup, CatalogModel } from "../types/model-lookup.js";
export type { PostProcessor, PostProcessContext } from "../types/post-processor.js";
