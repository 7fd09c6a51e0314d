/**
 * Chat completions: `chat()` for one answer, `stream()` for tokens as they come.
 *
 * @module chat
 */
export { chat, type ChatOptions } from "./chat.js";
export { stream, type ChatStream, type StreamOptions, type ToReadableStreamOptions } from "./stream.js";
export { createClient, type Client } from "../core/client.js";
export type { ClientOptions, RequestOptions } from "../core/options.js";
export type { StructuredOutputOptions, StandardSchemaV1, InferSchemaOutput } from "../structured/index.js";

// The wire types of a request and its answer, and what chat() makes of the answer
export type {
  JSONSchema,
  FunctionTool,
  ServerTool,
  Tool,
  ToolChoice,
  ResponseFormat,
  ReasoningEffort,
  ReasoningConfig,
  ProviderSort,
  PercentileThreshold,
  Quantization,
  ProviderPreferences,
  Plugin,
  Modality,
  ChatParams,
  StopServerToolsWhenCondition,
  PromptCacheOptions,
  ChatStreamOptions,
  ExtraFields,
} from "../types/chat-params.js";
export type {
  ReasoningDetail,
  ToolCall,
  WireImage,
  Annotation,
  SystemMessage,
  DeveloperMessage,
  UserMessage,
  AssistantMessage,
  ToolMessage,
  ChatMessage,
  Message,
} from "../types/messages.js";
export type { CacheControl, TextPart, ImagePart, AudioPart, VideoPart, FilePart, ContentPart } from "../types/content-parts.js";
export type { Usage, FinishReason, WireError, ResponseMessage, ChatChoice, ChatCompletion } from "../types/chat-completion.js";
export type { ToolCallDelta, ChunkDelta, ChunkChoice, ChatCompletionChunk } from "../types/chat-completion-chunk.js";
export type { DecodedImage, ChatResult } from "../types/chat-result.js";
export type { PostProcessContext, PostProcessor } from "../types/post-processor.js";
export type { ModelLookup, CatalogModel } from "../types/model-lookup.js";
