import { OpenRouterError, hasAPIErrorName } from "./openrouter-error.js";

/**
 * `error.availability` on model-availability errors
 * (https://openrouter.ai/docs/api_reference/errors-and-debugging#model-availability-errors). Switch on `retryable`,
 * not on `code`.
 */
export interface ErrorAvailability {
  code: string;
  retryable: boolean;
  retry_after?: number | null;
  requested_models?: string[];
  affected_providers?: string[] | null;
  excluded_by?: string[];
  fallback_models?: string[];
  constraint?: { field: string; detail: string };
  docs_url?: string;
  [key: string]: unknown;
}

/** What every {@link APIError} is built from. */
export interface APIErrorInit {
  /** HTTP status, or the status an HTTP-200 error body names in its `code`. */
  status: number;
  /** `error.code` as sent: usually the status number, sometimes a string such as `"server_error"`. */
  code?: number | string | undefined;
  /** The message to show: the server's message, with the provider's own detail and a hint where known. */
  message: string;
  metadata?: Record<string, unknown> | undefined;
  headers?: Headers | undefined;
  generationId?: string | undefined;
  body?: unknown;
  cause?: unknown;
}

/**
 * OpenRouter answered with an error: a non-2xx status, an HTTP 200 whose body is an error, or (as
 * {@link StreamError}) an error event inside a stream. Subclasses name the common statuses.
 *
 * @example
 * ```ts
 * import { APIError, chat, createClient } from "openrouter-fetch";
 * try {
 *   await chat(createClient(), { model: "openai/gpt-4.1-nano", prompt: "Hi" });
 * } catch (error) {
 *   if (error instanceof APIError) console.error(error.status, error.errorType, error.metadata?.provider_name);
 * }
 * ```
 */
export class APIError extends OpenRouterError {
  override name: string = "APIError";
  /** HTTP status (or the status an error body names). */
  readonly status: number;
  /** `error.code` as OpenRouter sent it. */
  readonly code: number | string | undefined;
  /** `error.metadata`: `provider_name`, `raw` (the provider's own error), moderation `reasons`, … */
  readonly metadata: Record<string, unknown> | undefined;
  /** The response headers (never the request's, which hold your key). */
  readonly headers: Headers | undefined;
  /** The generation id (`X-Generation-Id`, or the body's `id`), for `GET /generation` and support requests. */
  readonly generationId: string | undefined;
  /** `metadata.error_type` (or `error.error_type`): the typed reason, e.g. `context_length_exceeded`. */
  readonly errorType: string | undefined;
  /** `error.availability` on model-availability errors. */
  readonly availability: ErrorAvailability | undefined;
  /** The parsed error body (or its text when it was not JSON). */
  readonly body: unknown;

  constructor(init: APIErrorInit) {
    super(init.message, { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.metadata = init.metadata;
    this.headers = init.headers;
    this.generationId = init.generationId;
    this.body = init.body;
    const error = (init.body as { error?: { error_type?: unknown; availability?: unknown } } | undefined)?.error;
    const errorType = init.metadata?.["error_type"] ?? error?.error_type;
    this.errorType = typeof errorType === "string" ? errorType : undefined;
    this.availability = isObject(error?.availability) ? (error.availability as ErrorAvailability) : undefined;
  }
}

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}

/**
 * Whether `value` is an {@link APIError} (OpenRouter answered with an error), including every per-status subclass
 * and {@link StreamError}.
 *
 * @example
 * ```ts
 * import { isAPIError } from "openrouter-fetch/errors";
 * const error: unknown = new Error("x");
 * if (isAPIError(error)) console.log(error.status, error.code);
 * ```
 */
export function isAPIError(value: unknown): value is APIError {
  return value instanceof Error && hasAPIErrorName(value);
}

/**
 * 400: the request is malformed or names something invalid (context too long, bad model id, bad image…).
 * @example
 * ```ts
 * import { BadRequestError } from "openrouter-fetch/errors";
 * const handle = (e: unknown) => e instanceof BadRequestError && console.error(e.errorType);
 * ```
 */
export class BadRequestError extends APIError {
  override name = "BadRequestError";
}
/**
 * 401: the key is missing, wrong or expired.
 * @example
 * ```ts
 * import { AuthenticationError } from "openrouter-fetch/errors";
 * const handle = (e: unknown) => e instanceof AuthenticationError && console.error("check OPENROUTER_API_KEY");
 * ```
 */
export class AuthenticationError extends APIError {
  override name = "AuthenticationError";
}
/**
 * 402: the request cannot be afforded. OpenRouter pre-authorises `max_tokens` (or the model's default maximum
 * output) × price, so lowering `max_tokens` often helps even with credits left. Never retried.
 * @example
 * ```ts
 * import { InsufficientCreditsError } from "openrouter-fetch/errors";
 * const handle = (e: unknown) => {
 *   if (e instanceof InsufficientCreditsError) console.error(`set max_tokens <= ${e.affordableTokens}`);
 * };
 * ```
 */
export class InsufficientCreditsError extends APIError {
  override name = "InsufficientCreditsError";
  /** From "You requested up to N tokens": the tokens the request asked to reserve. */
  readonly requestedTokens: number | undefined;
  /** From "but can only afford M": the largest `max_tokens` the balance covers. */
  readonly affordableTokens: number | undefined;

