import type { Annotation, ReasoningDetail, ToolCall, WireImage } from "./messages.js";

/** Token counts and cost (USD) of a request. `cost` can be missing on streamed usage. */
export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  prompt_tokens_details?: { cached_tokens?: number; cache_write_tokens?: number; audio_tokens?: number; video_tokens?: number } | null;
  completion_tokens_details?: {
    reasoning_tokens?: number | null;
    audio_tokens?: number | null;
    image_tokens?: number | null;
    accepted_prediction_tokens?: number | null;
    rejected_prediction_tokens?: number | null;
  } | null;
  cost?: number | null;
  is_byok?: boolean;
  cost_details?: { upstream_inference_cost?: number | null; upstream_inference_prompt_cost?: number; upstream_inference_completions_cost?: number } | null;
  server_tool_use_details?: Record<string, number | null> | null;
  [key: string]: unknown;
}

/** Why generation stopped. `null` happens (some providers omit it). */
export type FinishReason = "stop" | "length" | "tool_calls" | "content_filter" | "error" | (string & {}) | null;

/** The error object OpenRouter puts in bodies and chunks. */
export interface WireError {
  code?: number | string | null;
  message?: string;
  metadata?: Record<string, unknown> | null;
  [key: string]: unknown;
}

/** The assistant message of a non-streamed response. */
export interface ResponseMessage {
  role: "assistant";
  content: string | null;
  refusal?: string | null;
  reasoning?: string | null;
  reasoning_details?: ReasoningDetail[];
  tool_calls?: ToolCall[];
  images?: WireImage[];
  annotations?: Annotation[];
  audio?: { id?: string; data?: string; transcript?: string; expires_at?: number };
  [key: string]: unknown;
}

/** One choice of a non-streamed response. */
export interface ChatChoice {
  index: number;
  finish_reason: FinishReason;
  native_finish_reason?: string | null;
  logprobs?: unknown;
  message: ResponseMessage;
  error?: WireError;
}

/** The non-streamed response of `POST /chat/completions`, as sent. */
export interface ChatCompletion {
  id: string;
  object: "chat.completion";
  created: number;
  /** The model that actually served (a fallback, or a dated permaslug). */
  model: string;
  provider?: string;
  system_fingerprint?: string | null;
  service_tier?: string | null;
  choices: ChatChoice[];
  usage?: Usage;
  error?: WireError;
  [key: string]: unknown;
}
