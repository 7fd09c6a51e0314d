/**
 * Embeddings: vectors for texts (and, for multimodal models, images and other media), decoded to numbers.
 *
 * @module embeddings
 */
export { embed } from "./embed.js";
export { listEmbeddingModels } from "./list-embedding-models.js";
export type {
  EmbeddingContentPart,
  EmbeddingInput,
  EmbedParams,
  EmbeddingUsage,
  EmbeddingData,
  EmbeddingsResponse,
  EmbedResult,
  EmbeddingModelsQuery,
} from "./types.js";
export { createClient, type Client } from "../core/client.js";
export type { ClientOptions, RequestOptions } from "../core/options.js";
