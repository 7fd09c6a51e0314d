import { type Client, callOptions } from "../core/client.js";
import { openResponse } from "../core/request.js";
import { TypedEventStream, failureEvent } from "../streaming/event-stream.js";
import { withSchemaJson } from "../structured/json-answer.js";
import type { InferSchemaOutput, StandardSchemaV1 } from "../structured/standard-schema.js";
import { type MessageOptions, prepareMessage } from "./create-message.js";
import { MessageAccumulator } from "./message-accumulator.js";
import type { MessageStreamEvent } from "./stream-events.js";
import { toMessageResult } from "./to-message-result.js";
import type { MessageResult, MessagesParams } from "./types.js";

/**
 * A streamed Messages answer. Single use: iterate the events, or `textStream`, or call `final()` — `final()` also
 * works after (or instead of) iterating. `break` or `abort()` closes the connection.
 */
export interface MessageStream<T = unknown> extends AsyncIterable<MessageStreamEvent> {
  /** The `text_delta` pieces as they come. */
  readonly textStream: AsyncIterable<string>;
  /** The response headers. */
  readonly headers: Headers;
  /**
   * The whole answer, the same as `createMessage()` gives. After a `break`, what arrived until then.
   * @throws {@link StreamError} for an `error` event, {@link TimeoutError} / {@link ConnectionError} / {@link AbortError}:
   * each carrying `partial` (a MessageResult).
   */
  final(): Promise<MessageResult<T>>;
  /** Cancels the request; iteration and `final()` throw `AbortError` with what had arrived. */
  abort(reason?: unknown): void;
  /** The text (default) or the events as SSE, as a web `ReadableStream`. */
  toReadableStream(options?: { format?: "text" | "sse" }): ReadableStream<Uint8Array>;
}

/**
 * Streams a message (`POST /messages` with `stream: true`): Anthropic's events (`message_start`,
 * `content_block_delta`, … `message_stop`), typed and discriminated on `type`. Resolves once the headers arrive;
 * deadlines, idle timeout and failures as for `stream()`.
 *
 * @throws {@link ValidationError} before sending, for bad input (as `createMessage()`).
 * @throws {@link APIError} (a per-status subclass), {ConnectionError}, {TimeoutError} or {AbortError} before the body starts.
 * @example
 * ```ts
 * import { createClient } from "openrouter-fetch";
 * import { streamMessage } from "openrouter-fetch/messages";
 * const answer = await streamMessage(createClient(), {
 *   model: "anthropic/claude-sonnet-4.5",
 *   max_tokens: 512,
 *   messages: [{ role: "user", content: "Write a haiku" }],
 * });
 * for await (const text of answer.textStream) process.stdout.write(text);
 * console.log("\n", (await answer.final()).stopReason);
 * ```
 */
export function streamMessage<S extends StandardSchemaV1>(
  client: Client,
  params: MessagesParams,
  options: MessageOptions<S> & { schema: S },
): Promise<MessageStream<InferSchemaOutput<S>>>;
export function streamMessage(client: Client, params: MessagesParams, options?: MessageOptions): Promise<MessageStream>;
export async function streamMessage(client: Client, params: MessagesParams, options?: MessageOptions): Promise<MessageStream> {
  const resolved = callOptions(client, options);
  const { body, schema } = prepareMessage(params, true, resolved.checkModelIds, options);
  const { response, control } = await openResponse(resolved, { method: "POST", path: "messages", body, auth: "required" });
  control.armIdle(resolved.idleTimeout);
  const accumulator = new MessageAccumulator();
  const result = () => toMessageResult(accumulator.toMessage(), response.headers);
  return new TypedEventStream<MessageStreamEvent, MessageResult>({
    response,
    control,
    source: "messages",
    apiKey: resolved.apiKey,
    add: (event) => {
      accumulator.add(event);
      if (event.type !== "error") return undefined;
      const error = event.error ?? { type: "error", message: "The stream failed." };
      return failureEvent("messages", response, resolved.apiKey, { type: "error", error: { ...error, code: error.type } }, result());
    },
    complete: () => accumulator.stopped,
    textOf: (event) => (event.type === "content_block_delta" && event.delta.type === "text_delta" ? (event.delta as { text: string }).text : undefined),
    result,
    parse: schema ? (whole) => withSchemaJson(whole, schema) : undefined,
    consumedMessage: "This message stream was already consumed: iterate it once (events or textStream); final() gives the whole answer.",
  });
}
