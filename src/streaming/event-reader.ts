import { type EventSourceParser, createParser } from "eventsource-parser";
import type { CallControl } from "../core/call-control.js";
import { StreamError } from "../errors/stream-error.js";
import type { StreamSource } from "../errors/stream-source.js";
import { Utf8Decoder } from "./utf8-decoder.js";

// Large enough for an image delta (a 4K PNG is tens of MB of base64), small enough to stop a runaway line.
const maxEventSize = 134_217_728; // 128 MiB, as a literal: a bundler can drop an unused literal, not an expression
// How much parsed event data may wait for a slow consumer before reading pauses (and with it the idle clock: the
// server is not silent, the consumer is busy). Bounded so that memory stays flat however slow the consumer is.
const highWater = 4_194_304; // 4 MiB

/** What an {@link EventReader} turns events into, and how its stream must end. @internal */
export interface EventSource<T> {
  response: Response;
  control: CallControl;
  /** Which API's stream this is: what its errors' `partial` is. */
  source: StreamSource;
  /**
   * One event's `data` (and its `event:` name) as an item, `undefined` to skip it, or `null` for the terminal event
   * (chat's `[DONE]`) after which nothing more is read. `ended` says the body has ended, so that a truncated last
   * event can be told from a malformed one. May throw the stream's error (an error event): the items before it are
   * still handed out first.
   */
  parse(data: string, event: string | undefined, ended: boolean): T | undefined | null;
  /** At the end of the body: throws when the stream ended before its terminal event (a cut connection). */
  end(sawTerminal: boolean): void;
  /** Everything accumulated so far, for the errors of a failed stream. */
  partial(): unknown;
}

/**
 * Reads a response body as server-sent events, from the moment it is made and whether or not anyone is asking:
 * events are parsed (and accumulated by the source) as they arrive, and wait in a queue for the consumer. So
 *
 * - `idleTimeout` measures the server: each read from the body pushes the idle clock back, and a slow consumer
 *   (a UI, text-to-speech, backpressure through `toReadableStream`) never trips it; once more than 4 MiB of events
 *   wait for the consumer, reading pauses and so does the idle clock, until the consumer catches up; below that, a
 *   consumer that is behind gets one macrotask to catch up before each read (see #catchUp);
 * - what arrived before a connection drop is kept: the queued items are handed out first, then the error, whose
 *   `partial` holds everything received;
 * - once the body has ended, the deadlines are over: a `final()` called long after the answer came still gets it.
 *
 * This is the per-token hot path, so it is buffered: {@link fill} waits for at least one item, and {@link take}
 * hands queued items out synchronously.
 * @internal
 */
export class EventReader<T> {
  readonly #source: EventSource<T>;
  readonly #reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  readonly #decoder = new Utf8Decoder();
  readonly #parser: EventSourceParser;
  /** The body has ended: the events of the last feed are told so (a truncated last event from a malformed one). */
  #ended = false;
  #queue: T[] = [];
  #next = 0;
  #queuedBytes = 0;
  #failure: { error: unknown } | undefined;
  /** No more items will come: the terminal event, the end of the body, a failure, or close(). */
  #finished = false;
  #sawData = false;
  #oversized = false;
  /** Wakes a consumer waiting in fill() (or the pump waiting for room). */
  #wake: (() => void) | undefined;
  #room: (() => void) | undefined;

