import { ValidationError } from "../errors/validation-error.js";
import type { ModelLookup } from "../types/model-lookup.js";
import type { PostProcessor } from "../types/post-processor.js";
import { checkCount } from "./check-count.js";
import { checkDuration } from "./check-options.js";
import type { OpenRouterEnv } from "./env.js";
import { type KyHooks, type KyInstance, TransportSlot } from "./transport.js";

/** The default `baseURL`. */
export const DEFAULT_BASE_URL = "https://openrouter.ai/api/v1";
/**
 * Default `timeout`, 10 minutes: long enough for a slow non-streamed generation, short enough that a dead call
 * ends. For streams it covers the time to the first data event; `idleTimeout` covers the rest.
 */
export const DEFAULT_TIMEOUT = 600_000;
/** Default `idleTimeout` for streams, 2 minutes with no bytes at all (keep-alive comments count as bytes). */
export const DEFAULT_IDLE_TIMEOUT = 120_000;
/** Default `maxRetries`. */
export const DEFAULT_MAX_RETRIES = 2;
/** Default `maxRetryDelay`: a server asking for a longer wait is answered with an error at once. */
export const DEFAULT_MAX_RETRY_DELAY = 60_000;

/**
 * SDK behaviour for a client. Every option except `catalog` can also be given per call ({@link RequestOptions});
 * the per-call value wins, and `headers` merge per key. Nothing here is sent in a request body.
 */
export interface ClientOptions {
  /** API key (`sk-or-v1-…`). @default process.env.OPENROUTER_API_KEY */
  apiKey?: string | undefined;
  /**
   * Management (provisioning) key, for the platform endpoints that manage keys, guardrails, workspaces and the
   * like. Sent only to those; the inference `apiKey` is never sent to them, and this key never to the others.
   * @default process.env.OPENROUTER_MANAGEMENT_KEY
   */
  managementKey?: string | undefined;
  /**
   * An absolute http(s) URL; anything else (`"openrouter.ai/api/v1"`) throws a `ValidationError` naming `baseURL`
   * when the client is created. @default process.env.OPENROUTER_BASE_URL ?? "https://openrouter.ai/api/v1"
   */
  baseURL?: string | undefined;
  /** Model used when a request names neither `model` nor `models`. @default process.env.OPENROUTER_DEFAULT_MODEL */
  defaultModel?: string | undefined;
  /** Your app's URL, sent as `HTTP-Referer` for attribution. @default process.env.OPENROUTER_SITE_URL */
  appUrl?: string | undefined;
  /** Your app's name, sent as `X-OpenRouter-Title` (and legacy `X-Title`). @default process.env.OPENROUTER_SITE_NAME */
  appTitle?: string | undefined;
  /** Marketplace categories (at most 2), sent as `X-OpenRouter-Categories`, e.g. `["cli-agent"]`. */
  appCategories?: string | readonly string[] | undefined;
  /**
   * Sent as `X-OpenRouter-Metadata: enabled` (or `disabled` for `false`): asks OpenRouter to add
   * `openrouter_metadata` (what was requested, the routing strategy, the fallbacks tried) to chat responses, and to
   * a stream's last chunk. Per call or per client. @default not sent (OpenRouter's default: disabled)
   */
  routerMetadata?: boolean | undefined;
  /**
   * Sent as `x-session-id` (at most 256 characters): groups related requests (a conversation, an agent run) in
   * OpenRouter's logs and routes them to the same provider, so prompt caches hit. A chat body's `session_id` wins
   * over it; embeddings, images and the other endpoints take only the header. Per call or per client.
   */
  sessionId?: string | undefined;
  /**
   * Milliseconds to wait for a complete non-streamed response, or for a stream's first data event, per attempt.
   * @default process.env.OPENROUTER_TIMEOUT ?? 600000 (10 minutes)
   */
  timeout?: number | undefined;
  /**
   * Streams only: milliseconds without a single byte from the server (keep-alive comments count) before the stream
   * is aborted, from the headers on. It measures the server, not the reader: a slow consumer never trips it (the
   * body is read into a bounded queue meanwhile; see docs/streaming.md). @default 120000
   */
  idleTimeout?: number | undefined;
  /** Retries after the first attempt (408, 429, 500, 502, 503, 504, 524, 529 and connection failures). @default 2 */
  maxRetries?: number | undefined;
  /** A server-requested wait longer than this (ms) throws at once instead of waiting. @default 60000 */
  maxRetryDelay?: number | undefined;
  /** Extra headers, merged per key over the SDK's. */
  headers?: HeadersInit | undefined;
  /**
   * A custom `fetch` (a proxy-aware one, a test double), called once per attempt the way ky calls fetch:
   * `fetch(request, init)` with a `Request` that already carries the method, URL, headers, body and signal. It wins
   * over the `fetch` of a `ky` instance. @default the `ky` instance's fetch, else globalThis.fetch
   */
  fetch?: typeof globalThis.fetch | undefined;
  /**
   * Your own ky instance (`ky.create({ headers, hooks, fetch, context })`): every request the SDK sends goes through
   * it, so its headers, hooks, `fetch` and `context` apply to chat, streams, models, account, embeddings and OAuth
   * alike. The SDK keeps its own retries, deadlines and errors (ky's `retry`, `timeout` and `throwHttpErrors` are
   * switched off for its calls), and runs the instance's hooks once per attempt: see docs/hooks.md. Client only.
   * @example
   * ```ts
   * import ky from "ky";
   * import { createClient } from "openrouter-fetch";
   * const api = ky.create({ headers: { "x-team": "search" }, hooks: { beforeRequest: [({ request }) => console.log(request.url)] } });
   * const client = createClient({ ky: api });
   * ```
   */
  ky?: KyInstance | undefined;
  /**
   * ky hooks for every attempt, without an instance of your own: `beforeRequest` (may change or replace the
   * request), `afterResponse` (sees every response, errors included; may return `ky.retry()`), `beforeRetry`
   * (before each SDK retry; `ky.stop` ends the call), `beforeError` (once, on the error about to be thrown) and
   * `init`. Per-call hooks run after the client's, which run after the `ky` instance's. See docs/hooks.md.
   * @example
   * ```ts
   * import { createClient } from "openrouter-fetch";
   * const client = createClient({
   *   hooks: { beforeRequest: [({ request }) => { request.headers.set("x-trace-id", crypto.randomUUID()); }] },
   * });
   * ```
   */
  hooks?: KyHooks | undefined;
  /** Aborts every request made with these options. A per-call signal is combined with it. */
  signal?: AbortSignal | undefined;
  /** In a browser page, an API key is refused unless this is `true` (anyone can read it there). @default false */
  dangerouslyAllowBrowser?: boolean | undefined;
  /** Reject model ids with a compact date suffix (OpenRouter answers 400 to them). @default true */
  checkModelIds?: boolean | undefined;
  /** Post-processors run on every chat result; a given list replaces the default list. @default defaultPostProcessors */
  postProcessors?: readonly PostProcessor[] | undefined;
  /** A model catalog (see `createModelCatalog`) used by the modality guard and model-id suggestions. */
  catalog?: ModelLookup | undefined;
  /**
   * Logs one line per request attempt: method, URL, status (or the failure), milliseconds, the retry decision and
   * the request headers. `true` writes with `console.debug`; a function receives each line instead. The API key
   * never appears: `Authorization` is shown as `Bearer sk-or-…[redacted]`, and the key is removed from the rest of
   * the line too. Bodies are never logged. Opt-in: the default is on only when `OPENROUTER_DEBUG` is `1` or `true`.
   * @default process.env.OPENROUTER_DEBUG === "1" | "true"
   * @example
   * ```ts
   * import { createClient } from "openrouter-fetch";
   * const lines: string[] = [];
   * const client = createClient({ debug: (line) => lines.push(line) });
   * // lines[0]: openrouter-fetch: POST https://openrouter.ai/api/v1/chat/completions attempt 1/3 → 429 in 41 ms;
   * // retrying in 1000 ms; headers {authorization: "Bearer sk-or-…[redacted]", content-type: "application/json"}
   * ```
   */
  debug?: boolean | ((line: string) => void) | undefined;
}

