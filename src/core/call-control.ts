import { AbortError } from "../errors/abort-error.js";
import { ConnectionError } from "../errors/connection-error.js";
import { TimeoutError, type TimeoutPhase } from "../errors/timeout-error.js";
import type { ChatResult } from "../types/chat-result.js";

// setTimeout treats anything above 2^31-1 ms as 1 ms; such a deadline means "none".
const MAX_TIMER = 2_147_483_647;

/**
 * One call's cancellation: the caller's signal, the deadline timers, and the abort that both trigger. It
 * remembers why the request was aborted, so a failure can be reported as the right error.
 * @internal
 */
export class CallControl {
  readonly #controller = new AbortController();
  readonly #callerSignal: AbortSignal | undefined;
  #deadline: ReturnType<typeof setTimeout> | undefined;
  #idle: ReturnType<typeof setTimeout> | undefined;
  #idleMs = 0;
  #timedOut: { phase: TimeoutPhase; ms: number } | undefined;
  #callerAborted = false;
  readonly #onCallerAbort = () => {
    this.#callerAborted = true;
    this.#controller.abort(this.#callerSignal?.reason);
  };

  constructor(callerSignal: AbortSignal | undefined) {
    this.#callerSignal = callerSignal;
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
   * failure (the cause kept without any Request a fetch wrapper attached, whose headers hold the key).
   */
  failure(cause: unknown, partial?: ChatResult, what = "the connection failed"): AbortError | TimeoutError | ConnectionError {
    if (this.#timedOut) return new TimeoutError({ timeoutMs: this.#timedOut.ms, phase: this.#timedOut.phase, partial });
    if (this.#callerAborted) return new AbortError({ cause: this.#callerSignal?.reason ?? cause, partial });
    return new ConnectionError(`${what}: ${describeCause(cause)}`, { cause: plainCause(cause), partial });
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

/**
 * A custom `fetch` built on ky (or alike) wraps network failures in an error that holds the Request, whose
 * headers carry the API key. Keep only the underlying cause, so that logging the error can never print the key.
 */
function plainCause(cause: unknown): unknown {
  if (cause instanceof Error && cause.name === "NetworkError" && "request" in cause) return cause.cause;
  return cause;
}
