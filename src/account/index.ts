/**
 * Your account and keys: a request's generation record, the current key's limits and usage, credits, and OAuth
 * PKCE for browser apps that must get the user's own key instead of holding yours.
 *
 * @module account
 */
export { getGeneration, DEFAULT_NOT_FOUND_RETRIES, DEFAULT_NOT_FOUND_RETRY_DELAY, type GetGenerationOptions } from "./get-generation.js";
export { getGenerationContent } from "./get-generation-content.js";
export { getKey } from "./get-key.js";
export { getCredits } from "./get-credits.js";
export {
  createCodeChallenge,
  createAuthorizationUrl,
  exchangeAuthCode,
  createAuthCode,
  type CreateAuthCodeParams,
  DEFAULT_AUTH_URL,
  type CodeChallenge,
  type CodeChallengeMethod,
  type AuthorizationUrlOptions,
  type ExchangeAuthCodeParams,
} from "./oauth.js";
export type { ProviderResponse, Generation, KeyInfo, Credits, AuthKey } from "./types.js";
export type { GenerationContent, GenerationContentError, GenerationContentErrorAttempt, AuthCode } from "./types.js";
export { createClient, type Client } from "../core/client.js";
export type { ClientOptions, RequestOptions } from "../core/options.js";
