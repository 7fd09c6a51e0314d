import { createAPIError, describeText, errorEnvelope, redact, statusOfErrorBody } from "../errors/create-api-error.js";
import type { OpenRouterError } from "../errors/openrouter-error.js";
import { ResponseValidationError } from "../errors/response-validation-error.js";
import { ValidationError } from "../errors/validation-error.js";
import { CallControl } from "./call-control.js";
import { attemptLine } from "./debug-line.js";
import { isBrowserLike } from "./env.js";
import { DEFAULT_BASE_URL, type ResolvedOptions } from "./options.js";
import { RETRYABLE_STATUSES, backoffDelay, isDailyCap, serverRetryDelay } from "./retry-delay.js";

/** What to send. Paths are relative to `baseURL`. @internal */
export interface RequestSpec {
  method: "GET" | "POST" | "DELETE" | "PATCH";
  path: string;
  query?: Record<string, string | number | boolean | undefined> | undefined;
  body?: unknown;
  /** `optional`: public endpoints, sent with the key when there is one. */
  auth?: "required" | "optional" | "none";
}

/** A successful JSON exchange. @internal */
export interface JSONResponse<T> {
  data: T;
  headers: Headers;
  status: number;
}

/** An open response whose body the caller reads (streams). The control's deadline is still running. @internal */
export interface OpenResponse {
  response: Response;
  control: CallControl;
}

/**
 * Sends a request and parses its JSON answer, retrying what is worth retrying. The deadline covers each attempt
 * from sending to the last byte of the body. An HTTP 200 whose body is an OpenRouter error envelope is treated as
 * the status its `code` names.
 * @internal
 */
export async function requestJSON<T>(options: ResolvedOptions, spec: RequestSpec): Promise<JSONResponse<T>> {
  const control = new CallControl(options.signal);
  try {
    return await withRetries(options, spec, control, async (response) => {
      const text = await readText(response, control, options.apiKey);
      const data = parseJSON(text);
      if (data === invalidJSON) {
        throw new ResponseValidationError(
          `OpenRouter answered ${response.status} with a body that is not JSON: ${describeText(text)}.`,
          { text },
        );
      }
      const envelope = errorEnvelope(data);
      if (envelope && !Array.isArray((data as { choices?: unknown }).choices)) {
        return { retryStatus: statusOfErrorBody(data), body: data };
      }
      return { result: { data: data as T, headers: response.headers, status: response.status } };
    });
  } finally {
    control.dispose();
  }
}

/**
 * Sends a request and returns the response as soon as its headers say it succeeded, leaving the body to the
 * caller (streams). Failures before that are retried like {@link requestJSON}'s.
 * @internal
 */
export async function openResponse(options: ResolvedOptions, spec: RequestSpec): Promise<OpenResponse> {
  const control = new CallControl(options.signal);
  try {
    const response = await withRetries(options, spec, control, async (res) => {
      // A JSON answer to a stream request is an error envelope sent with 200 before any event
      // (https://openrouter.ai/docs/api_reference/errors-and-debugging); an HTML one is a proxy's or captive
      // portal's page, which would otherwise read as a stream cut before its end.
      const type = res.headers.get("content-type") ?? "";
      const isHTML = type.includes("text/html");
      if (!isHTML && !type.includes("application/json")) return { result: res };
      const text = await readText(res, control, options.apiKey);
      const data = isHTML ? invalidJSON : parseJSON(text);
      if (data !== invalidJSON && errorEnvelope(data)) return { retryStatus: statusOfErrorBody(data), body: data };
      throw new ResponseValidationError(
        `Expected an event stream but OpenRouter answered ${res.status} with ${describeText(text)}.`,
        { text },
      );
    }, "first-event");
    return { response, control };
  } catch (error) {
    control.dispose();
    throw error;
  }
}

type AttemptOutcome<R> = { result: R } | { retryStatus: number; body: unknown };

