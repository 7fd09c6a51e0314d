import type { CacheControl, TextPart } from "./content-parts.js";
import type { ChatMessage } from "./messages.js";

/**
 * The request body of `POST /chat/completions` (https://openrouter.ai/docs/api_reference/parameters), with the
 * wire's snake_case names. Open unions (`| (string & {})`) keep editor completion for known values while accepting
 * new ones.
 */

/** A JSON Schema object. */
export type JSONSchema = Record<string, unknown>;

/** A function the model may call. */
export interface FunctionTool {
  type: "function";
  function: { name: string; description?: string; parameters?: JSONSchema; strict?: boolean | null };
  cache_control?: CacheControl;
}

/**
 * A tool OpenRouter runs itself (https://openrouter.ai/docs/guides/features/server-tools): the builders in
 * `openrouter-fetch/routing` (`webSearchTool()`, `webFetchTool()`, `datetimeTool()`, …) make each one.
 */
export interface ServerTool {
  type:
    | "openrouter:web_search"
    | "openrouter:web_fetch"
    | "openrouter:datetime"
    | "openrouter:image_generation"
    | "openrouter:fusion"
    | "openrouter:advisor"
    | "openrouter:subagent"
    | "openrouter:bash"
    | "openrouter:files"
    | "openrouter:experimental__search_models"
    | `openrouter:${string}`
    | "web_search"
    | "web_search_preview"
    | (string & {});
  parameters?: Record<string, unknown>;
  [key: string]: unknown;
}

/**
 * When OpenRouter stops running server tools and hands the turn back (any condition met stops): after `step_count`
 * steps, when a named tool is called, past a token or dollar budget, or on a finish reason.
 */
export type StopServerToolsWhenCondition =
  | { type: "step_count_is"; step_count: number }
  | { type: "has_tool_call"; tool_name: string }
  | { type: "max_tokens_used"; max_tokens: number }
  | { type: "max_cost"; max_cost_in_dollars: number }
  | { type: "finish_reason_is"; reason: string };

/** Prompt-caching options: `mode: "explicit"` caches only at the `prompt_cache_breakpoint`s of text parts. */
export interface PromptCacheOptions {
  mode: "explicit";
  /** e.g. `"5m"`, `"1h"`. */
  ttl?: string | null;
}

/** `stream_options` of a streamed request. OpenRouter always sends usage on the last chunk. */
export interface ChatStreamOptions {
  /** @deprecated OpenRouter includes usage whether or not this is set. */
  include_usage?: boolean;
}

/** Any tool. */
export type Tool = FunctionTool | ServerTool;

/** How the model may use tools. */
export type ToolChoice = "none" | "auto" | "required" | { type: "function"; function: { name: string } } | { type: string };

/** The answer's format (https://openrouter.ai/docs/guides/features/structured-outputs). */
export type ResponseFormat =
  | { type: "text" }
  | { type: "json_object" }
  | { type: "json_schema"; json_schema: { name: string; description?: string; schema?: JSONSchema; strict?: boolean | null } }
  | { type: "grammar"; grammar: string }
  | { type: "python" };

/** Reasoning effort levels. */
export type ReasoningEffort = "max" | "xhigh" | "high" | "medium" | "low" | "minimal" | "none";

/**
 * Reasoning configuration (https://openrouter.ai/docs/guides/best-practices/reasoning-tokens): `effort` or
 * `max_tokens`, not both.
 */
export interface ReasoningConfig {
  effort?: ReasoningEffort | null;
  summary?: "auto" | "concise" | "detailed" | null;
  max_tokens?: number;
  exclude?: boolean;
  enabled?: boolean;
  context?: "auto" | "all_turns" | "current_turn";
  mode?: "standard" | "pro";
}

/** A provider-sort key. */
export type ProviderSort = "price" | "throughput" | "latency" | "exacto";

/** Percentile thresholds (tokens/s for throughput, seconds for latency). */
export type PercentileThreshold = number | { p50?: number | null; p75?: number | null; p90?: number | null; p99?: number | null };

/** Quantization levels. */
export type Quantization = "int4" | "int8" | "fp4" | "mxfp4" | "nvfp4" | "fp6" | "fp8" | "mxfp8" | "fp16" | "bf16" | "fp32" | "unknown";

/**
 * Provider routing preferences (https://openrouter.ai/docs/guides/routing/provider-selection). `max_price` keys are
 * `prompt`/`completion`/`image`/`audio`/`request` (USD per million tokens for prompt/completion), not
 * `input`/`output`.
 */
