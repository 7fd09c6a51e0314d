import { chat, type ChatOptions } from "./chat/chat.js";
import { type ChatStream, type StreamOptions, stream } from "./chat/stream.js";
import type { ChatParams, ChatResult } from "./chat/types.js";
import { type Client, createClient } from "./core/client.js";
import type { ClientOptions } from "./core/options.js";

/** The object {@link createOpenRouter} returns: the client, and each feature bound to it. */
export interface OpenRouter {
  readonly client: Client;
  /** {@link chat} with this client. */
  chat<T = unknown>(params: ChatParams, options?: ChatOptions): Promise<ChatResult<T>>;
  /** {@link stream} with this client. */
  stream(params: ChatParams, options?: StreamOptions): Promise<ChatStream>;
}

/**
 * A small facade for those who prefer methods: every method delegates to the standalone function of the same
 * name with this client. For the smallest bundles, import the standalone functions instead.
 *
 * @throws {ValidationError} when an option is out of range.
 * @example
 * ```ts
 * import { createOpenRouter } from "openrouter-fetch";
 * const openrouter = createOpenRouter({ appTitle: "My App" });
 * const { text } = await openrouter.chat({ model: "openai/gpt-4.1-nano", prompt: "Hello" });
 * console.log(text);
 * ```
 */
export function createOpenRouter(options?: ClientOptions): OpenRouter {
  const client = createClient(options);
  return {
    client,
    chat: (params, callOptions) => chat(client, params, callOptions),
    stream: (params, callOptions) => stream(client, params, callOptions),
  };
}
