import { type MockReply, type ReplyOptions, withOptions } from "./replies.js";

/** What an error answer carries besides its status. */
export interface ErrorReplyOptions extends Pick<ReplyOptions, "delay" | "headers"> {
  /** @default a message for the status */
  message?: string;
  /** `error.metadata` (e.g. `{ provider_name, raw }`). */
  metadata?: Record<string, unknown>;
  /** `retry-after`, in seconds. */
  retryAfter?: number;
  /** `X-RateLimit-Reset`, in ms since the epoch (with `X-RateLimit-Limit` and `X-RateLimit-Remaining: 0`). */
  rateLimitReset?: number;
}

const statusMessages: Record<number, string> = {
  400: "Invalid request",
  401: "No auth credentials found",
  402: "Insufficient credits",
  403: "Forbidden",
  404: "Not found",
  408: "Request timed out",
  413: "Payload too large",
  422: "Unprocessable entity",
  429: "Rate limit exceeded",
  500: "Internal server error",
  502: "Provider returned error",
  503: "No available provider",
};

function errorBody(status: number, options: ErrorReplyOptions): Record<string, unknown> {
  const error: Record<string, unknown> = { code: status, message: options.message ?? statusMessages[status] ?? `Error ${status}` };
  if (options.metadata) error.metadata = options.metadata;
  return { error };
}

/**
 * An error answer of any status with OpenRouter's body (`{ error: { code, message, metadata } }`) and headers.
 *
 * @example
 * ```ts
 * import { createMockOpenRouter, replyError } from "openrouter-fetch/testing";
 *
 * const mock = createMockOpenRouter();
 * mock.reply(replyError(429, { retryAfter: 1 }), replyError(402, { message: "Insufficient credits" }));
 * ```
 */
export function replyError(status: number, options: ErrorReplyOptions = {}): MockReply {
  const headers: Record<string, string> = {};
  if (options.retryAfter !== undefined) headers["retry-after"] = String(options.retryAfter);
  if (options.rateLimitReset !== undefined) {
    headers["X-RateLimit-Limit"] = "20";
    headers["X-RateLimit-Remaining"] = "0";
    headers["X-RateLimit-Reset"] = String(options.rateLimitReset);
  }
  return withOptions({ status, headers, body: errorBody(status, options) }, { ...options, headers: { ...headers, ...options.headers } });
}

/**
 * A `200 OK` whose body is an error, as OpenRouter sends when a provider fails after the status went out.
 *
 * @example
 * ```ts
 * import { createMockOpenRouter, replyErrorBody } from "openrouter-fetch/testing";
 *
 * const mock = createMockOpenRouter();
 * mock.reply(replyErrorBody(502, { message: "Provider returned error" }));
 * ```
 */
export function replyErrorBody(code: number, options: ErrorReplyOptions = {}): MockReply {
  return withOptions({ status: 200, body: errorBody(code, options) }, options);
}

/**
 * A connection that fails before any header (the client sees a network error).
 *
 * @example
 * ```ts
 * import { createMockOpenRouter, replyNetworkError } from "openrouter-fetch/testing";
 *
 * const mock = createMockOpenRouter();
 * mock.reply(replyNetworkError());
 * ```
 */
export function replyNetworkError(): MockReply {
  return { reset: true };
}