  constructor(source: EventSource<T>) {
    this.#source = source;
    this.#reader = source.response.body?.getReader();
    this.#parser = createParser({
      // Each event is turned into an item as the parser finds it (no list of events in between: this is per token).
      // What the source throws (an error event) comes out of feed(), after the items before it were queued.
      onEvent: (event) => this.#add(event.data, event.event),
      onError: (error) => {
        if (error.type === "max-buffer-size-exceeded") this.#oversized = true;
      },
      maxBufferSize: maxEventSize,
    });
    void this.#pump();
  }

  /** The next queued item, or `undefined` when none is queued (then call {@link fill}). */
  take(): T | undefined {
    if (this.#next >= this.#queue.length) return undefined;
    const item = this.#queue[this.#next++] as T;
    if (this.#next === this.#queue.length) {
      this.#queue = [];
      this.#next = 0;
      this.#queuedBytes = 0;
      this.#room?.();
    }
    return item;
  }

  /**
   * Waits until items are queued: resolves `true` when there may be some, `false` at the end of the stream; rejects
   * with the stream's error once every item before it has been taken.
   */
  async fill(): Promise<boolean> {
    while (this.#next >= this.#queue.length) {
      if (this.#failure) throw this.#failure.error;
      if (this.#finished) return false;
      await new Promise<void>((resolve) => (this.#wake = resolve));
    }
    return true;
  }

  /** Stops reading and releases the connection (after the terminal event, an error, or a consumer's `break`). */
  close(): void {
    if (this.#finished && !this.#reader) return;
    this.#finished = true;
    this.#room?.();
    void this.#reader?.cancel().catch(() => undefined);
  }

  async #pump(): Promise<void> {
    const { control } = this.#source;
    const body = this.#reader;
    // One read is always under way (but while a chunk is parsed), waiting or not, so that what the server sends
    // while this loop waits for the consumer is already ours when the connection drops, never left in the body's
    // queue (which a failed body discards).
    let reading = body?.read();
    reading?.catch(() => undefined);
    try {
      while (!this.#finished) {
        if (this.#queuedBytes > highWater) {
          control.pauseIdle();
          await new Promise<void>((resolve) => (this.#room = resolve));
          this.#room = undefined;
          if (this.#finished) return;
          control.touch();
        } else if (this.#next < this.#queue.length) {
          await this.#catchUp();
          if (this.#finished) return;
        }
        let read: ReadableStreamReadResult<Uint8Array>;
        try {
          // A response without a body reads as a stream that ended at once: cut before its end.
          read = reading ? await reading : { done: true, value: undefined };
        } catch (error) {
          // A drop, an abort or a deadline: the right error for why, with everything received.
          throw control.failure(error, this.#source.partial(), "The connection dropped mid-stream", this.#source.source);
        }
        if (!read.done && body) {
          reading = body.read();
          reading.catch(() => undefined);
        }
        if (this.#finished) return;
        if (read.done) {
          // A last event without its blank line still counts; a truncated one fails to parse below.
          this.#ended = true;
          this.#parser.feed(`${this.#decoder.end()}\n\n`);
          this.#checkSize();
          if (!this.#finished) {
            this.#finished = true;
            this.#source.end(false);
          }
          return;
        }
        control.touch();
        this.#parser.feed(this.#decoder.decode(read.value));
        this.#checkSize();
        this.#wake?.();
      }
      // The terminal event arrived (or the consumer left): nothing more is read.
      void this.#reader?.cancel().catch(() => undefined);
    } catch (error) {
      // A read that failed, or an event the source refused (an error event, a malformed line).
      this.#finished = true;
      this.#failure = { error };
      void this.#reader?.cancel().catch(() => undefined);
    } finally {
      // Reading is over, whichever way: no deadline applies any more.
      control.endBody();
      this.#wake?.();
    }
  }

  /**
   * Waits for the consumer to take what the last read queued, or one macrotask, whichever comes first. A consumer
   * that keeps up then takes events while they are young (a queue left to grow to the high-water mark survives
   * the young generation and is promoted and marked by the GC: half again the CPU of a fast stream), and one that
   * does not (a slow UI) holds the reading back by one macrotask per read, not at all: the idle clock still
   * measures the server.
   */
  #catchUp(): Promise<void> {
    return new Promise<void>((resolve) => {
      const wake = (): void => {
        if (this.#room === wake) this.#room = undefined;
        resolve();
      };
      this.#room = wake;
      // setImmediate where there is one (Node, Bun, Deno): setTimeout(0) waits a millisecond in Node.
      const later: (callback: () => void) => unknown = typeof setImmediate === "function" ? setImmediate : (callback) => setTimeout(callback, 0);
      later(wake);
    });
  }

  /** After a feed: an event over the size limit fails the stream (the items before it were queued). */
  #checkSize(): void {
    if (this.#oversized) {
      const source = this.#source;
      throw new StreamError({ status: source.response.status, message: "The stream sent an event larger than 128 MiB.", partial: source.partial(), source: source.source });
    }
  }

  #add(data: string, event: string | undefined): void {
    // After the terminal event (or a close()), the rest of the same read is not looked at.
    if (this.#finished) return;
    const source = this.#source;
    const item = source.parse(data, event, this.#ended);
    if (!this.#sawData) {
      this.#sawData = true;
      // The first event is in: the `timeout` deadline (to the first event) is met; idleTimeout takes over.
      source.control.clearDeadline();
    }
    if (item === null) {
      this.#finished = true;
      source.end(true);
      return;
    }
    if (item !== undefined) {
      this.#queue.push(item);
      this.#queuedBytes += data.length;
    }
  }
}
