import { createAPIError, describeText, errorEnvelope, redact, statusOfErrorBody } from "../errors/create-api-error.js";
import type { OpenRouterError } from "../errors/openrouter-error.js";
import { ResponseValidationError } from "../errors/response-validation-error.js";
import { ValidationError } from "../errors/validation-error.js";
import { HookError, type HookKind } from "../errors/hook-error.js";
import { safeCause } from "../errors/safe-cause.js";
import { CallControl } from "./call-control.js";
import { attemptLine } from "./debug-line.js";
import { isBrowserLike } from "./env.js";
import { DEFAULT_BASE_URL, type ResolvedOptions } from "./options.js";
import { type RequestSpec, buildRequest, keyFor } from "./build-request.js";
import { RETRYABLE_STATUSES, backoffDelay, isDailyCap, serverRetryDelay } from "./retry-delay.js";
import { type AttemptResult, HookFailure } from "./transport.js";

export type { RequestSpec };

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
  /** With `successBody: "stream-or-json"`, a JSON answer parsed (its body is then read); else `undefined`. */
  json?: unknown;
}

/**
 * Sends a request and parses its JSON answer, retrying what is worth retrying. The deadline covers each attempt
 * from sending to the last byte of the body. An HTTP 200 whose body is an OpenRouter error envelope is treated as
 * the status its `code` names.
 * @internal
 */
export async function requestJSON<T>(options: ResolvedOptions, spec: RequestSpec): Promise<JSONResponse<T>> {
  options = keyFor(options, spec);
  const control = new CallControl(options.signal, options.apiKey);
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
      // The SDK's, not ky's: ky sees a 200 and cannot retry an error envelope sent with it.
      if (envelope && !Array.isArray((data as { choices?: unknown }).choices)) {
        return { status: statusOfErrorBody(data), body: data };
      }
      return { result: { data: data as T, headers: response.headers, status: response.status } };
    });
  } finally {
    control.dispose();
  }
}

/**
 * Sends a request and returns the response as soon as its headers say it succeeded, leaving the body to the
 * caller (streams, binary bodies). Failures before that are retried like {@link requestJSON}'s. `expected` names
 * what a success answer carries, for the error when a 200 carries something else (see `RequestSpec.successBody`).
 * @internal
 */
export async function openResponse(options: ResolvedOptions, spec: RequestSpec, expected = "an event stream"): Promise<OpenResponse> {
  options = keyFor(options, spec);
  const control = new CallControl(options.signal, options.apiKey);
  const accepts = spec.successBody ?? "stream";
  try {
    let json: unknown;
    const response = await withRetries(options, spec, control, async (res) => {
      // A download's body is its content, whatever its type.
      if (accepts === "any") return { result: res };
      // A JSON answer to a stream request is an error envelope sent with 200 before any event
      // (https://openrouter.ai/docs/api_reference/errors-and-debugging); an HTML one is a proxy's or captive
      // portal's page, which would otherwise read as a stream cut before its end.
      const type = res.headers.get("content-type") ?? "";
      const isHTML = type.includes("text/html");
      if (!isHTML && !type.includes("application/json")) return { result: res };
      const text = await readText(res, control, options.apiKey);
      const data = isHTML ? invalidJSON : parseJSON(text);
      if (data !== invalidJSON && errorEnvelope(data)) return { status: statusOfErrorBody(data), body: data };
      if (data !== invalidJSON && accepts === "stream-or-json") {
        json = data;
        return { result: res };
      }
      throw new ResponseValidationError(
        `Expected ${expected} but OpenRouter answered ${res.status} with ${describeText(text)}.`,
        { text },
      );
    }, "first-event");
    return { response, control, json };
  } catch (error) {
    control.dispose();
    throw error;
  }
}

type AttemptOutcome<R> = { result: R } | { status: number; body: unknown };

