import { AbortError } from "../errors/abort-error.js";
import { ConnectionError } from "../errors/connection-error.js";
import { redact } from "../errors/create-api-error.js";
import { safeCause } from "../errors/safe-cause.js";
import { TimeoutError, type TimeoutPhase } from "../errors/timeout-error.js";
import type { StreamSource } from "../errors/stream-source.js";
import type { ChatResult } from "../types/chat-result.js";

// setTimeout treats anything above 2^31-1 ms as 1 ms; such a deadline means "none".
const MAX_TIMER = 2_147_483_647;

/**
 * One call's cancellation: the caller's signal, the deadline timers, and the abort that both trigger. It
 * remembers why the request was aborted, so a failure can be reported as the right error. The SDK's, not ky's:
 * ky's timeout ends when the headers (or `.json()`) arrive and never covers a streamed body.
 * @internal
 */
export class CallControl {
  readonly #controller = new AbortController();
  readonly #callerSignal: AbortSignal | undefined;
  readonly #apiKey: string | undefined;
  #retained: unknown;
  #deadline: ReturnType<typeof setTimeout> | undefined;
  #idle: ReturnType<typeof setTimeout> | undefined;
  #idleMs = 0;
  #timedOut: { phase: TimeoutPhase; ms: number } | undefined;
  #callerAborted = false;
  readonly #onCallerAbort = () => {
    this.#callerAborted = true;
    this.#controller.abort(this.#callerSignal?.reason);
  };

  /** `apiKey` is cut out of every failure this control reports, messages and causes alike. */
  constructor(callerSignal: AbortSignal | undefined, apiKey?: string | undefined) {
    this.#callerSignal = callerSignal;
    this.#apiKey = apiKey;
    if (callerSignal?.aborted) this.#onCallerAbort();
    else callerSignal?.addEventListener("abort", this.#onCallerAbort, { once: true });
  }

  /** The signal to hand to fetch. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get aborted(): boolean {
    return this.#controller.signal.aborted;
  }

  /** Starts (or restarts) the deadline: when it fires the request is aborted as a timeout. */
  armDeadline(ms: number, phase: TimeoutPhase): void {
    this.clearDeadline();
    if (ms >= MAX_TIMER || !Number.isFinite(ms)) return;
    this.#deadline = setTimeout(() => this.#timeout(phase, ms), ms);
  }

  clearDeadline(): void {
    if (this.#deadline !== undefined) clearTimeout(this.#deadline);
    this.#deadline = undefined;
  }

  /** Starts the idle timer; {@link touch} pushes it back. */
  armIdle(ms: number): void {
    this.#idleMs = ms >= MAX_TIMER || !Number.isFinite(ms) ? 0 : ms;
    this.touch();
  }

  /** Bytes arrived: push the idle deadline back. */
  touch(): void {
    if (this.#idleMs === 0) return;
    // Node's refresh() re-arms the same timer without allocating one per read; browsers and Workers return plain
    // numbers from setTimeout, so there the timer is replaced.
    const idle = this.#idle as { refresh?: unknown } | number | undefined;
    if (typeof idle === "object" && typeof idle.refresh === "function") {
      (idle as { refresh(): void }).refresh();
      return;
    }
    if (idle !== undefined) clearTimeout(this.#idle);
    this.#idle = setTimeout(() => this.#timeout("idle", this.#idleMs), this.#idleMs);
  }

  /**
   * Holds the request in flight until the call is over. fetch (undici) links a signal to the request it aborts
   * through weak references: once nothing holds the Request, aborting does nothing, and a stream that nobody reads
   * would keep its connection open after its deadline.
   */
  retain(request: unknown): void {
    this.#retained = request;
  }

  /**
   * The consumer is slow and reading has paused: the idle clock stops, since the server is not the one keeping
   * quiet. The next {@link touch} starts it again.
   */
  pauseIdle(): void {
    if (this.#idle !== undefined) clearTimeout(this.#idle);
    this.#idle = undefined;
  }

  /** The body has been read to its end (or reading stopped): no deadline applies to this call any more. */
  endBody(): void {
    this.clearDeadline();
    this.pauseIdle();
    this.#idleMs = 0;
  }

  /** Aborts on the caller's behalf (a stream's `abort()`, or `break`). */
  abort(reason?: unknown): void {
    this.#callerAborted = true;
    this.#controller.abort(reason);
    this.#release();
  }

  /** Stops every timer and listener; the call is over. */
  dispose(): void {
    this.clearDeadline();
    if (this.#idle !== undefined) clearTimeout(this.#idle);
    this.#idle = undefined;
    this.#idleMs = 0;
    this.#retained = undefined;
    this.#release();
  }

  /**
   * Lets go of the caller's signal. Done as soon as the call is aborted, not only on dispose: a stream that is
   * never read is never disposed, and a long-lived client signal would otherwise keep every such call alive.
   */
  #release(): void {
    this.#callerSignal?.removeEventListener("abort", this.#onCallerAbort);
  }

  /** Resolves after `ms`, or rejects as soon as the call is aborted. */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.aborted) return reject(this.failure(undefined));
      const signal = this.#controller.signal;
      const onAbort = () => {
        clearTimeout(timer);
        reject(this.failure(undefined));
      };
      const timer = setTimeout(() => {
        signal.removeEventListener("abort", onAbort);
        resolve();
      }, ms);
      signal.addEventListener("abort", onAbort, { once: true });
    });
  }

  /**
   * The error that explains a failure: a timeout or a caller abort when one happened, otherwise a connection
   * failure (its message and cause cleared of the key: see safeCause).
   */
  failure<P = ChatResult>(cause: unknown, partial?: P, what = "the connection failed", source?: StreamSource): AbortError<P> | TimeoutError<P> | ConnectionError<P> {
    if (this.#timedOut) return new TimeoutError<P>({ timeoutMs: this.#timedOut.ms, phase: this.#timedOut.phase, partial, source });
    if (this.#callerAborted) return new AbortError<P>({ cause: this.#callerSignal?.reason ?? cause, partial, source });
    const message = redact(`${what}: ${describeCause(cause)}`, this.#apiKey);
    return new ConnectionError<P>(message, { cause: safeCause(cause, this.#apiKey), partial, source });
  }

  #timeout(phase: TimeoutPhase, ms: number): void {
    if (this.aborted) return;
    this.#timedOut = { phase, ms };
    this.#controller.abort(new TimeoutError({ timeoutMs: ms, phase }));
    this.#release();
  }
}

/** The innermost message of a fetch failure ("fetch failed" says nothing; its cause says ECONNREFUSED). */
function describeCause(cause: unknown): string {
  let current = cause;
  let message = "unknown error";
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    message = typeof code === "string" && !current.message.includes(code) ? `${current.message} (${code})` : current.message;
    current = current.cause;
  }
  return message;
}
