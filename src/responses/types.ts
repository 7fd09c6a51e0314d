import type { DecodedImage } from "../types/chat-result.js";
import type {
  ExtraFields,
  JSONSchema,
  Plugin,
  PromptCacheOptions,
  ProviderPreferences,
  ReasoningConfig,
  StopServerToolsWhenCondition,
} from "../types/chat-params.js";
import type { CacheControl } from "../types/content-parts.js";

// Wire types of POST /responses (the OpenAPI document's ResponsesRequest and OpenResponsesResult), with its names.

/** A content part of an input message: text, an image, a file or audio. */
export type ResponseInputContent =
  | { type: "input_text"; text: string }
  | { type: "input_image"; image_url?: string | null; detail?: "auto" | "low" | "high" | (string & {}); file_id?: string | null }
  | { type: "input_file"; file_data?: string; file_url?: string; filename?: string; file_id?: string | null }
  | { type: "input_audio"; input_audio: { data: string; format: string } }
  | { type: string; [key: string]: unknown };

/** An input message. */
export interface ResponseInputMessage {
  type?: "message";
  role: "user" | "system" | "developer" | "assistant";
  content: string | ResponseInputContent[] | ResponseOutputContent[];
  id?: string;
  status?: string;
}

/** The result of a function call, sent back as input (`call_id` names the call it answers). */
export interface FunctionCallOutputItem {
  type: "function_call_output";
  call_id: string;
  output: string | ResponseInputContent[];
  id?: string | null;
  status?: string | null;
}

/** One item of `input`: a message, an item from a previous `output`, or a function call's result. */
export type ResponseInputItem = ResponseInputMessage | FunctionCallOutputItem | ResponseOutputItem;

/** A function the model may call. */
export interface ResponseFunctionTool {
  type: "function";
  name: string;
  description?: string | null;
  parameters?: JSONSchema | null;
  strict?: boolean | null;
  /** Withheld from the model until `openrouter:tool_search` finds it. */
  defer_loading?: boolean;
}

/** A built-in or OpenRouter server tool (`web_search_preview`, `image_generation`, `openrouter:web_search`, …). */
export interface ResponseServerTool {
  type: string;
  [key: string]: unknown;
}

/** The answer's format: `text.format`. */
export type ResponseTextFormat =
  | { type: "text" }
  | { type: "json_object" }
  | { type: "json_schema"; name: string; schema: JSONSchema; strict?: boolean | null; description?: string };

/** A stored prompt template and the values of its variables (`StoredPromptTemplate`). */
export interface StoredPromptTemplate {
  id: string;
  variables?: Record<string, string | ResponseInputContent> | null;
}

/**
 * The request body of `POST /responses` (OpenRouter's ResponsesRequest), with the wire's names. Closed: a key it
 * does not list is a type error, and a camelCase spelling of a wire field (`maxOutputTokens`) throws a
 * `ValidationError` at run time; send a field the SDK does not know yet through `extra`.
 */
export interface ResponsesParams {
  model?: string;
  /** Fallback models, tried in order. */
  models?: string[];
  /** A prompt, or the conversation as input items (earlier `output` items included). */
  input?: string | ResponseInputItem[];
  instructions?: string | null;
  /** Rejected by OpenRouter (the API is stateless): send the conversation in `input`. */
  previous_response_id?: string | null;
  tools?: (ResponseFunctionTool | ResponseServerTool)[];
  tool_choice?: "auto" | "none" | "required" | { type: string; [key: string]: unknown };
  parallel_tool_calls?: boolean | null;
  max_tool_calls?: number | null;
  max_output_tokens?: number | null;
  temperature?: number | null;
  top_p?: number | null;
  top_k?: number;
  top_logprobs?: number | null;
  frequency_penalty?: number | null;
  presence_penalty?: number | null;
  reasoning?: (ReasoningConfig & { summary?: "auto" | "concise" | "detailed" | (string & {}) | null }) | null;
  text?: { format?: ResponseTextFormat; verbosity?: "low" | "medium" | "high" | "xhigh" | "max" | null };
  include?: string[] | null;
  modalities?: ("text" | "image" | (string & {}))[];
  image_config?: Record<string, unknown>;
  metadata?: Record<string, string> | null;
  provider?: ProviderPreferences | null;
  plugins?: Plugin[];
  route?: "fallback" | "sort" | (string & {}) | null;
  session_id?: string;
  trace?: Record<string, unknown>;
  user?: string;
  safety_identifier?: string | null;
  service_tier?: "auto" | "default" | "fast" | "flex" | "priority" | "scale" | null;
  truncation?: "auto" | "disabled" | (string & {}) | null;
  prompt_cache_key?: string | null;
  background?: boolean | null;
  store?: false;
  stream?: boolean;
  /** A stored prompt template to start from (with `input` or instead of it). */
  prompt?: StoredPromptTemplate | null;
  cache_control?: CacheControl;
  prompt_cache_options?: PromptCacheOptions | null;
  /** Stop conditions for OpenRouter's server-tool loop. */
  stop_server_tools_when?: StopServerToolsWhenCondition[];
  debug?: { echo_upstream_body?: boolean };
  /** Fields the SDK does not know yet, merged into the body (see {@link ExtraFields}). */
  extra?: ExtraFields;
}

