import { type EventSourceParser, createParser } from "eventsource-parser";
import type { CallControl } from "../core/call-control.js";
import { createAPIError, describeText, redact, statusOfErrorBody } from "../errors/create-api-error.js";
import { ConnectionError } from "../errors/connection-error.js";
import { StreamError } from "../errors/stream-error.js";
import type { ChatCompletionChunk } from "../types/chat-completion-chunk.js";
import type { ChatResult } from "../types/chat-result.js";
import type { ChunkAccumulator } from "./chunk-accumulator.js";

// Large enough for an image delta (a 4K PNG is tens of MB of base64), small enough to stop a runaway line.
const maxEventSize = 134_217_728; // 128 MiB, as a literal: a bundler can drop an unused literal, not an expression

/** What the reader needs from the stream that owns it. @internal */
export interface ChunkSource {
  response: Response;
  control: CallControl;
  accumulator: ChunkAccumulator;
  /** The result accumulated so far, for errors to carry. */
  partial: () => ChatResult;
  apiKey?: string | undefined;
}

/**
 * Reads an OpenRouter event stream into typed chunks, accumulating each one. Comments (`: OPENROUTER PROCESSING`)
 * keep the idle timer alive and are otherwise skipped; `[DONE]` ends the stream; an error event, a line that is
 * not JSON, a dropped connection and a body that ends with neither `[DONE]` nor a finish reason each throw an
 * error carrying `partial`, after the chunks that preceded it.
 *
 * This is the per-token hot path, so it is buffered: {@link fill} parses everything one body read holds, and
 * {@link take} hands the chunks out synchronously. Iterators cost one promise per chunk, `final()` none.
 * @internal
 */
export class ChunkReader {
  readonly #source: ChunkSource;
  readonly #reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  readonly #decoder = new TextDecoder();
  readonly #parser: EventSourceParser;
  readonly #events: string[] = [];
  #chunks: ChatCompletionChunk[] = [];
  #next = 0;
  #failure: unknown;
  #sawData = false;
  /** `[DONE]` arrived or the body ended: nothing more to read. */
  #done = false;
  #sawDone = false;
  /** The body is finished: read to its end, or cancelled. */
  #ended = false;
  #oversized = false;

  constructor(source: ChunkSource) {
    this.#source = source;
    this.#reader = source.response.body?.getReader();
    this.#parser = createParser({
      onEvent: (event) => void this.#events.push(event.data),
      onError: (error) => {
        if (error.type === "max-buffer-size-exceeded") this.#oversized = true;
      },
      maxBufferSize: maxEventSize,
    });
  }

  /** The next parsed chunk, or `undefined` when none is buffered (then call {@link fill}). */
  take(): ChatCompletionChunk | undefined {
    if (this.#next < this.#chunks.length) return this.#chunks[this.#next++];
    return undefined;
  }

  /**
   * Reads and parses more of the body. Resolves `true` when chunks may be buffered, `false` at the end of the
   * stream; rejects with the stream's error once every chunk before it has been taken.
   */
  async fill(): Promise<boolean> {
    if (this.#failure !== undefined) throw this.#failure;
    this.#chunks = [];
    this.#next = 0;
    if (this.#done) {
      this.close();
      if (!this.#sawDone && this.#source.accumulator.finishReason === null) {
        throw (this.#failure = new ConnectionError("The stream ended without [DONE] or a finish reason: the connection was cut.", {
          partial: this.#source.partial(),
        }));
      }
      return false;
    }
    let read: ReadableStreamReadResult<Uint8Array>;
    try {
      // A response without a body reads as a stream that ended at once: cut before its end.
      read = this.#reader ? await this.#reader.read() : { done: true, value: undefined };
    } catch (error) {
      throw (this.#failure = this.#source.control.failure(error, this.#source.partial(), "The connection dropped mid-stream"));
    }
    if (read.done) {
      this.#ended = this.#done = true;
      // A last event without its blank line still counts; a truncated one fails to parse below.
      this.#parser.feed(`${this.#decoder.decode()}\n\n`);
    } else {
      this.#source.control.touch();
      this.#parser.feed(this.#decoder.decode(read.value, { stream: true }));
    }
    try {
      this.#parseEvents();
    } catch (error) {
      // Hand out the chunks before the failure first; the next fill() throws it.
      this.#failure = error;
      this.close();
      if (this.#chunks.length === 0) throw error;
    }
    return true;
  }

  /** Stops reading and releases the connection (after `[DONE]`, an error, or a consumer's `break`). */
  close(): void {
    if (this.#ended) return;
    this.#ended = true;
    void this.#reader?.cancel().catch(() => undefined);
  }

  #parseEvents(): void {
    const events = this.#events;
    const source = this.#source;
    if (this.#oversized) throw streamError(source, { message: "The stream sent an event larger than 128 MiB." });
    for (let i = 0; i < events.length; i++) {
      const data = events[i] as string;
      if (data === "[DONE]") {
        this.#done = this.#sawDone = true;
        break;
      }
      let chunk: ChatCompletionChunk | undefined;
      try {
        chunk = JSON.parse(data) as ChatCompletionChunk;
      } catch {
        if (this.#ended) {
          events.length = 0;
          throw new ConnectionError("The stream was cut off in the middle of an event.", { partial: source.partial() });
        }
      }
      if (typeof chunk !== "object" || chunk === null) {
        events.length = 0;
        throw streamError(source, { message: `The stream sent a data line that is not a JSON chunk: ${describeText(`data: ${data}`)}.` });
      }
      if (!this.#sawData) {
        this.#sawData = true;
        source.control.clearDeadline();
      }
      if (source.accumulator.add(chunk)) {
        events.length = 0;
        throw errorEvent(source, chunk);
      }
      this.#chunks.push(chunk);
    }
    events.length = 0;
  }
}

/** The `X-Generation-Id` header, or the id the chunks carry. @internal */
export function generationIdOf(headers: Headers, accumulator: ChunkAccumulator): string | undefined {
  return headers.get("x-generation-id") ?? (accumulator.id || undefined);
}

function streamError(source: ChunkSource, fields: { message: string; status?: number; code?: number | string | undefined; metadata?: Record<string, unknown> | undefined; body?: unknown }): StreamError {
  return new StreamError({
    status: source.response.status,
    headers: source.response.headers,
    generationId: generationIdOf(source.response.headers, source.accumulator),
    partial: source.partial(),
    ...fields,
    // A quoted line is the server's text: a proxy may echo the key in it.
    message: redact(fields.message, source.apiKey),
  });
}

function errorEvent(source: ChunkSource, chunk: ChatCompletionChunk): StreamError {
  const error = chunk.error ?? source.accumulator.error ?? { message: 'The provider failed mid-stream (finish_reason "error").' };
  const body = { ...chunk, error };
  const base = createAPIError({ status: statusOfErrorBody(body), body, headers: source.response.headers, apiKey: source.apiKey });
  return streamError(source, { status: base.status, code: base.code, message: base.message, metadata: base.metadata, body: base.body });
}
