import { OpenRouterError } from "./openrouter-error.js";

/**
 * The input is wrong, and nothing was sent: a missing prompt, a model id OpenRouter would reject, a modality an
 * image-only model refuses, a routing conflict. The message says what to change.
 *
 * @example
 * ```ts
 * import { ValidationError } from "openrouter-fetch/errors";
 * const handle = (e: unknown) => e instanceof ValidationError && console.error(e.field, e.message);
 * ```
 */
export class ValidationError extends OpenRouterError {
  override name = "ValidationError";
  /** The offending field, dotted (`model`, `messages`, `provider.max_price.prompt`). */
  readonly field: string | undefined;

  constructor(message: string, options?: { field?: string | undefined; cause?: unknown }) {
    super(message, options);
    this.field = options?.field;
  }
}
