import { APIError, AuthenticationError } from "../errors/api-error.js";
import { type Client, callOptions } from "../core/client.js";
import type { RequestOptions } from "../core/options.js";
import { requestJSON } from "../core/request.js";
import { ValidationError } from "../errors/validation-error.js";
import { bytesToBase64 } from "../util/base64.js";
import { invalid, readData } from "./read-data.js";
import type { AuthCode, AuthKey } from "./types.js";

// OAuth PKCE (https://openrouter.ai/docs/guides/overview/auth/oauth): a browser app sends the user to OpenRouter,
// gets a one-time code back, and trades it (with the verifier only it knows) for a key of the user's own.
// Everything here uses WebCrypto and btoa, so it runs in browsers, Workers, Deno, Bun and Node without Buffer.

/** How the challenge is derived from the verifier. `S256` unless a platform lacks SHA-256. */
export type CodeChallengeMethod = "S256" | "plain";

/** A PKCE pair: keep `codeVerifier` (e.g. in sessionStorage) and put `codeChallenge` in the authorization URL. */
export interface CodeChallenge {
  codeVerifier: string;
  codeChallenge: string;
  codeChallengeMethod: "S256";
}

/** The default {@link AuthorizationUrlOptions.authUrl}: the page on the site root, not under `/api/v1`. */
export const DEFAULT_AUTH_URL = "https://openrouter.ai/auth";

const verifierPattern = /^[A-Za-z0-9\-._~]{43,128}$/;

/**
 * Creates a PKCE code verifier (32 random bytes, base64url: 43 characters) and its S256 challenge
 * (base64url of its SHA-256, no padding), with WebCrypto. Pass your own `codeVerifier` to derive its challenge.
 *
 * @throws {@link ValidationError} when a given verifier is not 43–128 characters of `[A-Za-z0-9-._~]`, or WebCrypto is
 * missing (browsers offer `crypto.subtle` only on https and localhost pages).
 * @example
 * ```ts
 * import { createCodeChallenge } from "openrouter-fetch/account";
 * const { codeVerifier, codeChallenge } = await createCodeChallenge();
 * sessionStorage.setItem("openrouter_verifier", codeVerifier);
 * console.log(codeChallenge);
 * ```
 */
export async function createCodeChallenge(options: { codeVerifier?: string | undefined } = {}): Promise<CodeChallenge> {
  const crypto = (globalThis as { crypto?: Crypto }).crypto;
  if (!crypto?.subtle || typeof crypto.getRandomValues !== "function") {
    throw new ValidationError(
      "WebCrypto (crypto.subtle) is not available here: browsers offer it only on https:// and localhost pages. Serve the page securely.",
      { field: "crypto" },
    );
  }
  let codeVerifier = options.codeVerifier;
  if (codeVerifier === undefined) {
    codeVerifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
  } else if (typeof codeVerifier !== "string" || !verifierPattern.test(codeVerifier)) {
    throw new ValidationError("A PKCE code verifier is 43–128 characters of A–Z, a–z, 0–9, '-', '.', '_' and '~'.", { field: "codeVerifier" });
  }
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(codeVerifier));
  return { codeVerifier, codeChallenge: base64url(new Uint8Array(digest)), codeChallengeMethod: "S256" };
}

/** Options of {@link createAuthorizationUrl}. Wire names are made from these (`callback_url`, …). */
export interface AuthorizationUrlOptions {
  /**
   * Where OpenRouter sends the user back with `?code=`: any `https` URL, or `http` on `localhost`/`127.0.0.1`
   * (any port). Leave it out for headless mode (the code is shown on screen; `codeChallenge` is then required).
   */
  callbackUrl?: string | undefined;
  /** From {@link createCodeChallenge}. Optional but recommended; required without `callbackUrl`. */
  codeChallenge?: string | undefined;
  /** @default "S256" when `codeChallenge` is given */
  codeChallengeMethod?: CodeChallengeMethod | undefined;
  /** A credit limit (USD) for the key the user creates. */
  limit?: number | undefined;
  /** A name for the key, shown in the user's key list. */
  keyLabel?: string | undefined;
  /** @default "https://openrouter.ai/auth" */
  authUrl?: string | undefined;
}

/**
 * Builds the URL to send the user to, to approve a key for your app.
 *
 * @throws {@link ValidationError} when `callbackUrl` is not https (or http on localhost), a challenge is missing in
 * headless mode or malformed, or `limit` is not a positive number.
 * @example
 * ```ts
 * import { createAuthorizationUrl, createCodeChallenge } from "openrouter-fetch/account";
 * const { codeVerifier, codeChallenge } = await createCodeChallenge();
 * sessionStorage.setItem("openrouter_verifier", codeVerifier);
 * location.href = createAuthorizationUrl({ callbackUrl: "https://myapp.example/callback", codeChallenge });
 * ```
 */