  constructor(init: APIErrorInit & { requestedTokens?: number | undefined; affordableTokens?: number | undefined }) {
    super(init);
    this.requestedTokens = init.requestedTokens;
    this.affordableTokens = init.affordableTokens;
  }
}
/**
 * 403: moderation flagged the input, a guardrail blocked it, or the key lacks permission. `reasons` and
 * `flaggedInput` come from the moderation metadata.
 * @example
 * ```ts
 * import { ModerationError } from "openrouter-fetch/errors";
 * const handle = (e: unknown) => e instanceof ModerationError && console.error(e.reasons);
 * ```
 */
export class ModerationError extends APIError {
  override name = "ModerationError";
  get reasons(): string[] | undefined {
    const reasons = this.metadata?.["reasons"];
    return Array.isArray(reasons) ? (reasons as string[]) : undefined;
  }
  get flaggedInput(): string | undefined {
    const flagged = this.metadata?.["flagged_input"];
    return typeof flagged === "string" ? flagged : undefined;
  }
}
/**
 * 404: unknown model or endpoint, or no provider endpoint survives the routing filters.
 * @example
 * ```ts
 * import { NotFoundError } from "openrouter-fetch/errors";
 * const handle = (e: unknown) => e instanceof NotFoundError && console.error(e.availability?.code);
 * ```
 */
export class NotFoundError extends APIError {
  override name = "NotFoundError";
}
/**
 * 408: OpenRouter or the provider timed out. Retried.
 * @example
 * ```ts
 * import { RequestTimeoutError } from "openrouter-fetch/errors";
 * const handle = (e: unknown) => e instanceof RequestTimeoutError && console.error(e.status);
 * ```
 */
export class RequestTimeoutError extends APIError {
  override name = "RequestTimeoutError";
}
/**
 * 429: rate limited (OpenRouter's own free-tier limits, or the provider's). Retried unless the server asks for a
 * wait longer than `maxRetryDelay` (a daily cap, say), in which case it is thrown at once with `retryAfterMs`.
 * @example
 * ```ts
 * import { RateLimitError } from "openrouter-fetch/errors";
 * const handle = (e: unknown) => e instanceof RateLimitError && console.error(`try again in ${e.retryAfterMs} ms`);
 * ```
 */
export class RateLimitError extends APIError {
  override name = "RateLimitError";
  /** How long the server asked to wait, from `retry-after-ms`, `Retry-After` or `X-RateLimit-Reset`. */
  readonly retryAfterMs: number | undefined;

  constructor(init: APIErrorInit & { retryAfterMs?: number | undefined }) {
    super(init);
    this.retryAfterMs = init.retryAfterMs;
  }
}
/**
 * 502: the provider failed or returned something invalid; also an HTTP-200 error body without a status code.
 * The provider's own message is in `metadata.raw` and is quoted in `message`.
 * @example
 * ```ts
 * import { ProviderError } from "openrouter-fetch/errors";
 * const handle = (e: unknown) => e instanceof ProviderError && console.error(e.metadata?.provider_name);
 * ```
 */
export class ProviderError extends APIError {
  override name = "ProviderError";
}
/**
 * 503: no provider meets the routing requirements, or all are overloaded. Retried.
 * @example
 * ```ts
 * import { NoProviderError } from "openrouter-fetch/errors";
 * const handle = (e: unknown) => e instanceof NoProviderError && console.error(e.message);
 * ```
 */
export class NoProviderError extends APIError {
  override name = "NoProviderError";
}
/**
 * Any other 5xx (500, 504…), and the base of {@link EdgeTimeoutError} (524) and {@link ProviderOverloadedError}
 * (529). 500 and 504 are retried.
 * @example
 * ```ts
 * import { ServerError } from "openrouter-fetch/errors";
 * const handle = (e: unknown) => e instanceof ServerError && console.error(e.status);
 * ```
 */
export class ServerError extends APIError {
  override name = "ServerError";
}
