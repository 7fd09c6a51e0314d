import type { ExtraFields, ProviderPreferences } from "../types/chat-params.js";

/** One part of a multimodal embedding input. */
export type EmbeddingContentPart =
  | { type: "text"; text: string }
  | { type: "image_url"; image_url: { url: string } }
  | { type: "input_audio" | "input_video" | "input_file"; [key: string]: unknown };

/** What to embed: a text, several texts, token ids, or multimodal items. */
export type EmbeddingInput = string | string[] | number[] | number[][] | { content: EmbeddingContentPart[] }[];

/** The body of `POST /embeddings` (wire names). */
export interface EmbedParams {
  /** An embedding model, e.g. `"openai/text-embedding-3-small"` (list them with `output_modalities: "embeddings"`). */
  model: string;
  input: EmbeddingInput;
  /** Output size, for models that can shorten their vectors. */
  dimensions?: number | undefined;
  /** `base64` is smaller on the wire; the SDK decodes it to numbers either way. @default "float" (server) */
  encoding_format?: "float" | "base64" | undefined;
  /** e.g. `"search_query"` or `"search_document"`, for models that embed queries and documents differently. */
  input_type?: string | undefined;
  provider?: ProviderPreferences | undefined;
  user?: string | undefined;
  /** Fields the SDK does not know yet, merged into the body (see {@link ExtraFields}). */
  extra?: ExtraFields;
}

/** Token usage and cost of an embeddings request. */
export interface EmbeddingUsage {
  prompt_tokens: number;
  total_tokens: number;
  /** USD charged. */
  cost?: number | null;
  is_byok?: boolean;
  cost_details?: Record<string, unknown> | null;
  prompt_tokens_details?: {
    text_tokens?: number;
    image_tokens?: number;
    audio_tokens?: number;
    video_tokens?: number;
    file_tokens?: number;
  } | null;
}

/** One vector of the wire response: numbers, or a base64 string of little-endian float32s. */
export interface EmbeddingData {
  object: "embedding";
  embedding: number[] | string;
  index?: number;
}

/** The body `POST /embeddings` answers with. */
export interface EmbeddingsResponse {
  object: "list";
  id?: string;
  model: string;
  data: EmbeddingData[];
  usage?: EmbeddingUsage;
}

/** What {@link embed} returns. */
export interface EmbedResult {
  /** One vector per input, in input order, always as numbers. */
  embeddings: number[][];
  usage: EmbeddingUsage | undefined;
  /** The model that answered. */
  model: string;
  /** The response as received. */
  raw: EmbeddingsResponse;
}

/** Pagination of {@link listEmbeddingModels}: opt-in; without `offset`/`limit` the whole list comes back. */
export interface EmbeddingModelsQuery {
  /** Models to skip, 0 or more. */
  offset?: number | undefined;
  /** At most this many models, 1–1000. */
  limit?: number | undefined;
}
