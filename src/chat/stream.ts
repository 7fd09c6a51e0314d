import type { CallControl } from "../core/call-control.js";
import { type Client, callOptions } from "../core/client.js";
import type { RequestOptions } from "../core/options.js";
import { openResponse } from "../core/request.js";
import { postProcess } from "../postprocess/default-post-processors.js";
import { ChunkAccumulator } from "../streaming/chunk-accumulator.js";
import { createChunkReader, generationIdOf } from "../streaming/chunk-reader.js";
import { SingleUseStream, type StreamSource, textIterable, toByteStream } from "../streaming/single-use-stream.js";
import type { InferSchemaOutput, StandardSchemaV1 } from "../structured/standard-schema.js";
import type { StructuredOutputOptions } from "../structured/structured-output.js";
import type { ChatCompletionChunk } from "../types/chat-completion-chunk.js";
import type { ChatParams } from "../types/chat-params.js";
import type { ChatResult } from "../types/chat-result.js";
import type { PostProcessContext, PostProcessor } from "../types/post-processor.js";
import { prepareChat } from "./prepare-chat.js";
import { toChatResult } from "./to-chat-result.js";

/**
 * Per-call options of {@link stream}: any client option (`idleTimeout` included), for this call only, and the
 * structured-output options (`schema`, `schemaName`, `jsonSchema`), applied by `final()`.
 */
export interface StreamOptions<S extends StandardSchemaV1 = StandardSchemaV1> extends RequestOptions, StructuredOutputOptions<S> {}

/** What {@link ChatStream.toReadableStream} emits. */
export interface ToReadableStreamOptions {
  /**
   * `"text"`: the answer's text as UTF-8, for a page that shows it as it comes. `"sse"`: the chunks as
   * OpenRouter's own `data:` events ending with `[DONE]`, for a client that parses them.
   * @default "text"
   */
  format?: "text" | "sse";
}

/**
 * A streamed chat answer. Single use: iterate the chunks, or `textStream`, or call `final()` — `final()` also
 * works after (or instead of) iterating. `break` or `abort()` closes the connection.
 */
export interface ChatStream<T = unknown> extends AsyncIterable<ChatCompletionChunk> {
  /** The content deltas; a stream that carried no content ends with the post-processed text when there is one (the reasoning fallback: a model that answered only in `reasoning`). */
  readonly textStream: AsyncIterable<string>;
  /** The generation id: the `X-Generation-Id` header, else the first chunk's id once it has arrived. */
  readonly generationId: string | undefined;
  /** The response headers. */
  readonly headers: Headers;
  /**
   * The whole answer, accumulated and post-processed like `chat()`'s. After a `break`, what arrived until then
   * (with a `schema`, not validated then: `json` stays `undefined`).
   * @throws {@link StreamError} / {TimeoutError} / {ConnectionError} / {AbortError}, each carrying `partial`.
   * @throws {@link ResponseValidationError} with a `schema`, when the answer holds no JSON or the JSON does not match.
   */
  final(): Promise<ChatResult<T>>;
  /** Cancels the request; iteration and `final()` throw `AbortError` with what had arrived. */
  abort(reason?: unknown): void;
  /** The stream as a web `ReadableStream`, to return from a handler: `new Response(stream.toReadableStream())`. */
  toReadableStream(options?: ToReadableStreamOptions): ReadableStream<Uint8Array>;
}

/**
 * Streams a chat completion. Resolves as soon as the response headers arrive (so HTTP errors, after retries, are
 * thrown here); the body then arrives through the returned {@link ChatStream}. `timeout` covers the wait for the
 * first data event, `idleTimeout` any silence after it; a stream is never retried once its body has started.
 *
 * @throws {@link ValidationError} before sending, for bad input.
 * @throws {@link APIError} (a per-status subclass), {ConnectionError}, {TimeoutError} or {AbortError} before the body starts.
 * @example
 * ```ts
 * import { createClient, stream } from "openrouter-fetch";
 * const answer = await stream(createClient(), { model: "openai/gpt-4.1-nano", prompt: "Write a haiku" });
 * for await (const text of answer.textStream) process.stdout.write(text);
 * const { usage } = await answer.final();
 * console.log("\ncost:", usage?.cost);
 * ```
 */
