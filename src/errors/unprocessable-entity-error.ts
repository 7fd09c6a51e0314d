import { APIError } from "./api-error.js";

/**
 * 422: the request is well-formed but names something the endpoint cannot do (an argument out of range, a
 * combination the model rejects). Never retried: it fails the same way every time; the message says which argument.
 * @example
 * ```ts
 * import { UnprocessableEntityError } from "openrouter-fetch/errors";
 * const handle = (e: unknown) => e instanceof UnprocessableEntityError && console.error(e.message);
 * ```
 */
export class UnprocessableEntityError extends APIError {
  override name = "UnprocessableEntityError";
}
