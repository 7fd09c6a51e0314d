import type { ExtraFields, ProviderPreferences } from "../types/chat-params.js";

/** A document to rank: a text, or (for multimodal models) `{ text?, image? }` with an https or `data:image/…` URL. */
export type RerankDocument = string | { text?: string; image?: string };

/** The body of `POST /rerank` (wire names). */
export interface RerankParams {
  /** A rerank model, e.g. `"cohere/rerank-v3.5"`. */
  model: string;
  /** What the documents are ranked against. */
  query: string;
  /** The documents, at least one. */
  documents: RerankDocument[];
  /** Return only the best `top_n` (1 or more). @default every document (server) */
  top_n?: number | undefined;
  provider?: ProviderPreferences | undefined;
  /** Fields the SDK does not know yet, merged into the body (see {@link ExtraFields}). */
  extra?: ExtraFields;
}

/** One ranked document as the wire sends it, with `score` beside `relevance_score`. */
export interface RerankResultItem {
  /** The document's position in `params.documents`. */
  index: number;
  /** How relevant the document is to the query (higher is better); the scale is the model's. */
  relevance_score: number;
  /** The document as echoed by the server; filled from your input when the server left it out. */
  document: { text?: string; image?: string; [key: string]: unknown };
  [key: string]: unknown;
}

/** A ranked document: the wire item plus `score` (the same number as `relevance_score`). */
export interface RankedDocument extends RerankResultItem {
  /** `relevance_score`, under a short name. */
  score: number;
}

/** Usage of a rerank request. */
export interface RerankUsage {
  /** Cohere's billing unit. */
  search_units?: number;
  total_tokens?: number;
  cost?: number;
  [key: string]: unknown;
}

/** The `POST /rerank` answer, as received. */
export interface RerankResponse {
  id?: string;
  model: string;
  provider?: string;
  results: RerankResultItem[];
  usage?: RerankUsage;
  [key: string]: unknown;
}

/** What {@link rerank} returns. */
export interface RerankResult {
  /** The documents, most relevant first (as the server sorted them). */
  results: RankedDocument[];
  /** The model that served. */
  model: string;
  /** The provider that served, when named. */
  provider: string | undefined;
  usage: RerankUsage | undefined;
  /** The response id (`gen-rerank-…`), for `getGeneration()` and support requests. */
  generationId: string | undefined;
  /** The wire answer as received. */
  raw: RerankResponse;
}