export function createAuthorizationUrl(options: AuthorizationUrlOptions): string {
  const { callbackUrl, codeChallenge, limit, keyLabel } = options ?? {};
  const url = parseUrl(options?.authUrl ?? DEFAULT_AUTH_URL, "authUrl");
  if (callbackUrl !== undefined) {
    checkCallbackUrl(callbackUrl, "callbackUrl");
    url.searchParams.set("callback_url", callbackUrl);
  } else if (codeChallenge === undefined) {
    throw new ValidationError("Without callbackUrl (headless mode) a codeChallenge is required: create one with createCodeChallenge().", { field: "codeChallenge" });
  }
  if (codeChallenge !== undefined) {
    const method = checkChallenge(codeChallenge, options.codeChallengeMethod, "codeChallenge", "codeChallengeMethod");
    url.searchParams.set("code_challenge", codeChallenge);
    url.searchParams.set("code_challenge_method", method);
  } else if (options.codeChallengeMethod !== undefined) {
    throw new ValidationError("codeChallengeMethod was given without a codeChallenge.", { field: "codeChallenge" });
  }
  if (limit !== undefined) {
    if (typeof limit !== "number" || !Number.isFinite(limit) || limit <= 0) {
      throw new ValidationError(`limit must be a positive number of USD, got ${String(limit)}.`, { field: "limit" });
    }
    url.searchParams.set("limit", String(limit));
  }
  if (keyLabel !== undefined) url.searchParams.set("key_label", String(keyLabel));
  return url.toString();
}

/** What {@link exchangeAuthCode} sends. */
export interface ExchangeAuthCodeParams {
  /** The `code` query parameter OpenRouter added to your callback URL (single use, valid 10 minutes). */
  code: string;
  /** The verifier whose challenge was in the authorization URL. */
  codeVerifier?: string | undefined;
  /** @default "S256" when `codeVerifier` is given */
  codeChallengeMethod?: CodeChallengeMethod | undefined;
}

/**
 * Trades the code from the callback for the user's own API key (`POST /auth/keys`). Sends no API key, so a
 * client without one (in a browser) works; make a new client with the returned key for the user's requests
 * (`dangerouslyAllowBrowser: true` in a page, since the key is the user's).
 *
 * @throws {@link ValidationError} before sending, when `code` is empty or the verifier malformed.
 * @throws {@link AuthenticationError} (status 403) for a wrong, used or expired code or a verifier that does not match.
 * @throws {@link APIError} for other refusals, such as 400 for a bad method.
 * @throws {@link ResponseValidationError} when the answer has no string `key`.
 * @throws {@link ConnectionError} / {TimeoutError} / {AbortError} when the request could not complete.
 * @example
 * ```ts
 * import { createClient } from "openrouter-fetch";
 * import { exchangeAuthCode } from "openrouter-fetch/account";
 * const code = new URLSearchParams(location.search).get("code") ?? "";
 * const codeVerifier = sessionStorage.getItem("openrouter_verifier") ?? undefined;
 * const { key } = await exchangeAuthCode(createClient(), { code, codeVerifier });
 * const userClient = createClient({ apiKey: key, dangerouslyAllowBrowser: true });
 * ```
 */
export async function exchangeAuthCode(client: Client, params: ExchangeAuthCodeParams, options?: RequestOptions): Promise<AuthKey> {
  const resolved = callOptions(client, options);
  const { code, codeVerifier } = params ?? ({} as ExchangeAuthCodeParams);
  if (typeof code !== "string" || code.trim() === "") {
    throw new ValidationError("exchangeAuthCode() needs the code OpenRouter added to your callback URL (?code=…).", { field: "code" });
  }
  const body: Record<string, string> = { code };
  if (codeVerifier !== undefined) {
    if (typeof codeVerifier !== "string" || !verifierPattern.test(codeVerifier)) {
      throw new ValidationError("codeVerifier must be the verifier createCodeChallenge() made (43–128 characters of [A-Za-z0-9-._~]).", { field: "codeVerifier" });
    }
    body["code_verifier"] = codeVerifier;
    body["code_challenge_method"] = params.codeChallengeMethod ?? "S256";
  } else if (params.codeChallengeMethod !== undefined) {
    body["code_challenge_method"] = params.codeChallengeMethod;
  }
  const { data } = await requestJSON<unknown>(resolved, { method: "POST", path: "auth/keys", body, auth: "none" }).catch((error: unknown) => {
    // A 403 here is a wrong, used or expired code, not moderation: report it as the auth failure it is.
    if (!(error instanceof APIError) || error.status !== 403) throw error;
    throw new AuthenticationError({
      status: 403,
      code: error.code,
      message: `${error.message} (the code is single-use and expires after 10 minutes, and the verifier must be the one its challenge was made from: start the sign-in again)`,
      metadata: error.metadata,
      headers: error.headers,
      body: error.body,
      cause: error,
    });
  });
  const key = typeof data === "object" && data !== null ? (data as { key?: unknown }).key : undefined;
  if (typeof key !== "string" || key === "") invalid("POST /auth/keys", "key", key === undefined ? "is missing" : "is not a non-empty string", { ...(data as object), key: "[redacted]" });
  return data as AuthKey;
}