/**
 * Per-call SDK behaviour: any {@link ClientOptions} field except `catalog` and `ky`. An interface rather than an
 * alias of the `Omit`, so that the options interfaces extending it have a place in the docs' type hierarchy.
 */
export interface RequestOptions extends Omit<ClientOptions, "catalog" | "ky"> {}

/** Options with every default applied. @internal */
export interface ResolvedOptions {
  apiKey: string | undefined;
  managementKey: string | undefined;
  baseURL: string;
  defaultModel: string | undefined;
  timeout: number;
  idleTimeout: number;
  maxRetries: number;
  maxRetryDelay: number;
  headers: Headers;
  /** The one way requests leave the SDK (ky). */
  transport: TransportSlot;
  signal: AbortSignal | undefined;
  dangerouslyAllowBrowser: boolean;
  checkModelIds: boolean;
  postProcessors: readonly PostProcessor[] | undefined;
  catalog: ModelLookup | undefined;
  /** Where debug lines go; `undefined` when debug logging is off. */
  debug: ((line: string) => void) | undefined;
}

/**
 * Fills a client's options from the environment, once, when the client is created.
 * @internal
 */
export function applyEnv(options: ClientOptions, env: OpenRouterEnv): ClientOptions {
  const raw = env.OPENROUTER_TIMEOUT;
  const envTimeout = raw === undefined ? undefined : checkDuration(Number(raw), 0, "OPENROUTER_TIMEOUT", false, JSON.stringify(raw));
  return {
    ...options,
    apiKey: options.apiKey ?? env.OPENROUTER_API_KEY,
    managementKey: options.managementKey ?? env.OPENROUTER_MANAGEMENT_KEY,
    baseURL: options.baseURL ?? env.OPENROUTER_BASE_URL,
    defaultModel: options.defaultModel ?? env.OPENROUTER_DEFAULT_MODEL,
    appUrl: options.appUrl ?? env.OPENROUTER_SITE_URL,
    appTitle: options.appTitle ?? env.OPENROUTER_SITE_NAME,
    timeout: options.timeout ?? envTimeout,
    debug: options.debug ?? (/^(1|true)$/i.test(env.OPENROUTER_DEBUG ?? "") || undefined),
  };
}

