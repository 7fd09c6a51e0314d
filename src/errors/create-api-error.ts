import { isRecord } from "../util/checks.js";
import {
  APIError,
  type APIErrorInit,
  AuthenticationError,
  BadRequestError,
  InsufficientCreditsError,
  ModerationError,
  NoProviderError,
  NotFoundError,
  ProviderError,
  RateLimitError,
  RequestTimeoutError,
  ServerError,
} from "./api-error.js";
import { EdgeTimeoutError } from "./edge-timeout-error.js";
import { PayloadTooLargeError } from "./payload-too-large-error.js";
import { ProviderOverloadedError } from "./provider-overloaded-error.js";
import { UnprocessableEntityError } from "./unprocessable-entity-error.js";

/** What {@link createAPIError} needs: the status and the body as received. */
export interface CreateAPIErrorInput {
  status: number;
  /** The parsed JSON body, or the raw text when it was not JSON. */
  body: unknown;
  headers?: Headers | undefined;
  /** Known wait before a retry makes sense (429). */
  retryAfterMs?: number | undefined;
  /** Redacted from every message in case a server echoes it. */
  apiKey?: string | undefined;
  /** What to do, when the caller knows better than the status alone (a management endpoint's 401). */
  hint?: string | undefined;
  cause?: unknown;
}

interface ErrorEnvelope {
  code?: unknown;
  message?: unknown;
  metadata?: unknown;
}

/**
 * Builds the right {@link APIError} subclass for a status and an error body: the one factory every feature uses,
 * so the same body always yields the same class and message.
 *
 * @example
 * ```ts
 * import { createAPIError } from "openrouter-fetch/errors";
 * const error = createAPIError({ status: 402, body: { error: { code: 402, message: "Insufficient credits" } } });
 * console.log(error.name); // "InsufficientCreditsError"
 * ```
 */
export function createAPIError(input: CreateAPIErrorInput): APIError {
  const body = redactBody(input.body, input.apiKey);
  const envelope = errorEnvelope(body);
  const metadata = isRecord(envelope?.metadata) ? envelope.metadata : undefined;
  const code = typeof envelope?.code === "number" || typeof envelope?.code === "string" ? envelope.code : undefined;
  const serverMessage = typeof envelope?.message === "string" && envelope.message !== "" ? envelope.message : undefined;
  const init: APIErrorInit = {
    status: input.status,
    code,
    message: redact(describe(input.status, serverMessage, metadata, body, input.hint), input.apiKey),
    metadata,
    headers: input.headers,
    generationId: input.headers?.get("x-generation-id") ?? stringField(body, "id"),
    body,
    cause: input.cause,
  };
  if (input.status === 402) {
    const match = /requested up to (\d+) tokens, but can only afford (\d+)/i.exec(serverMessage ?? "");
    return new InsufficientCreditsError({
      ...init,
      requestedTokens: match ? Number(match[1]) : undefined,
      affordableTokens: match ? Number(match[2]) : undefined,
    });
  }
  if (input.status === 429) return new RateLimitError({ ...init, retryAfterMs: input.retryAfterMs });
  const ErrorClass =
    {
      400: BadRequestError, 401: AuthenticationError, 403: ModerationError, 404: NotFoundError, 408: RequestTimeoutError,
      413: PayloadTooLargeError, 422: UnprocessableEntityError, 502: ProviderError, 503: NoProviderError,
      524: EdgeTimeoutError, 529: ProviderOverloadedError,
    }[input.status] ?? (input.status >= 500 ? ServerError : APIError);
  return new ErrorClass(init);
}

/**
 * The status an HTTP-200 error body stands for: its numeric `code`, else 502 (a provider failure).
 * @internal
 */
export function statusOfErrorBody(body: unknown): number {
  const code = errorEnvelope(body)?.code;
  const numeric = typeof code === "string" && /^\d{3}$/.test(code) ? Number(code) : code;
  return typeof numeric === "number" && numeric >= 400 && numeric < 600 ? numeric : 502;
}