async function withRetries<R>(
  options: ResolvedOptions,
  spec: RequestSpec,
  control: CallControl,
  onSuccess: (response: Response) => Promise<AttemptOutcome<R>>,
  phase: "response" | "first-event" = "response",
): Promise<R> {
  const { url, headers, payload } = buildRequest(options, spec);
  const transport = await options.transport.get();
  let sent: Request | undefined;
  const retain = (request: unknown) => {
    sent = request as Request;
    control.retain(request);
  };
  // The app's beforeError hooks see the error once, when the call gives up after sending at least once.
  const fail = async (error: Error, attempt: number): Promise<never> => {
    throw sent ? await transport.beforeError({ request: sent, error, retryCount: attempt }) : error;
  };
  for (let attempt = 0; ; attempt++) {
    control.armDeadline(options.timeout, phase);
    const started = Date.now();
    // `?.(` skips building the line altogether when debug logging is off.
    const log = (outcome: string, decision?: number | string) =>
      options.debug?.(attemptLine(options, spec.method, url, headers, attempt, Date.now() - started, outcome, decision));
    let sentResult: AttemptResult;
    try {
      const body = spec.form ? spec.form() : payload;
      sentResult = await transport.send({ method: spec.method, url, headers, body, signal: control.signal, attempt, retain });
    } catch (error) {
      if (error instanceof HookFailure && !control.aborted) {
        const failure = hookError(error.hook, error.error, options.apiKey);
        log(`${failure.name}: ${failure.message}`, "not retried");
        return fail(failure, attempt);
      }
      const failure = control.failure(error instanceof HookFailure ? error.error : error, undefined, `Could not reach ${new URL(url).host}`);
      const retry = failure.name === "ConnectionError" && spec.idempotent !== false && attempt < options.maxRetries;
      const delay = retry ? backoffDelay(attempt) : 0;
      log(`${failure.name}: ${failure.message}`, retry ? delay : "not retried");
      if (!retry) return fail(failure, attempt);
      await retryAfter(delay, failure, attempt);
      continue;
    }
    if ("forcedRetry" in sentResult) {
      const { delay: asked, cause } = sentResult.forcedRetry;
      if (attempt >= options.maxRetries) {
        const failure = hookError("afterResponse", cause, options.apiKey, `asked for a retry (ky.retry()) after the last of ${options.maxRetries} retries`);
        log("ky.retry() from an afterResponse hook", "not retried: no retries left");
        return fail(failure, attempt);
      }
      const delay = asked ?? backoffDelay(attempt);
      log("ky.retry() from an afterResponse hook", delay);
      await retryAfter(delay, new HookError("An afterResponse hook asked for a retry (ky.retry()).", { hook: "afterResponse" }), attempt);
      continue;
    }
    const response = withoutKey(sentResult.response, options.apiKey);
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
        outcome = { status: response.status, body: parsed === invalidJSON ? text : parsed };
      }
    } catch (error) {
      log(`${response.status}, then ${(error as Error)?.name}`, "not retried");
      return fail(error as Error, attempt);
    }
    const { status, body } = outcome;
    const wait = serverRetryDelay(response.headers, body);
    const message = String(errorEnvelope(body)?.message ?? "");
    // A wait beyond the cap (or a daily cap with no reset we can wait for) cannot be helped by retrying now.
    const refusal = !RETRYABLE_STATUSES.has(status)
      ? `${status} is not retried`
      : spec.idempotent === false && status !== 408 && status !== 429
        ? `${status} is not retried for a call that changes something`
      : attempt >= options.maxRetries
        ? "no retries left"
        : // The SDK's, not ky's: ky clamps a wait past its cap (maxRetryAfter) and waits anyway; this fails fast.
          wait !== undefined && wait > options.maxRetryDelay
          ? `the server asks for ${wait} ms, beyond maxRetryDelay`
          : status === 429 && isDailyCap(message) && wait === undefined
            ? "a daily cap with no reset time"
            : undefined;
    const delay = refusal === undefined ? (wait ?? backoffDelay(attempt)) : 0;
    log(status === response.status ? String(status) : `${response.status} with an error body (${status})`, refusal === undefined ? delay : `not retried: ${refusal}`);
    const hint = status === 401 || status === 403 ? spec.authHint : undefined;
    const failure = createAPIError({ status, body, headers: response.headers, retryAfterMs: wait, apiKey: options.apiKey, hint });
    if (refusal !== undefined) return fail(failure, attempt);
    await retryAfter(delay, failure, attempt);
  }

  /** Waits out `delay`, then asks the app's beforeRetry hooks; a `ky.stop` from one ends the call with `error`. */
  async function retryAfter(delay: number, error: Error, attempt: number): Promise<void> {
    control.clearDeadline();
    await control.sleep(delay);
    let go: boolean;
    try {
      go = await transport.beforeRetry({ request: sent, error, retryCount: attempt + 1 });
    } catch (hookFailure) {
      if (!(hookFailure instanceof HookFailure)) throw hookFailure;
      return fail(hookError("beforeRetry", hookFailure.error, options.apiKey), attempt);
    }
    if (!go) return fail(error, attempt);
  }
}

/** The error for a hook that threw, its message and cause cleared of the key. */
function hookError(hook: HookKind, cause: unknown, apiKey: string | undefined, what?: string): HookError {
  const detail = what ?? `threw ${cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause)}`;
  return new HookError(redact(`A ${hook} hook ${detail}.`, apiKey), { hook, cause: safeCause(cause, apiKey) });
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

