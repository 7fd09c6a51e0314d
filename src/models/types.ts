// Wire shapes of OpenRouter's catalog endpoints (https://openrouter.ai/docs/guides/overview/models; schemas `Model`
// and `PublicEndpoint` of https://openrouter.ai/openapi.yaml). Names stay snake_case, as on the wire. Only the fields
// the SDK reads are required; everything else is optional and often nullable, because live responses leave fields
// out or send null for them. Unknown fields are kept at runtime (the objects are the parsed JSON, untouched).
import type { Quantization, ReasoningEffort } from "../types/chat-params.js";

/** An input modality. Open: a new value from the server is kept as is. */
export type InputModality = "text" | "image" | "file" | "audio" | "video" | (string & {});

/** An output modality. Open: a new value from the server is kept as is. */
export type OutputModality =
  | "text"
  | "image"
  | "embeddings"
  | "audio"
  | "video"
  | "rerank"
  | "speech"
  | "transcription"
  | (string & {});

/** A reasoning effort level, open to values added later. */
/** A reasoning effort level; unknown new levels are accepted as strings. */
export type OpenEffort = ReasoningEffort | (string & {});

/** A time-of-day price override (prices in USD per token, times as HHMM integers in UTC). */
export interface PriceOverride {
  min_prompt_tokens?: number | null;
  utc_start?: number | null;
  utc_end?: number | null;
  prompt?: string | null;
  completion?: string | null;
  audio?: string | null;
  input_cache_read?: string | null;
  input_cache_write?: string | null;
  input_cache_write_1h?: string | null;
  input_audio_cache?: string | null;
}

/**
 * Prices of a model or endpoint, as decimal strings in **USD per token** (`"0.0000001"` is $0.10 per million
 * tokens), except `request` (per request), `image` (per input image) and `web_search` (per search). A price of
 * `"-1"` means "variable" (routers such as `openrouter/auto`). Numbers sent by the server are turned into strings.
 */
export interface Pricing {
  /** Per input token. */
  prompt: string;
  /** Per output token. */
  completion: string;
  /** Per request, on top of tokens. */
  request?: string | null;
  /** Per input image. */
  image?: string | null;
  /** Per input image token. */
  image_token?: string | null;
  /** Per output image token. */
  image_output?: string | null;
  /** Per input audio token. */
  audio?: string | null;
  /** Per output audio token. */
  audio_output?: string | null;
  input_audio_cache?: string | null;
  /** Per web search (the web plugin or `:online`). */
  web_search?: string | null;
  /** Per reasoning token, when reasoning is priced apart from other output. */
  internal_reasoning?: string | null;
  /** Per cached input token read. */
  input_cache_read?: string | null;
  /** Per input token written to the cache. */
  input_cache_write?: string | null;
  /** Per input token written to the 1-hour cache. */
  input_cache_write_1h?: string | null;
  /** A fraction taken off every price: `price × (1 - discount)`. */
  discount?: number | null;
  overrides?: PriceOverride[] | null;
}

/** What a model takes and produces. */
export interface Architecture {
  /** e.g. `"text+image+file->text"`. */
  modality?: string | null;
  input_modalities: InputModality[];
  output_modalities: OutputModality[];
  /** e.g. `"GPT"`, `"Claude"`, `"Llama3"`. Open. */
  tokenizer?: string | null;
  instruct_type?: string | null;
}

/** The limits of the provider OpenRouter prefers for a model. */
export interface TopProvider {
  context_length?: number | null;
  max_completion_tokens?: number | null;
  is_moderated?: boolean | null;
}

/** A model's reasoning options. */
export interface ModelReasoning {
  supported_efforts?: OpenEffort[] | null;
  default_effort?: OpenEffort | null;
  default_enabled?: boolean | null;
  supports_max_tokens?: boolean | null;
  /** Reasoning cannot be turned off. */
  mandatory?: boolean | null;
}

/** One Design Arena result. */
export interface DesignArenaResult {
  arena: string;
  category: string;
  elo: number;
  win_rate: number;
  rank: number;
}

/** Benchmark scores OpenRouter shows for a model. */
export interface ModelBenchmarks {
  artificial_analysis?: {
    intelligence_index?: number | null;
    coding_index?: number | null;
    agentic_index?: number | null;
  } | null;
  design_arena?: DesignArenaResult[] | null;
}

/** A model of the catalog (`GET /models`, `GET /model/{author}/{slug}`). */
export interface Model {
  /** The routable id, e.g. `"openai/gpt-4.1-nano"`. */
  id: string;
  /** The permanent, dated slug, e.g. `"openai/gpt-4.1-nano-2025-04-14"` (what responses name as `model`). */
  canonical_slug?: string | null;
  /** Display name, e.g. `"OpenAI: GPT-4.1 Nano"`. */
  name: string;
  /** Unix seconds. */
  created?: number | null;
  description?: string | null;
  hugging_face_id?: string | null;
  /** Context window in tokens. */
  context_length?: number | null;
  /** Absent for some models: treat as unknown. */
  architecture?: Architecture | null;
  pricing: Pricing;
  top_provider?: TopProvider | null;
  per_request_limits?: { prompt_tokens?: number | null; completion_tokens?: number | null } | null;
  /** Request parameters the model accepts, e.g. `"tools"`, `"structured_outputs"`, `"reasoning"`. */
  supported_parameters?: string[] | null;
  default_parameters?: Record<string, number | null> | null;
  /** Voices of text-to-speech models. */
  supported_voices?: string[] | null;
  /** `YYYY-MM-DD`. */
  knowledge_cutoff?: string | null;
  /** `YYYY-MM-DD`: the model is deprecated and goes away on this date. */
  expiration_date?: string | null;
  links?: { details?: string | null } | null;
  reasoning?: ModelReasoning | null;
  /** Set when this id is an alias of another model. */
  alias_target?: { slug: string; name?: string | null } | null;
  benchmarks?: ModelBenchmarks | null;
}