async function withRetries<R>(
  options: ResolvedOptions,
  spec: RequestSpec,
  control: CallControl,
  onSuccess: (response: Response) => Promise<AttemptOutcome<R>>,
  phase: "response" | "first-event" = "response",
): Promise<R> {
  const { url, headers, payload } = buildRequest(options, spec);
  for (let attempt = 0; ; attempt++) {
    control.armDeadline(options.timeout, phase);
    const started = Date.now();
    // `?.(` skips building the line altogether when debug logging is off.
    const log = (outcome: string, decision?: number | string) =>
      options.debug?.(attemptLine(options, spec.method, url, headers, attempt, Date.now() - started, outcome, decision));
    let response: Response;
    try {
      // The global fetch is looked up per call (test tools replace it) and called as a method (browsers insist).
      const fetchInit: RequestInit = { method: spec.method, headers, body: payload, signal: control.signal };
      response = withoutKey(await (options.fetch ? options.fetch(url, fetchInit) : globalThis.fetch(url, fetchInit)), options.apiKey);
    } catch (error) {
      const failure = control.failure(error, undefined, `Could not reach ${new URL(url).host}`);
      const retry = failure.name === "ConnectionError" && attempt < options.maxRetries;
      const delay = retry ? backoffDelay(attempt) : 0;
      log(`${failure.name}: ${failure.message}`, retry ? delay : "not retried");
      if (!retry) throw failure;
      await control.sleep(delay);
      continue;
    }
    let outcome: AttemptOutcome<R>;
    try {
      if (response.ok) {
        outcome = await onSuccess(response);
        if ("result" in outcome) {
          log(String(response.status));
          return outcome.result;
        }
      } else {
        const text = await readText(response, control, options.apiKey);
        const parsed = parseJSON(text);
        outcome = { retryStatus: response.status, body: parsed === invalidJSON ? text : parsed };
      }
    } catch (error) {
      log(`${response.status}, then ${(error as Error)?.name}`, "not retried");
      throw error;
    }
    const { retryStatus: status, body } = outcome;
    const wait = serverRetryDelay(response.headers, body);
    const message = String(errorEnvelope(body)?.message ?? "");
    // A wait beyond the cap (or a daily cap with no reset we can wait for) cannot be helped by retrying now.
    const refusal = !RETRYABLE_STATUSES.has(status)
      ? `${status} is not retried`
      : attempt >= options.maxRetries
        ? "no retries left"
        : wait !== undefined && wait > options.maxRetryDelay
          ? `the server asks for ${wait} ms, beyond maxRetryDelay`
          : status === 429 && isDailyCap(message) && wait === undefined
            ? "a daily cap with no reset time"
            : undefined;
    const delay = refusal === undefined ? (wait ?? backoffDelay(attempt)) : 0;
    log(status === response.status ? String(status) : `${response.status} with an error body (${status})`, refusal === undefined ? delay : `not retried: ${refusal}`);
    if (refusal !== undefined) {
      throw createAPIError({ status, body, headers: response.headers, retryAfterMs: wait, apiKey: options.apiKey });
    }
    control.clearDeadline();
    await control.sleep(delay);
  }
}

function buildRequest(options: ResolvedOptions, spec: RequestSpec) {
  const headers = new Headers(options.headers);
  const auth = spec.auth ?? "required";
  if (auth !== "none" && options.apiKey) {
    if (isBrowserLike() && !options.dangerouslyAllowBrowser) {
      throw new ValidationError(
        "Refusing to send an API key from a browser page: anyone who opens the page can read and spend it. Call OpenRouter " +
          "from your server, use OAuth PKCE for the user's own key, or pass dangerouslyAllowBrowser: true if the key is the user's.",
        { field: "apiKey" },
      );
    }
    headers.set("Authorization", `Bearer ${options.apiKey}`);
  } else if (auth === "required" && options.baseURL === DEFAULT_BASE_URL) {
    throw new ValidationError("No API key: pass apiKey to createClient() or set OPENROUTER_API_KEY.", { field: "apiKey" });
  }
  let url = `${options.baseURL}/${spec.path}`;
  if (spec.query) {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(spec.query)) if (value !== undefined) query.set(key, String(value));
    const search = query.toString();
    if (search) url += `?${search}`;
  }
  let body: string | undefined;
  if (spec.body !== undefined) {
    body = JSON.stringify(spec.body);
    headers.set("Content-Type", "application/json");
  }
  return { url, headers, payload: body ?? null };
}

/**
 * The body as text, with the API key cut out should the server echo it (some proxies do): whatever the body
 * becomes next (a result, an error's `body` or `text`, a message), it cannot carry the key.
 */
async function readText(response: Response, control: CallControl, apiKey: string | undefined): Promise<string> {
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw control.failure(error, undefined, "The connection dropped while reading the response") as OpenRouterError;
  }
  return apiKey && text.includes(apiKey) ? redact(text, apiKey) : text;
}

/** The response, or a copy whose headers no longer echo the API key (errors and streams keep the headers). */
function withoutKey(response: Response, apiKey: string | undefined): Response {
  let echoed = false;
  if (apiKey) response.headers.forEach((value) => void (echoed ||= value.includes(apiKey)));
  if (!echoed) return response;
  const headers = new Headers();
  response.headers.forEach((value, name) => headers.append(name, redact(value, apiKey)));
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

const invalidJSON = Symbol("invalidJSON");

function parseJSON(text: string): unknown {
  try {
    // JSON.parse skips the leading whitespace OpenRouter sometimes sends before a body.
    return JSON.parse(text);
  } catch {
    return invalidJSON;
  }
}

