import type { ExtraFields, JSONSchema, Plugin, ProviderPreferences, StopServerToolsWhenCondition } from "../types/chat-params.js";
import type { CacheControl } from "../types/content-parts.js";

// Wire types of POST /messages (the OpenAPI document's MessagesRequest and MessagesResult): Anthropic's Messages
// shape with OpenRouter's extensions, with the wire's names.

/** A content block of a request message: text, an image, a document, a tool call or a tool's result. */
export type MessageParamBlock =
  | { type: "text"; text: string; cache_control?: { type: "ephemeral"; ttl?: string } | null; [key: string]: unknown }
  | { type: "image"; source: { type: "base64"; media_type: string; data: string } | { type: "url"; url: string }; [key: string]: unknown }
  | { type: "document"; source: Record<string, unknown>; [key: string]: unknown }
  | { type: "tool_use"; id: string; name: string; input: unknown; [key: string]: unknown }
  | { type: "tool_result"; tool_use_id: string; content?: string | MessageParamBlock[]; is_error?: boolean; [key: string]: unknown }
  | { type: "thinking"; thinking: string; signature: string }
  | { type: "redacted_thinking"; data: string }
  | { type: string; [key: string]: unknown };

/** A message of the conversation. An answer's `content` can be sent back as it is. */
export interface MessageParam {
  role: "user" | "assistant";
  content: string | MessageParamBlock[] | MessageContentBlock[];
}

/** A tool the model may call (`input_schema` is a JSON Schema), or a server tool (`web_search_20250305`, …). */
export type MessageTool =
  | { name: string; description?: string; input_schema: JSONSchema; cache_control?: unknown; [key: string]: unknown }
  | { type: string; name?: string; [key: string]: unknown };

/**
 * The request body of `POST /messages` (OpenRouter's MessagesRequest), with the wire's names. Closed: a key it does
 * not list is a type error, and a camelCase spelling of a wire field (`maxTokens`) throws a `ValidationError` at run
 * time; send a field the SDK does not know yet through `extra`.
 */
export interface MessagesParams {
  model: string;
  /** Fallback models, tried in order. */
  models?: string[];
  messages: MessageParam[];
  max_tokens?: number;
  system?: string | { type: "text"; text: string; [key: string]: unknown }[];
  temperature?: number;
  top_p?: number;
  top_k?: number;
  stop_sequences?: string[];
  tools?: MessageTool[];
  tool_choice?: { type: "auto" | "any" | "none" | "tool"; name?: string; disable_parallel_tool_use?: boolean };
  thinking?: { type: "enabled"; budget_tokens: number } | { type: "disabled" } | { type: "adaptive"; [key: string]: unknown };
  output_config?: { effort?: "low" | "medium" | "high" | "xhigh" | "max" | null; format?: { type: "json_schema"; schema: JSONSchema } | null; [key: string]: unknown };
  metadata?: { user_id?: string | null; [key: string]: unknown };
  provider?: ProviderPreferences | null;
  plugins?: Plugin[];
  route?: string | null;
  session_id?: string;
  trace?: Record<string, unknown>;
  user?: string;
  service_tier?: string;
  stream?: boolean;
  /** Automatic prompt caching: a breakpoint on the last cacheable block. */
  cache_control?: CacheControl;
  /** Anthropic's context editing (`{ edits: [{ type: "clear_tool_uses_20250919", … }] }`). */
  context_management?: { edits?: Record<string, unknown>[] } | null;
  /** Fallback models (at most 3, each `{ model }`), tried in order; not with `models`. */
  fallbacks?: { model: string }[] | null;
  /** `fast`: a higher-speed configuration at premium pricing. @default "standard" (server) */
  speed?: "fast" | "standard" | null;
  /** Stop conditions for OpenRouter's server-tool loop. */
  stop_server_tools_when?: StopServerToolsWhenCondition[];
  /** Fields the SDK does not know yet, merged into the body (see {@link ExtraFields}). */
  extra?: ExtraFields;
}

/** A content block of the answer. Blocks the SDK does not read (server tool results, …) pass through. */
export type MessageContentBlock =
  | { type: "text"; text: string; citations?: unknown[] | null; [key: string]: unknown }
  | MessageToolUse
  | { type: "thinking"; thinking: string; signature: string; [key: string]: unknown }
  | { type: "redacted_thinking"; data: string; [key: string]: unknown }
  | { type: string; [key: string]: unknown };

/** A call of one of the request's tools; `input` is the arguments, already parsed. */
export interface MessageToolUse {
  type: "tool_use";
  id: string;
  name: string;
  input: unknown;
  [key: string]: unknown;
}

/** Token usage, with OpenRouter's `cost`. */
export interface MessageUsage {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens?: number | null;
  cache_read_input_tokens?: number | null;
  cost?: number | null;
  [key: string]: unknown;
}

/** Why the model stopped. */
export type MessageStopReason = "end_turn" | "max_tokens" | "stop_sequence" | "tool_use" | "pause_turn" | "refusal" | (string & {});

/** The wire response of `POST /messages` (MessagesResult). Unknown fields pass through. */
export interface MessageObject {
  id: string;
  type: "message";
  role: "assistant";
  model: string;
  content: MessageContentBlock[];
  stop_reason: MessageStopReason | null;
  stop_sequence?: string | null;
  usage?: MessageUsage;
  /** The provider that served. */
  provider?: string;
  [key: string]: unknown;
}

/** What `createMessage()` (and a message stream's `final()`) returns. */
export interface MessageResult<T = unknown> {
  /** The text blocks joined. */
  text: string;
  /** The thinking blocks joined; `undefined` when there is none. */
  thinking: string | undefined;
  /** The `tool_use` blocks, in order. */
  toolUses: MessageToolUse[];
  /** With `schema` (sent as `output_config.format`): the answer's JSON, validated. */
  json: T | undefined;
  usage: MessageUsage | undefined;
  stopReason: MessageStopReason | null;
  id: string;
  /** The `X-Generation-Id` header, else the message id. Use it with `getGeneration()`. */
  generationId: string | undefined;
  model: string;
  /** The assistant message to append to the next turn's `messages`. */
  message: { role: "assistant"; content: MessageContentBlock[] };
  /** The response as received (for a stream, the accumulated equivalent). */
  raw: MessageObject;
}
