/**
 * The base class of every error this SDK throws. Catch it to handle anything that went wrong in a call.
 *
 * Subclasses set a literal `name`, and the guards below compare it, so checks keep working across realms and
 * duplicate installs where `instanceof` would not.
 *
 * @example
 * ```ts
 * import { chat, createClient, OpenRouterError } from "openrouter-fetch";
 * try {
 *   await chat(createClient(), { model: "openai/gpt-4.1-nano", prompt: "Hi" });
 * } catch (error) {
 *   if (error instanceof OpenRouterError) console.error(error.name, error.message);
 * }
 * ```
 */
export class OpenRouterError extends Error {
  override name: string = "OpenRouterError";

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
  }
}

const apiErrorNames = /*@__PURE__*/ new Set([
  "APIError",
  "BadRequestError",
  "AuthenticationError",
  "InsufficientCreditsError",
  "ModerationError",
  "NotFoundError",
  "RequestTimeoutError",
  "RateLimitError",
  "ProviderError",
  "NoProviderError",
  "ServerError",
  "PayloadTooLargeError",
  "UnprocessableEntityError",
  "EdgeTimeoutError",
  "ProviderOverloadedError",
  "StreamError",
]);

const otherNames = /*@__PURE__*/ new Set([
  "OpenRouterError",
  "ConnectionError",
  "TimeoutError",
  "AbortError",
  "ValidationError",
  "ResponseValidationError",
  "HookError",
]);

function nameOf(value: unknown): unknown {
  return typeof value === "object" && value !== null ? (value as { name?: unknown }).name : undefined;
}

/**
 * Whether `value` is an error thrown by this SDK (any copy of it, in any realm).
 *
 * @example
 * ```ts
 * import { isOpenRouterError } from "openrouter-fetch/errors";
 * const error: unknown = new Error("x");
 * if (isOpenRouterError(error)) console.log(error.name);
 * ```
 */
export function isOpenRouterError(value: unknown): value is OpenRouterError {
  return value instanceof Error && (hasAPIErrorName(value) || otherNames.has(nameOf(value) as string));
}

/**
 * Whether `value` carries the name of {@link APIError} or one of its subclasses. The name lists live here, beside
 * the base class, so that api-error.ts can build `isAPIError` on them without this file importing it back.
 * @internal
 */
export function hasAPIErrorName(value: unknown): boolean {
  return apiErrorNames.has(nameOf(value) as string);
}