export interface ProviderPreferences {
  order?: string[] | null;
  only?: string[] | null;
  ignore?: string[] | null;
  allow_fallbacks?: boolean | null;
  require_parameters?: boolean | null;
  data_collection?: "allow" | "deny" | null;
  zdr?: boolean | null;
  enforce_distillable_text?: boolean | null;
  quantizations?: Quantization[] | null;
  sort?: ProviderSort | { by?: ProviderSort | null; partition?: "model" | "none" | null } | null;
  preferred_min_throughput?: PercentileThreshold | null;
  preferred_max_latency?: PercentileThreshold | null;
  max_price?: { prompt?: number | string; completion?: number | string; image?: number | string; audio?: number | string; request?: number | string };
}

/**
 * A plugin (https://openrouter.ai/docs/guides/features/plugins); the builders in `openrouter-fetch/routing`
 * (`webPlugin()`, `fusionPlugin()`, `paretoRouterPlugin()`, …) make each one.
 */
export interface Plugin {
  id:
    | "web"
    | "web-fetch"
    | "file-parser"
    | "response-healing"
    | "context-compression"
    | "moderation"
    | "auto-router"
    | "auto-beta-router"
    | "pareto-router"
    | "fusion"
    | (string & {});
  enabled?: boolean;
  [key: string]: unknown;
}

/** Output modalities. */
export type Modality = "text" | "image" | "audio";

/**
 * Fields the SDK does not know yet, merged into a request's JSON body as they are (never sent as `"extra"`). The
 * params types are closed, so a misspelt field (`maxTokens`) is a type error; `extra` is the deliberate way to send
 * a provider-specific or brand-new field. A key that is a field of the params type (or a camelCase spelling of one)
 * throws a `ValidationError` before sending: set the field itself, so that it has one source.
 * @example
 * ```ts
 * import type { ChatParams } from "openrouter-fetch";
 * const params: ChatParams = { model: "openai/gpt-4o-mini", prompt: "Hi", extra: { new_sampling_knob: 0.3 } };
 * ```
 */
export type ExtraFields = Record<string, unknown>;

/**
 * The body of a chat request. Give `messages`, or `prompt` as a shortcut for one user message. Closed: a key it
 * does not list is a type error, and a camelCase spelling of a wire field (`maxTokens`) also throws a
 * `ValidationError` at run time; send a field the SDK does not know yet through `extra`.
 */
export interface ChatParams {
  messages?: ChatMessage[];
  /** Shortcut for `messages: [{ role: "user", content: prompt }]`. Not both. */
  prompt?: string;
  model?: string;
  models?: string[];
  max_tokens?: number | null;
  max_completion_tokens?: number | null;
  temperature?: number | null;
  top_p?: number | null;
  top_k?: number | null;
  min_p?: number | null;
  top_a?: number | null;
  frequency_penalty?: number | null;
  presence_penalty?: number | null;
  repetition_penalty?: number | null;
  seed?: number | null;
  stop?: string | string[] | null;
  logit_bias?: Record<string, number> | null;
  logprobs?: boolean | null;
  top_logprobs?: number | null;
  response_format?: ResponseFormat;
  tools?: Tool[];
  tool_choice?: ToolChoice;
  parallel_tool_calls?: boolean | null;
  prediction?: { type: "content"; content: string | TextPart[] } | null;
  user?: string;
  metadata?: Record<string, string>;
  provider?: ProviderPreferences | null;
  plugins?: Plugin[];
  reasoning?: ReasoningConfig;
  reasoning_effort?: ReasoningEffort | null;
  include_reasoning?: boolean;
  verbosity?: "low" | "medium" | "high" | "xhigh" | "max";
  web_search_options?: { search_context_size?: "low" | "medium" | "high"; [key: string]: unknown };
  modalities?: Modality[];
  image_config?: Record<string, unknown>;
  audio?: { voice: string; format: string };
  cache_control?: CacheControl;
  prompt_cache_key?: string | null;
  prompt_cache_options?: PromptCacheOptions | null;
  /** Stop conditions for OpenRouter's server-tool loop. */
  stop_server_tools_when?: StopServerToolsWhenCondition[];
  stream_options?: ChatStreamOptions | null;
  session_id?: string;
  service_tier?: "auto" | "default" | "fast" | "flex" | "priority" | "scale" | null;
  trace?: Record<string, unknown>;
  preset?: string;
  debug?: { echo_upstream_body?: boolean };
  /** @deprecated Use `provider.sort.partition`: `"fallback"` is `"model"`, `"sort"` is `"none"`. */
  route?: "fallback" | "sort" | null;
  /** Set by the function: `chat()` never streams and `stream()` always does; a value that disagrees throws. */
  stream?: boolean;
  /** Fields the SDK does not know yet, merged into the body (see {@link ExtraFields}). */
  extra?: ExtraFields;
}
