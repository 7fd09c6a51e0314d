/**
 * Chat completions: `chat()` for one answer, `stream()` for tokens as they come.
 *
 * @module chat
 */
export { chat, type ChatOptions } from "./chat.js";
export { stream, type ChatStream, type StreamOptions, type ToReadableStreamOptions } from "./stream.js";
export { createClient, type Client } from "../core/client.js";
export type { ClientOptions, RequestOptions } from "../core/options.js";
export type * from "./types.js";
export type { StructuredOutputOptions, StandardSchemaV1, InferSchemaOutput } from "../structured/index.js";
