import type { AbortError } from "./abort-error.js";
import type { ConnectionError } from "./connection-error.js";
import type { StreamError } from "./stream-error.js";
import type { StreamSource } from "./stream-source.js";
import type { TimeoutError } from "./timeout-error.js";

/**
 * The error of a stream that failed with a `partial` of type `P`: a {@link StreamError}, {@link TimeoutError},
 * {@link ConnectionError} or {@link AbortError} whose `partial` is there. The guards of the stream functions
 * (`isResponseStreamFailure()`, `isMessageStreamFailure()`, `isImageStreamFailure()`) narrow to one of these.
 *
 * @example
 * ```ts
 * import type { StreamFailure } from "openrouter-fetch/errors";
 * import type { ChatResult } from "openrouter-fetch";
 * const keptText = (failure: StreamFailure<ChatResult>) => failure.partial.text;
 * ```
 */
export type StreamFailure<P> = (StreamError<P> | TimeoutError<P> | ConnectionError<P> | AbortError<P>) & {
  readonly partial: P;
  readonly source: StreamSource;
};

const names = new Set(["StreamError", "TimeoutError", "ConnectionError", "AbortError"]);

/**
 * Whether `value` is the error of a failed stream of `source`'s API, with its `partial`. By name, as the other
 * guards, so that it holds across realms and duplicate installs.
 * @internal
 */
export function isStreamFailure(value: unknown, source: StreamSource): value is StreamFailure<unknown> {
  if (!(value instanceof Error) || !names.has(value.name)) return false;
  const failure = value as Error & { source?: unknown; partial?: unknown };
  return failure.source === source && failure.partial !== undefined && failure.partial !== null;
}
