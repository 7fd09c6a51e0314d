/** How a single-use stream ended: with its result, or with the error it failed with. @internal */
export type StreamOutcome<R> = { result: R } | { error: unknown };

/**
 * What a {@link SingleUseStream} reads: items handed out synchronously from a buffer, and an asynchronous read that
 * refills it. Buffered because a chat stream is the per-token hot path: a buffered item costs the reader no await.
 * @internal
 */
export interface StreamSource<T, R> {
  /** The next buffered item, or `undefined` when none is buffered (then {@link fill} is called). */
  take(): T | undefined;
  /** Reads more into the buffer: `true` when items may be buffered, `false` at the end. Rejects with the stream's error. */
  fill(): Promise<boolean>;
  /** The stream's result, once {@link fill} has resolved `false`. */
  result(): R;
  /** What the stream ends with when its reader leaves early (`break`): what arrived, or an error. */
  cut(): StreamOutcome<R>;
  /**
   * Runs once, when the stream has ended by any path; `early` after a `break`, to stop what is still running. Awaited
   * only after a `break` (by the iterator's `return()`).
   */
  close(early: boolean): void | Promise<void>;
}

/**
 * A stream that can be read once: one iterator, or `final()` for the result, which also works after (or instead
 * of) iterating. A second iterator, or one asked for after `final()`, throws a `TypeError` with `consumedMessage`;
 * `break` closes the source and ends the stream with what its `cut()` says.
 * @internal
 */
export class SingleUseStream<T, R> {
  readonly #source: StreamSource<T, R>;
  readonly #consumedMessage: string;
  /** An iterator was handed out, or `final()` was called. */
  #claimed = false;
  /** A read is under way: an iterator's `next()`, or `final()` reading the rest. */
  #reading = false;
  #outcome: StreamOutcome<R> | undefined;
  #stoppedEarly = false;
  #waiters: (() => void)[] = [];

  constructor(source: StreamSource<T, R>, consumedMessage: string) {
    this.#source = source;
    this.#consumedMessage = consumedMessage;
  }

  /** Whether the stream ended because its reader left early (`break`). */
  get stoppedEarly(): boolean {
    return this.#stoppedEarly;
  }

  /**
   * The stream's one iterator, over the items mapped by `pick` (`undefined` skips an item), then `last()`'s value
   * once, if it gives one, when the stream ends.
   * @throws `TypeError` when an iterator was already handed out or `final()` was called.
   */
  iterator<V>(pick: (item: T) => V | undefined, last?: (result: R) => V | undefined): AsyncIterator<V, undefined> {
    if (this.#claimed) throw new TypeError(this.#consumedMessage);
    this.#claimed = true;
    return {
      next: () => {
        // The per-token hot path: a buffered item is handed out without entering the async read (its promise,
        // its frame), which is a quarter of what an item costs. Anything else (nothing buffered, the end, an error,
        // a read already under way) takes the async path.
        if (this.#outcome === undefined && !this.#reading) {
          try {
            const value = this.#pickBuffered(pick);
            if (value !== undefined) return Promise.resolve({ done: false, value });
          } catch (error) {
            void this.#end({ error });
            return Promise.reject(error);
          }
        }
        return this.#read(pick, last);
      },
      return: async () => {
        if (!this.#outcome) await this.#end(this.#source.cut(), true);
        return { done: true, value: undefined };
      },
    };
  }

  /**
   * The stream's result. Reads the rest when nobody is reading (never iterated, or an iterator left without
   * `break`), else waits for the reader to reach the end.
   * @throws what the stream failed with, or what `cut()` gave after a `break`.
   */
  async final(): Promise<R> {
    this.#claimed = true;
    if (!this.#outcome && !this.#reading) {
      // Nothing is picked, so the whole rest is read in this one call, with no promise per item.
      await this.#read(() => undefined).catch(() => undefined);
    }
    if (!this.#outcome) await new Promise<void>((resolve) => this.#waiters.push(resolve));
    const outcome = this.#outcome as StreamOutcome<R>;
    if ("error" in outcome) throw outcome.error;
    return outcome.result;
  }

  async #read<V>(pick: (item: T) => V | undefined, last?: (result: R) => V | undefined): Promise<IteratorResult<V, undefined>> {
    if (this.#outcome) {
      if ("error" in this.#outcome) throw this.#outcome.error;
      return { done: true, value: undefined };
    }
    const source = this.#source;
    this.#reading = true;
    let result: R;
    try {
      do {
        const value = this.#pickBuffered(pick);
        if (value !== undefined) return { done: false, value };
      } while (await source.fill());
      result = source.result();
    } catch (error) {
      void this.#end({ error });
      throw error;
    } finally {
      this.#reading = false;
    }
    void this.#end({ result });
    const tail = last?.(result);
    return tail === undefined ? { done: true, value: undefined } : { done: false, value: tail };
  }

  /** The first buffered item `pick` keeps (the ones it skips are consumed), or `undefined` when none is left. */
  #pickBuffered<V>(pick: (item: T) => V | undefined): V | undefined {
    const source = this.#source;
    for (let item = source.take(); item !== undefined; item = source.take()) {
      const value = pick(item);
      if (value !== undefined) return value;
    }
    return undefined;
  }

  #end(outcome: StreamOutcome<R>, early = false): void | Promise<void> {
    if (this.#outcome) return;
    this.#outcome = outcome;
    this.#stoppedEarly = early;
    for (const wake of this.#waiters) wake();
    this.#waiters = [];
    return this.#source.close(early);
  }
}

/**
 * The text of a stream as it comes: `textOf` picks each item's text delta; an answer that carried none ends with the
 * result's whole text once (the reasoning fallback, when a model answered only in `reasoning`).
 * @internal
 */
export function textIterable<T, R extends { text?: string }>(stream: SingleUseStream<T, R>, textOf: (item: T) => string | undefined): AsyncIterable<string> {
  return {
    [Symbol.asyncIterator]: () => {
      let sawText = false;
      return stream.iterator(
        (item) => {
          const text = textOf(item);
          if (!text) return undefined;
          sawText = true;
          return text;
        },
        (result) => (sawText ? undefined : result.text || undefined),
      );
    },
  };
}

/**
 * A web `ReadableStream` over an iterator: each value encoded by `encode` (text as it is, events as SSE), and `end`
 * written once after the last. Cancelling it returns the iterator, which aborts the request.
 * @internal
 */
export function toByteStream<V>(iterator: AsyncIterator<V>, encode: (value: V) => string, end = ""): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    pull: async (controller) => {
      const next = await iterator.next();
      if (next.done) {
        if (end) controller.enqueue(encoder.encode(end));
        controller.close();
      } else {
        controller.enqueue(encoder.encode(encode(next.value)));
      }
    },
    cancel: async (reason) => {
      await iterator.return?.(reason);
    },
  });
}