/** An annotation on output text (a URL citation, a file citation). */
export interface ResponseAnnotation {
  type: "url_citation" | "file_citation" | "file_path" | (string & {});
  [key: string]: unknown;
}

/** A content part of an output message. */
export type ResponseOutputContent =
  | { type: "output_text"; text: string; annotations?: ResponseAnnotation[]; logprobs?: unknown[]; [key: string]: unknown }
  | { type: "refusal"; refusal: string; [key: string]: unknown };

/** The assistant's message. */
export interface ResponseOutputMessage {
  type: "message";
  id: string;
  role: "assistant";
  status?: string;
  content: ResponseOutputContent[];
  [key: string]: unknown;
}

/** A call of one of the request's functions. */
export interface ResponseFunctionCall {
  type: "function_call";
  id?: string;
  call_id: string;
  name: string;
  /** JSON text, as the model wrote it. */
  arguments: string;
  status?: string;
  [key: string]: unknown;
}

/** The model's reasoning: summaries, and the text or encrypted content when the provider gives them. */
export interface ResponseReasoningItem {
  type: "reasoning";
  id: string;
  summary: { type: "summary_text"; text: string }[];
  content?: { type: "reasoning_text"; text: string }[] | null;
  encrypted_content?: string | null;
  signature?: string | null;
  format?: string | null;
  status?: string;
  [key: string]: unknown;
}

/** A generated image: `result` is base64 (no `data:` prefix). */
export interface ResponseImageGenerationCall {
  type: "image_generation_call";
  id: string;
  status: string;
  result?: string | null;
  [key: string]: unknown;
}

/** Any output item; those the SDK does not read (web search calls, server tools, …) pass through as they are. */
export type ResponseOutputItem =
  | ResponseOutputMessage
  | ResponseFunctionCall
  | ResponseReasoningItem
  | ResponseImageGenerationCall
  | { type: string; id?: string; [key: string]: unknown };

/** Token usage, with OpenRouter's `cost`. */
export interface ResponseUsage {
  input_tokens: number;
  output_tokens: number;
  total_tokens: number;
  input_tokens_details?: { cached_tokens?: number; [key: string]: unknown };
  output_tokens_details?: { reasoning_tokens?: number; [key: string]: unknown };
  cost?: number | null;
  cost_details?: Record<string, unknown>;
  is_byok?: boolean;
  [key: string]: unknown;
}

/** The wire response of `POST /responses` (OpenResponsesResult). Unknown fields pass through. */
export interface ResponseObject {
  id: string;
  object: "response";
  created_at: number;
  completed_at?: number | null;
  model: string;
  status: "completed" | "incomplete" | "in_progress" | "failed" | "cancelled" | "queued" | (string & {});
  output: ResponseOutputItem[];
  error?: { code?: string | number; message: string; [key: string]: unknown } | null;
  incomplete_details?: { reason?: string; [key: string]: unknown } | null;
  usage?: ResponseUsage | null;
  [key: string]: unknown;
}

/** A function call of a {@link ResponseResult}, with its arguments parsed when asked for. */
export interface ResponseToolCall {
  /** The id to answer with, in a `function_call_output` item. */
  callId: string;
  name: string;
  /** The arguments as JSON text, as the model wrote them. */
  arguments: string;
  /**
   * The arguments parsed.
   * @throws {@link ResponseValidationError} when they are not JSON.
   */
  parseArguments(): unknown;
  /** The wire item. */
  item: ResponseFunctionCall;
}

/** What `createResponse()` (and a response stream's `final()`) returns. */
export interface ResponseResult<T = unknown> {
  /** The `output_text` parts of every message, joined; with the reasoning fallback, the reasoning when there are none. */
  text: string;
  /** The reasoning summaries (else the reasoning text), joined; `undefined` when there is none. */
  reasoning: string | undefined;
  toolCalls: ResponseToolCall[];
  /** The generated images (`image_generation_call` results), decoded. */
  images: DecodedImage[];
  /** With `schema` or a JSON `text.format`: the answer's JSON. */
  json: T | undefined;
  usage: ResponseUsage | undefined;
  status: ResponseObject["status"];
  /** The response id. The API is stateless: it does not take it back as `previous_response_id`. */
  id: string;
  /** The `X-Generation-Id` header, else the response id. Use it with `getGeneration()`. */
  generationId: string | undefined;
  model: string;
  /** The output items, ready to append to the next turn's `input`. */
  output: ResponseOutputItem[];
  /** The response as received (for a stream, the one `response.completed` carried). */
  raw: ResponseObject;
}
