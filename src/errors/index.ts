/**
 * Every error the SDK throws, with guards that work across realms and duplicate installs.
 *
 * @module errors
 */
export { OpenRouterError, isOpenRouterError } from "./openrouter-error.js";
export {
  APIError,
  isAPIError,
  BadRequestError,
  AuthenticationError,
  InsufficientCreditsError,
  ModerationError,
  NotFoundError,
  RequestTimeoutError,
  RateLimitError,
  ProviderError,
  NoProviderError,
  ServerError,
  type APIErrorInit,
  type ErrorAvailability,
} from "./api-error.js";
export { PayloadTooLargeError } from "./payload-too-large-error.js";
export { UnprocessableEntityError } from "./unprocessable-entity-error.js";
export { EdgeTimeoutError } from "./edge-timeout-error.js";
export { ProviderOverloadedError } from "./provider-overloaded-error.js";
export { createAPIError, type CreateAPIErrorInput } from "./create-api-error.js";
export { StreamError } from "./stream-error.js";
export type { StreamSource } from "./stream-source.js";
export type { StreamFailure } from "./is-stream-failure.js";
export { ConnectionError } from "./connection-error.js";
export { TimeoutError, type TimeoutPhase } from "./timeout-error.js";
export { AbortError } from "./abort-error.js";
export { ValidationError } from "./validation-error.js";
export { HookError, type HookKind } from "./hook-error.js";
export { ResponseValidationError, type ResponseIssue } from "./response-validation-error.js";
