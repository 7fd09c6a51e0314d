// Wire shapes of the account endpoints (operations getGeneration, getCurrentKey, getCredits and
// exchangeAuthCodeForAPIKey of https://openrouter.ai/openapi.yaml), snake_case as on the wire. Each function returns
// the object inside the response's `{ data }`, untouched: unknown fields are kept at runtime.

/** One provider attempt inside a generation record. */
export interface ProviderResponse {
  provider_name?: string | null;
  status: number | null;
  latency?: number | null;
  id?: string | null;
  endpoint_id?: string | null;
  model_permaslug?: string | null;
  is_byok?: boolean | null;
  routed_service_tier?: "flex" | "priority" | (string & {}) | null;
}

/** The record of one request (`GET /generation?id=`): tokens, cost, latency, the provider that served. */
export interface Generation {
  id: string;
  /** ISO date. */
  created_at?: string;
  model?: string;
  provider_name?: string | null;
  api_type?: "completions" | "embeddings" | "rerank" | "tts" | "stt" | "video" | "image" | (string & {}) | null;
  origin?: string | null;
  http_referer?: string | null;
  user_agent?: string | null;
  app_id?: number | string | null;
  external_user?: string | null;
  streamed?: boolean | null;
  cancelled?: boolean | null;
  finish_reason?: string | null;
  native_finish_reason?: string | null;
  tokens_prompt?: number | null;
  tokens_completion?: number | null;
  native_tokens_prompt?: number | null;
  native_tokens_completion?: number | null;
  native_tokens_completion_images?: number | null;
  native_tokens_reasoning?: number | null;
  native_tokens_cached?: number | null;
  num_media_prompt?: number | null;
  num_media_completion?: number | null;
  num_input_audio_prompt?: number | null;
  num_search_results?: number | null;
  num_fetches?: number | null;
  /** USD charged. */
  total_cost?: number;
  usage?: number;
  /** Meaningful for BYOK only. */
  upstream_inference_cost?: number | null;
  cache_discount?: number | null;
  is_byok?: boolean;
  /** Milliseconds. */
  latency?: number | null;
  /** Milliseconds. */
  generation_time?: number | null;
  moderation_latency?: number | null;
  upstream_id?: string | null;
  router?: string | null;
  preset_id?: string | null;
  service_tier?: string | null;
  data_region?: "global" | "europe" | "us" | (string & {}) | null;
  web_search_engine?: string | null;
  workspace_id?: string | null;
  session_id?: string | null;
  request_id?: string | null;
  response_cache_source_id?: string | null;
  provider_responses?: ProviderResponse[] | null;
}

/** The key a request is made with (`GET /key`): its limit, what is left, usage in USD, and its kind. */
export interface KeyInfo {
  label?: string;
  /** Credit limit in USD, `null` for none. */
  limit: number | null;
  /** USD left under the limit, `null` without a limit. */
  limit_remaining: number | null;
  limit_reset?: "daily" | "weekly" | "monthly" | (string & {}) | null;
  include_byok_in_limit?: boolean;
  /** USD spent, all time. */
  usage: number;
  usage_daily?: number;
  usage_weekly?: number;
  usage_monthly?: number;
  byok_usage?: number;
  byok_usage_daily?: number;
  byok_usage_weekly?: number;
  byok_usage_monthly?: number;
  /** True until credits were ever bought; free-model daily limits depend on it. */
  is_free_tier: boolean;
  is_management_key?: boolean;
  /** @deprecated Use `is_management_key`. */
  is_provisioning_key?: boolean;
  creator_user_id?: string | null;
  expires_at?: string | null;
  /** @deprecated OpenRouter no longer enforces it (values are -1). */
  rate_limit?: { requests: number; interval: string; note?: string } | null;
}

/** Account credits (`GET /credits`), in USD. The balance is `total_credits - total_usage`. */
export interface Credits {
  total_credits: number;
  total_usage: number;
}

/** A user key minted by the OAuth PKCE exchange. */
export interface AuthKey {
  /** The user's API key (`sk-or-v1-…`): store it like a password. */
  key: string;
  user_id?: string | null;
}

/** One failed upstream attempt stored with a generation. */
export interface GenerationContentErrorAttempt {
  code: number;
  message: string;
  provider_name: string | null;
  raw: string | null;
  [key: string]: unknown;
}

/** The stored failure of a generation (`null` when it succeeded). */
export interface GenerationContentError {
  status: number | null;
  message: string | null;
  provider_name: string | null;
  raw: string | null;
  /** Every upstream attempt that failed before the returned error, in attempt order. */
  previous_errors: GenerationContentErrorAttempt[];
  [key: string]: unknown;
}

/** The stored prompt and completion of a generation (`GET /generation/content?id=`), kept only if logging is on. */
export interface GenerationContent {
  /** A prompt string, or the messages sent. */
  input: { prompt: string; [key: string]: unknown } | { messages: unknown[]; [key: string]: unknown };
  output: { completion: string | null; reasoning: string | null; [key: string]: unknown };
  error: GenerationContentError | null;
  [key: string]: unknown;
}

/** The answer of `POST /auth/keys/code`: the code to send the user on with. */
export interface AuthCode {
  /** The authorization code to use in the exchange request. */
  id: string;
  app_id: number;
  created_at: string;
  [key: string]: unknown;
}
