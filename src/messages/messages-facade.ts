import type { Client } from "../core/client.js";
import type { InferSchemaOutput, StandardSchemaV1 } from "../structured/standard-schema.js";
import { type MessageOptions, createMessage } from "./create-message.js";
import { type MessageStream, streamMessage } from "./stream-message.js";
import type { MessageResult, MessagesParams } from "./types.js";

/** The Messages API bound to a client: `openrouter.messages`. */
export interface MessagesFacade {
  /** {@link createMessage} with this client; with a `schema`, `json` is validated and typed from it. */
  create<S extends StandardSchemaV1>(params: MessagesParams, options: MessageOptions<S> & { schema: S }): Promise<MessageResult<InferSchemaOutput<S>> & { json: InferSchemaOutput<S> }>;
  /** {@link createMessage} with this client. */
  create<T = unknown>(params: MessagesParams, options?: MessageOptions): Promise<MessageResult<T>>;
  /** {@link streamMessage} with this client; with a `schema`, `final().json` is validated and typed from it. */
  stream<S extends StandardSchemaV1>(params: MessagesParams, options: MessageOptions<S> & { schema: S }): Promise<MessageStream<InferSchemaOutput<S>>>;
  /** {@link streamMessage} with this client. */
  stream(params: MessagesParams, options?: MessageOptions): Promise<MessageStream>;
}

/**
 * The methods of `openrouter.messages`, each one line delegating to its standalone function.
 *
 * @throws nothing itself; each method throws what its function does.
 * @example
 * ```ts
 * import { createClient } from "openrouter-fetch";
 * import { createMessagesFacade } from "openrouter-fetch/messages";
 * const messages = createMessagesFacade(createClient());
 * const { text } = await messages.create({ model: "anthropic/claude-sonnet-4.5", max_tokens: 256, messages: [{ role: "user", content: "Hi" }] });
 * console.log(text);
 * ```
 */
export function createMessagesFacade(client: Client): MessagesFacade {
  return {
    create: ((params: MessagesParams, o?: MessageOptions) => createMessage(client, params, o)) as MessagesFacade["create"],
    stream: ((params: MessagesParams, o?: MessageOptions) => streamMessage(client, params, o)) as MessagesFacade["stream"],
  };
}