/** Latency (seconds) or throughput (tokens/s) percentiles over the last 30 minutes. */
export interface Percentiles {
  p50?: number | null;
  p75?: number | null;
  p90?: number | null;
  p99?: number | null;
}

/** One provider's endpoint for a model (`GET /models/{author}/{slug}/endpoints`). */
export interface ModelEndpoint {
  /** The provider's display name, e.g. `"DeepInfra"`. */
  provider_name: string;
  pricing: Pricing;
  /** e.g. `"OpenAI: GPT-4"`. */
  name?: string | null;
  /** The permanent slug of the model. */
  model_id?: string | null;
  model_name?: string | null;
  /** The slug to use in `provider.order` / `provider.only`, e.g. `"deepinfra/turbo"`. */
  tag?: string | null;
  context_length?: number | null;
  max_completion_tokens?: number | null;
  max_prompt_tokens?: number | null;
  /** e.g. `"fp8"`; open to values added later. */
  quantization?: Quantization | (string & {}) | null;
  /** 0 is healthy; negative values mean degraded or disabled. */
  status?: number | null;
  supported_parameters?: string[] | null;
  supports_implicit_caching?: boolean | null;
  supports_voice_cloning?: boolean | null;
  /** Percent of successful requests. */
  uptime_last_5m?: number | null;
  uptime_last_30m?: number | null;
  uptime_last_1d?: number | null;
  latency_last_30m?: Percentiles | null;
  throughput_last_30m?: Percentiles | null;
}

/** A model category of the catalog's `category` filter. Open. */
export type ModelCategory =
  | "programming"
  | "roleplay"
  | "marketing"
  | "marketing/seo"
  | "technology"
  | "science"
  | "translation"
  | "legal"
  | "finance"
  | "health"
  | "trivia"
  | "academia"
  | (string & {});

/** An ordering of the catalog. Open. */
export type ModelSort =
  | "most-popular"
  | "newest"
  | "top-weekly"
  | "pricing-low-to-high"
  | "pricing-high-to-low"
  | "context-high-to-low"
  | "throughput-high-to-low"
  | "latency-low-to-high"
  | "intelligence-high-to-low"
  | "coding-high-to-low"
  | "agentic-high-to-low"
  | "design-arena-elo-high-to-low"
  | (string & {});

/** A list filter: one value, or several (sent comma-separated). */
/** One value or several (sent comma-separated). */
export type OneOrMany<T> = T | readonly T[];

/**
 * Filters of `GET /models`, with the wire's names. Lists may be given as arrays. At runtime, keys not named here are
 * sent as they are too, so a filter OpenRouter adds later can be used (with a cast) before this type knows it.
 */
export interface ListModelsQuery {
  /**
   * Output modalities, or `"all"`. **The server's default is `text`**: image, audio and embedding models are left
   * out unless asked for.
   */
  output_modalities?: OneOrMany<OutputModality | "all"> | undefined;
  input_modalities?: OneOrMany<InputModality> | undefined;
  /** Only models supporting every parameter named, e.g. `["tools", "structured_outputs"]`. */
  supported_parameters?: OneOrMany<string> | undefined;
  category?: ModelCategory | undefined;
  sort?: ModelSort | undefined;
  /** Pagination is opt-in: without `offset`/`limit` the whole list comes back. */
  offset?: number | undefined;
  /** 1–1000 (server default 500 when paginating). */
  limit?: number | undefined;
  /** Free-text search. */
  q?: string | undefined;
  arch?: string | undefined;
  model_authors?: OneOrMany<string> | undefined;
  providers?: OneOrMany<string> | undefined;
  /** Minimum context length in tokens. */
  context?: number | undefined;
  /** Input price bounds in USD per million tokens. */
  min_price?: number | undefined;
  max_price?: number | undefined;
  /** Output price bounds in USD per million tokens. */
  min_output_price?: number | undefined;
  max_output_price?: number | undefined;
  min_age_days?: number | undefined;
  max_age_days?: number | undefined;
  min_intelligence_index?: number | undefined;
  max_intelligence_index?: number | undefined;
  min_coding_index?: number | undefined;
  max_coding_index?: number | undefined;
  min_agentic_index?: number | undefined;
  max_agentic_index?: number | undefined;
  /** 0..1. */
  min_tool_success_rate?: number | undefined;
  max_tool_success_rate?: number | undefined;
  distillable?: boolean | undefined;
  /** Only endpoints with zero data retention. */
  zdr?: boolean | undefined;
  region?: "eu" | "us" | (string & {}) | undefined;
}

/**
 * The one filter `GET /models/count` accepts: `output_modalities`. It ignores the other filters of
 * {@link ListModelsQuery} (it would count every model), so `countModels()` refuses them; count by those with
 * `(await listModels(client, query)).length`.
 */
export type CountModelsQuery = Pick<ListModelsQuery, "output_modalities">;
