import type { CallControl } from "../core/call-control.js";
import { createAPIError, redact, statusOfErrorBody } from "../errors/create-api-error.js";
import { ConnectionError } from "../errors/connection-error.js";
import { StreamError } from "../errors/stream-error.js";
import type { StreamSource } from "../errors/stream-source.js";
import { EventReader } from "./event-reader.js";
import { SingleUseStream, textIterable, toByteStream } from "./single-use-stream.js";

// The stream of a conversation API whose events are typed JSON objects (Responses, Messages): an EventReader for
// the body, a SingleUseStream for "iterate once / final() / break aborts", and the conveniences every such stream
// has. What differs per API (which event ends it, what text an event carries, how events add up) is its spec.

/** What an API's stream is made of. @internal */
export interface TypedEventSpec<E extends { type: string }, R extends { text?: string }> {
  response: Response;
  control: CallControl;
  /** Which API's stream this is: what its errors' `partial` is. */
  source: "responses" | "messages" | "images";
  apiKey: string | undefined;
  /** Adds an event to the accumulated answer; returns an error to throw for a failure event (`error`, …). */
  add(event: E): Error | undefined;
  /** Whether the answer is complete (its terminal event has been added). */
  complete(): boolean;
  /** The text delta an event carries, for `textStream`. */
  textOf(event: E): string | undefined;
  /** The answer so far (the whole answer once `complete()`). */
  result(): R;
  /** With a `schema`: the whole answer validated, once. */
  parse?: ((result: R) => Promise<R>) | undefined;
  /** What a second iterator's TypeError says. */
  consumedMessage: string;
}

/** What `toReadableStream()` emits: the text (`"text"`), or the events as SSE (`"sse"`, `event:` and `data:` lines). */
export interface TypedEventReadableOptions {
  /** @default "text" */
  format?: "text" | "sse";
}

/**
 * A streamed answer of typed events: iterate the events (unknown types pass through), or `textStream`, or call
 * `final()`. `break` or `abort()` closes the connection. The reading (deadlines, idle timeout, drops, a truncated
 * or malformed event, a body that ends before its terminal event) is {@link EventReader}'s.
 * @internal
 */
export class TypedEventStream<E extends { type: string }, R extends { text?: string }> implements AsyncIterable<E> {
  readonly headers: Headers;
  readonly #spec: TypedEventSpec<E, R>;
  readonly #stream: SingleUseStream<E, R>;
  #parsed: Promise<R> | undefined;

  constructor(spec: TypedEventSpec<E, R>) {
    this.#spec = spec;
    this.headers = spec.response.headers;
    const { control } = spec;
    const reader = new EventReader<E>({
      response: spec.response,
      control,
      source: spec.source,
      partial: () => spec.result(),
      parse: (data, _event, ended) => {
        // Chat's sentinel, which OpenRouter's Responses stream may also send after `response.completed`.
        if (data === "[DONE]") return null;
        let event: unknown;
        try {
          event = JSON.parse(data);
        } catch {
          if (ended) throw new ConnectionError("The stream was cut off in the middle of an event.", { partial: spec.result(), source: spec.source });
        }
        if (typeof event !== "object" || event === null || typeof (event as { type?: unknown }).type !== "string") {
          throw new StreamError({ status: spec.response.status, headers: spec.response.headers, partial: spec.result(), source: spec.source, message: redact(`The stream sent an event that is not a typed JSON object: ${data.slice(0, 200)}.`, spec.apiKey) });
        }
        const failure = spec.add(event as E);
        if (failure) throw failure;
        return event as E;
      },
      end: () => {
        if (!spec.complete()) {
          throw new ConnectionError("The stream ended before its terminal event: the connection was cut.", { partial: spec.result(), source: spec.source });
        }
      },
    });
    this.#stream = new SingleUseStream<E, R>(
      {
        take: () => reader.take(),
        fill: () => reader.fill(),
        result: () => spec.result(),
        cut: () => ({ result: spec.result() }),
        close: (early) => {
          if (early) {
            control.abort();
            reader.close();
          }
          control.dispose();
        },
      },
      spec.consumedMessage,
    );
  }

  [Symbol.asyncIterator](): AsyncIterator<E> {
    return this.#stream.iterator((event) => event);
  }

  /** The text deltas as they come; an answer with none ends with its whole text (the reasoning fallback). */
  get textStream(): AsyncIterable<string> {
    return textIterable(this.#stream, (event) => this.#spec.textOf(event));
  }

  /** The whole answer; after a `break`, what arrived (not validated then). */
  async final(): Promise<R> {
    const result = await this.#stream.final();
    const parse = this.#spec.parse;
    if (!parse || this.#stream.stoppedEarly) return result;
    this.#parsed ??= parse(result);
    return this.#parsed;
  }

  /** Cancels the request; iteration and `final()` throw `AbortError` with what had arrived. */
  abort(reason?: unknown): void {
    this.#spec.control.abort(reason);
  }

  /** The stream as a web `ReadableStream`: the text, or the events re-sent as SSE. */
  toReadableStream(options: TypedEventReadableOptions = {}): ReadableStream<Uint8Array> {
    if (options.format !== "sse") return toByteStream(this.textStream[Symbol.asyncIterator](), (text) => text);
    return toByteStream(this[Symbol.asyncIterator](), (event) => `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
  }
}

/**
 * The `StreamError` of a failure event: its status and message from the error body, as for an error status, and
 * `partial` the answer so far.
 * @internal
 */
export function failureEvent<P>(source: StreamSource, response: Response, apiKey: string | undefined, body: { error: unknown; [key: string]: unknown }, partial: P, code?: string): StreamError<P> {
  const base = createAPIError({ status: statusOfErrorBody(body), body, headers: response.headers, apiKey });
  return new StreamError({
    status: base.status,
    headers: response.headers,
    code: code ?? base.code,
    message: redact(base.message, apiKey),
    metadata: base.metadata,
    body: base.body,
    partial,
    source,
  });
}