/** Body of `POST /auth/keys/code` (wire names): what the key the user approves will be. */
export interface CreateAuthCodeParams {
  /** Where the user is sent back with `?code=`: https, or http on localhost/127.0.0.1. */
  callback_url: string;
  /** From {@link createCodeChallenge}; recommended. */
  code_challenge?: string | undefined;
  /** @default "S256" on the wire when `code_challenge` is given */
  code_challenge_method?: CodeChallengeMethod | undefined;
  /** A credit limit (USD) for the key. */
  limit?: number | undefined;
  /** When the key stops working (ISO date-time). */
  expires_at?: string | null | undefined;
  /** A name for the key, at most 100 characters (the app's name by default). */
  key_label?: string | undefined;
  /** Resets the credit limit on this interval. */
  usage_limit_type?: "daily" | "weekly" | "monthly" | undefined;
  workspace_id?: string | undefined;
}

/**
 * Creates an authorization code for the PKCE flow from your server (`POST /auth/keys/code`), with your app's
 * inference key, instead of sending the user to the authorization URL with the options in its query. The user
 * approves it; {@link exchangeAuthCode} then trades the code for their key. Not retried on a 5xx or a dropped
 * connection, which may have created a code; retried on 408 and 429.
 *
 * @throws {@link ValidationError} before sending, when `callback_url` is not https (or http on localhost), the challenge
 * is malformed or its method given without it, or `limit` is not a positive number.
 * @throws {@link AuthenticationError} when the API key is missing or wrong.
 * @throws {@link ResponseValidationError} when `data.id` is not a non-empty string.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient } from "openrouter-fetch";
 * import { createAuthCode, createCodeChallenge } from "openrouter-fetch/account";
 * const { codeVerifier, codeChallenge } = await createCodeChallenge();
 * const code = await createAuthCode(createClient(), { callback_url: "https://myapp.example/callback", code_challenge: codeChallenge, limit: 10 });
 * console.log(code.id, codeVerifier.length);
 * ```
 */
export async function createAuthCode(client: Client, params: CreateAuthCodeParams, options?: RequestOptions): Promise<AuthCode> {
  const resolved = callOptions(client, options);
  if (typeof params !== "object" || params === null) throw new ValidationError("createAuthCode() needs params with a callback_url.", { field: "params" });
  checkCallbackUrl(params.callback_url, "callback_url");
  if (params.code_challenge !== undefined) checkChallenge(params.code_challenge, params.code_challenge_method, "code_challenge", "code_challenge_method");
  else if (params.code_challenge_method !== undefined) throw new ValidationError("code_challenge_method was given without a code_challenge.", { field: "code_challenge" });
  if (params.limit !== undefined && (typeof params.limit !== "number" || !Number.isFinite(params.limit) || params.limit <= 0)) {
    throw new ValidationError(`limit must be a positive number of USD, got ${String(params.limit)}.`, { field: "limit" });
  }
  const { data } = await requestJSON<unknown>(resolved, { method: "POST", path: "auth/keys/code", body: params, auth: "required", idempotent: false });
  return readData<AuthCode>(data, "POST /auth/keys/code", { id: "string" });
}

function checkCallbackUrl(value: unknown, field: string): void {
  const callback = parseUrl(value, field);
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(callback.hostname);
  if (!(callback.protocol === "https:" || (callback.protocol === "http:" && local))) {
    throw new ValidationError(`${field} must be https:// (or http:// on localhost/127.0.0.1); got ${String(value)}.`, { field });
  }
}

/** The challenge checked against its method (S256 unless told); returns the method. */
function checkChallenge(challenge: string, given: unknown, field: string, methodField: string): CodeChallengeMethod {
  const method = given ?? "S256";
  if (method !== "S256" && method !== "plain") {
    throw new ValidationError(`${methodField} is "S256" or "plain", got ${JSON.stringify(method)}.`, { field: methodField });
  }
  const ok = typeof challenge === "string" && (method === "S256" ? /^[A-Za-z0-9_-]{43}$/.test(challenge) : verifierPattern.test(challenge));
  if (!ok) {
    throw new ValidationError(
      method === "S256" ? `An S256 ${field} is 43 base64url characters: pass the codeChallenge createCodeChallenge() made, not the verifier.` : `A plain ${field} is the verifier itself: 43–128 characters of [A-Za-z0-9-._~].`,
      { field },
    );
  }
  return method;
}

function base64url(bytes: Uint8Array): string {
  return bytesToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function parseUrl(value: unknown, field: string): URL {
  try {
    return new URL(String(value));
  } catch {
    throw new ValidationError(`${field} must be an absolute URL, got ${JSON.stringify(value)}.`, { field });
  }
}