/**
 * The one precedence rule: per-call over client over default; headers merge per key; signals combine.
 * @internal
 */
export function resolveOptions(client: ClientOptions, call: RequestOptions | undefined): ResolvedOptions {
  const merged: ClientOptions = call ? { ...client, ...definedOnly(call) } : client;
  const timeout = checkDuration(merged.timeout, DEFAULT_TIMEOUT, "timeout");
  const headers = attributionHeaders(merged);
  if (client.headers) new Headers(client.headers).forEach((value, key) => headers.set(key, value));
  if (call?.headers) new Headers(call.headers).forEach((value, key) => headers.set(key, value));
  const signal = client.signal && call?.signal && client.signal !== call.signal ? AbortSignal.any([client.signal, call.signal]) : (call?.signal ?? client.signal);
  return {
    apiKey: merged.apiKey,
    managementKey: merged.managementKey,
    baseURL: (merged.baseURL ?? DEFAULT_BASE_URL).replace(/\/+$/, ""),
    defaultModel: merged.defaultModel,
    timeout,
    idleTimeout: checkDuration(merged.idleTimeout, DEFAULT_IDLE_TIMEOUT, "idleTimeout"),
    maxRetries: checkCount(merged.maxRetries, DEFAULT_MAX_RETRIES, "maxRetries"),
    maxRetryDelay: checkDuration(merged.maxRetryDelay, DEFAULT_MAX_RETRY_DELAY, "maxRetryDelay", true),
    headers,
    transport: new TransportSlot({ ky: client.ky, hooks: [client.hooks, call?.hooks], fetch: merged.fetch }),
    signal,
    dangerouslyAllowBrowser: merged.dangerouslyAllowBrowser ?? false,
    checkModelIds: merged.checkModelIds ?? true,
    postProcessors: merged.postProcessors,
    catalog: client.catalog,
    debug: merged.debug === true ? consoleDebug : typeof merged.debug === "function" ? merged.debug : undefined,
  };
}

function consoleDebug(line: string): void {
  console.debug(line);
}

function definedOnly<T extends object>(value: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key in value) if (value[key] !== undefined) out[key] = value[key];
  return out;
}

function attributionHeaders(options: ClientOptions): Headers {
  const headers = new Headers();
  if (options.appUrl) headers.set("HTTP-Referer", options.appUrl);
  if (options.appTitle) {
    headers.set("X-OpenRouter-Title", options.appTitle);
    headers.set("X-Title", options.appTitle);
  }
  const categories = typeof options.appCategories === "string" ? options.appCategories.split(",") : options.appCategories;
  if (categories && categories.length > 0) {
    const cleaned = categories.map((c) => c.trim()).filter((c) => c !== "");
    // OpenRouter silently drops a third category and any that is not a slug.
    if (cleaned.length > 2 || cleaned.some((c) => !/^[a-z0-9-]{1,30}$/.test(c))) {
      throw new ValidationError(
        `appCategories takes at most 2 categories, lowercase and hyphenated, up to 30 characters each (e.g. "cli-agent"); got ${JSON.stringify(cleaned)}.`,
        { field: "appCategories" },
      );
    }
    if (cleaned.length > 0) headers.set("X-OpenRouter-Categories", cleaned.join(","));
  }
  if (options.routerMetadata !== undefined) {
    if (typeof options.routerMetadata !== "boolean") {
      throw new ValidationError(`routerMetadata must be true or false, got ${JSON.stringify(options.routerMetadata)}.`, { field: "routerMetadata" });
    }
    headers.set("X-OpenRouter-Metadata", options.routerMetadata ? "enabled" : "disabled");
  }
  if (options.sessionId !== undefined) {
    const id = options.sessionId;
    if (typeof id !== "string" || id.trim() === "" || id.length > 256 || /[\r\n]/.test(id)) {
      throw new ValidationError(`sessionId must be a non-empty string of at most 256 characters on one line, got ${JSON.stringify(id)?.slice(0, 80)}.`, { field: "sessionId" });
    }
    headers.set("x-session-id", id);
  }
  return headers;
}
