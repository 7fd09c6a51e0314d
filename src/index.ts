/**
 * openrouter-fetch: a small, typed, tree-shakeable OpenRouter client. Everything is re-exported here; the
 * subpaths (`openrouter-fetch/chat`, `/errors`, …) hold the same functions for those who prefer them.
 *
 * @module openrouter-fetch
 */

// Client and facade
export { createClient, type Client } from "./core/client.js";
export {
  type ClientOptions,
  type RequestOptions,
  DEFAULT_BASE_URL,
  DEFAULT_TIMEOUT,
  DEFAULT_IDLE_TIMEOUT,
  DEFAULT_MAX_RETRIES,
  DEFAULT_MAX_RETRY_DELAY,
} from "./core/options.js";
export { createOpenRouter, type OpenRouter } from "./openrouter.js";

// Chat
export { chat, type ChatOptions } from "./chat/chat.js";
export { stream, type ChatStream, type StreamOptions, type ToReadableStreamOptions } from "./chat/stream.js";
export type * from "./chat/types.js";

// Structured output
export { toJSONSchema, validateWithSchema } from "./structured/index.js";
export type * from "./structured/index.js";

// Tools
export { tool, runTools, totalUsage } from "./tools/index.js";
export type * from "./tools/index.js";

// Images
export {
  generateImage,
  textPart,
  imagePart,
  filePart,
  audioPart,
  videoPart,
  userMessage,
  type GenerateImageOptions,
  type GenerateImageParams,
  type ImageResult,
  type GeneratedImage,
  type RemoteImage,
  type ImageInput,
  type AspectRatio,
  type ImageSize,
  type ImagePartOptions,
  type FilePartOptions,
  type PartFor,
} from "./images/index.js";

// Models. The zod/mini schemas (modelSchema, …) are exported from "openrouter-fetch/models" only, and imported
// here module by module, so that importing the root in Node does not even reach zod (about 35 ms of cold start).
export { listModels } from "./models/list-models.js";
export { getModel } from "./models/get-model.js";
export { listModelEndpoints } from "./models/list-model-endpoints.js";
export { countModels } from "./models/count-models.js";
export { findModels, type ModelFilter } from "./models/find-models.js";
export { estimateCost, type CostUsage } from "./models/estimate-cost.js";
export { pricePerMillion } from "./models/price-per-million.js";
export { createModelCatalog, DEFAULT_CATALOG_TTL, type ModelCatalog, type ModelCatalogOptions } from "./models/create-model-catalog.js";
export type * from "./models/types.js";

// Account and OAuth PKCE
export * from "./account/index.js";

// Embeddings
export * from "./embeddings/index.js";

// Routing
export {
  provider,
  providerFrom,
  route,
  autoRoute,
  webPlugin,
  fileParserPlugin,
  responseHealingPlugin,
  contextCompressionPlugin,
  webSearchTool,
  parseModelId,
  withVariant,
  checkModelId,
  cascade,
  classifyComplexity,
} from "./routing/index.js";
export type * from "./routing/index.js";

// Post-processing
export {
  defaultPostProcessors,
  reasoningFallback,
  decodeImages,
  decodeDataUrl,
  extractJson,
  jsonExtraction,
  modalityGuard,
  isImageOnlyModel,
} from "./postprocess/index.js";

// Errors
export * from "./errors/index.js";