/** @internal */
export function errorEnvelope(body: unknown): ErrorEnvelope | undefined {
  return isRecord(body) && isRecord(body["error"]) ? (body["error"] as ErrorEnvelope) : undefined;
}

function describe(status: number, serverMessage: string | undefined, metadata: Record<string, unknown> | undefined, body: unknown, given?: string): string {
  let message = serverMessage ?? fallbackMessage(status, body);
  const detail = providerDetail(metadata?.["raw"]);
  const provider = typeof metadata?.["provider_name"] === "string" ? metadata["provider_name"] : undefined;
  if (detail !== undefined && !message.includes(detail)) {
    message += ` — ${provider ? `[${provider}] ` : ""}${detail}`;
  } else if (provider && !message.includes(provider)) {
    message += ` (provider: ${provider})`;
  }
  const hint = given ?? hintFor(status, message);
  return `${status} ${message}${hint ? ` (${hint})` : ""}`;
}

function fallbackMessage(status: number, body: unknown): string {
  const text = typeof body === "string" ? body.trim() : "";
  if (text === "") return `HTTP ${status} with no error message`;
  // A plain-text body is the server's message; a page (a proxy's, a captive portal's) is named by its title.
  return text.startsWith("<") ? `the server answered with ${describeText(text)} instead of JSON` : truncate(text);
}

/**
 * A body that is not what was expected, in a few words: empty, an HTML page and its title, or the text quoted (cut
 * at 200 characters).
 * @internal
 */
export function describeText(body: string): string {
  const text = body.trim();
  if (text === "") return "an empty body";
  if (/^<(!doctype|html)/i.test(text)) {
    const title = /<title>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
    return `an HTML page${title ? ` ("${title}")` : ""}`;
  }
  return text.length > 200 ? `${JSON.stringify(text.slice(0, 200))}…` : JSON.stringify(text);
}

function hintFor(status: number, message: string): string | undefined {
  switch (status) {
    case 401:
      return "check the API key: pass apiKey or set OPENROUTER_API_KEY";
    case 402:
      return "lower max_tokens, or add credits or raise the key's limit";
    case 429:
      return /per-day/i.test(message) ? "a daily cap: wait for the reset, or add credits" : undefined;
    default:
      return undefined;
  }
}

/** The provider's own message hidden in `metadata.raw`: a string, a JSON string, or an object, possibly nested. */
function providerDetail(raw: unknown, depth = 0): string | undefined {
  if (depth > 4 || raw === undefined || raw === null) return undefined;
  if (typeof raw === "string") {
    const text = raw.trim();
    if (text.startsWith("{")) {
      try {
        return providerDetail(JSON.parse(text), depth + 1) ?? truncate(text);
      } catch {
        return truncate(text);
      }
    }
    return text === "" ? undefined : truncate(text);
  }
  if (isRecord(raw)) {
    for (const key of ["message", "error", "detail", "details", "msg"]) {
      const found = providerDetail(raw[key], depth + 1);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

function truncate(text: string): string {
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

function stringField(body: unknown, key: string): string | undefined {
  const value = isRecord(body) ? body[key] : undefined;
  return typeof value === "string" ? value : undefined;
}

/** A body that echoes the key (some proxies do) must not carry it into an error's fields. */
function redactBody(body: unknown, secret: string | undefined): unknown {
  if (!secret || secret.length < 8 || body === undefined || body === null) return body;
  if (typeof body === "string") return redact(body, secret);
  const json = JSON.stringify(body);
  return json.includes(secret) ? JSON.parse(redact(json, secret)) : body;
}

/** @internal Removes a secret from text meant for people. */
export function redact(text: string, secret: string | undefined): string {
  return secret && secret.length >= 8 ? text.split(secret).join("[redacted]") : text;
}