export function stream<S extends StandardSchemaV1>(
  client: Client,
  params: ChatParams,
  options: StreamOptions<S> & { schema: S },
): Promise<ChatStream<InferSchemaOutput<S>>>;
export function stream(client: Client, params: ChatParams, options?: StreamOptions): Promise<ChatStream>;
export async function stream(client: Client, params: ChatParams, options?: StreamOptions): Promise<ChatStream> {
  const resolved = callOptions(client, options);
  const { body, processors, context, parse } = await prepareChat(params, resolved, true, options);
  const { response, control } = await openResponse(resolved, { method: "POST", path: "chat/completions", body });
  control.armIdle(resolved.idleTimeout);
  return new ResponseChatStream(response, control, processors, context, resolved.apiKey, parse);
}

/** The {@link ChatStream} of one streamed response: its body read through a chunk reader (createChunkReader). */
class ResponseChatStream implements ChatStream {
  readonly headers: Headers;
  readonly #control: CallControl;
  readonly #processors: readonly PostProcessor[];
  readonly #context: PostProcessContext;
  readonly #accumulator = new ChunkAccumulator();
  readonly #stream: SingleUseStream<ChatCompletionChunk, ChatResult>;
  /** With a `schema`: validates the whole answer once; a stream cut by `break` is not validated. */
  readonly #parse: ((result: ChatResult) => Promise<ChatResult>) | undefined;
  #parsed: Promise<ChatResult> | undefined;

  constructor(
    response: Response,
    control: CallControl,
    processors: readonly PostProcessor[],
    context: PostProcessContext,
    apiKey: string | undefined,
    parse?: (result: ChatResult) => Promise<ChatResult>,
  ) {
    this.headers = response.headers;
    this.#parse = parse;
    this.#control = control;
    this.#processors = processors;
    this.#context = context;
    const reader = createChunkReader({ response, control, accumulator: this.#accumulator, partial: () => this.#partial(), apiKey });
    const source: StreamSource<ChatCompletionChunk, ChatResult> = {
      take: () => reader.take(),
      fill: () => reader.fill(),
      result: () => postProcess(this.#processors, this.#raw(), this.#context),
      // The consumer stopped early (`break`): keep what arrived.
      cut: () => ({ result: this.#partial() }),
      close: (early) => {
        if (early) {
          control.abort();
          reader.close();
        }
        control.dispose();
      },
    };
    this.#stream = new SingleUseStream(source, "This stream was already consumed: iterate it once (chunks or textStream); final() gives the whole answer.");
  }

  get generationId(): string | undefined {
    return generationIdOf(this.headers, this.#accumulator);
  }

  [Symbol.asyncIterator](): AsyncIterator<ChatCompletionChunk> {
    return this.#stream.iterator((chunk) => chunk);
  }

  get textStream(): AsyncIterable<string> {
    return textIterable(this.#stream, (chunk) => {
      const content = chunk.choices?.[0]?.delta?.content;
      return typeof content === "string" ? content : undefined;
    });
  }

  async final(): Promise<ChatResult> {
    const result = await this.#stream.final();
    if (!this.#parse || this.#stream.stoppedEarly) return result;
    this.#parsed ??= this.#parse(result);
    return this.#parsed;
  }

  abort(reason?: unknown): void {
    this.#control.abort(reason);
  }

  toReadableStream(options: ToReadableStreamOptions = {}): ReadableStream<Uint8Array> {
    if (options.format !== "sse") return toByteStream(this.textStream[Symbol.asyncIterator](), (text) => text);
    return toByteStream(this[Symbol.asyncIterator](), (chunk) => `data: ${JSON.stringify(chunk)}\n\n`, "data: [DONE]\n\n");
  }

  /** What has arrived, post-processed where that can be done on a fragment. */
  #partial(): ChatResult {
    const raw = this.#raw();
    try {
      return postProcess(this.#processors, raw, this.#context);
    } catch {
      return raw;
    }
  }

  #raw(): ChatResult {
    return toChatResult(this.#accumulator.toCompletion(), this.headers);
  }
}
