import type { BeforeErrorState, BeforeRetryState, Hooks, KyInstance, NormalizedOptions, Options } from "ky";

/** The ky module, imported on a client's first request (see TransportSlot). @internal */
export type KyModule = typeof import("ky");

export type { Hooks as KyHooks, KyInstance };

/** The hook kinds ky knows, in the order a call meets them. */
export type HookName = "init" | "beforeRequest" | "afterResponse" | "beforeRetry" | "beforeError";

/** What a transport is built from: the app's ky instance, hook sets (client first, then call) and `fetch`. @internal */
export interface TransportConfig {
  ky?: KyInstance | undefined;
  hooks?: readonly (Hooks | undefined)[] | undefined;
  fetch?: typeof globalThis.fetch | undefined;
}

/** One attempt to send. @internal */
export interface Attempt {
  method: string;
  url: string;
  headers: Headers;
  body: BodyInit | null;
  signal: AbortSignal;
  /** 0 on the first attempt; what hooks see as `retryCount`. */
  attempt: number;
  /** Called with the Request handed to fetch, to hold it while the call lasts (see CallControl.retain). */
  retain(request: unknown): void;
}

/** A response, or an `afterResponse` hook's `ky.retry()`: the retry loop decides, counting it against maxRetries. @internal */
export type AttemptResult = { response: Response } | { forcedRetry: { delay: number | undefined; cause: unknown } };

/**
 * A user hook threw. Thrown through ky (which passes non-Error values on untouched) so that the retry loop can
 * report it as a HookError rather than as a connection failure, and never retry it.
 * @internal
 */
export class HookFailure {
  constructor(
    readonly hook: HookName,
    readonly error: unknown,
  ) {}
}

/** The request, options and retry count of the attempt that failed, for the hooks the SDK calls itself. @internal */
export interface FailedAttempt {
  request: Request | undefined;
  error: Error;
  retryCount: number;
}

/**
 * The one module that calls ky. Each attempt is one ky call with ky's own policy switched off: the SDK keeps its
 * retry loop (ky reads OpenRouter's epoch-ms `X-RateLimit-Reset` as seconds, ignores `retry-after-ms`, clamps
 * waits past the cap instead of failing fast, and cannot retry a 200 whose body is an error envelope), its
 * deadlines (ky's timeout does not cover a streamed `response.body`) and its error classes (ky's errors hold the
 * Authorization header in `request` and `options`).
 * @internal
 */
export interface Transport {
  send(attempt: Attempt): Promise<AttemptResult>;
  /** The ky instance with the SDK's policy and no hooks, for {@link download}. */
  readonly instance: KyInstance;
  /** The ky module it was built with. */
  readonly lib: KyModule;
  /** The fetch every attempt ends in, holding its Request on `retain` first. */
  fetchVia(retain: (request: unknown) => void): typeof globalThis.fetch;
  /** Runs the app's `beforeRetry` hooks before an SDK retry; `false` when one returned `ky.stop`. */
  beforeRetry(failed: FailedAttempt): Promise<boolean>;
  /** Runs the app's `beforeError` hooks on the error about to be thrown; what they return is thrown instead. */
  beforeError(failed: FailedAttempt): Promise<Error>;
}

interface HookLists {
  init: NonNullable<Hooks["init"]>;
  beforeRequest: NonNullable<Hooks["beforeRequest"]>;
  afterResponse: NonNullable<Hooks["afterResponse"]>;
  beforeRetry: NonNullable<Hooks["beforeRetry"]>;
  beforeError: NonNullable<Hooks["beforeError"]>;
}

// ky's own policy off, for every call: retries, timeouts and HTTP errors are the SDK's (see Transport).
const policy: Options = { retry: 0, timeout: false, totalTimeout: false, throwHttpErrors: false, prefix: "" };

/**
 * Builds the transport for a client (or for a call that brings its own hooks or fetch). The app's instance keeps
 * its headers, `fetch`, `context` and other options; its hooks are taken out and run by the SDK once per attempt,
 * wrapped so that a throwing hook is reported as such and an abort interrupts a slow one.
 * @internal
 */
export function createTransport(lib: KyModule, config: TransportConfig): Transport {
  const { default: ky, isForceRetryError, isNetworkError, replaceOption } = lib;
  const lists: HookLists = { init: [], beforeRequest: [], afterResponse: [], beforeRetry: [], beforeError: [] };
  let appFetch = config.fetch;
  const base = (config.ky ?? ky).extend((defaults) => {
    for (const hooks of [defaults.hooks, ...(config.hooks ?? [])]) {
      for (const name of Object.keys(lists) as HookName[]) {
        const given = hooks?.[name];
        if (given) (lists[name] as unknown[]).push(...given);
      }
    }
    appFetch ??= defaults.fetch;
    return { ...policy, hooks: replaceOption({}) };
  });
  const hasHooks = Object.values(lists).some((list) => list.length > 0);
  let lastOptions: NormalizedOptions | undefined;

  const state = (failed: FailedAttempt) => ({
    request: failed.request as BeforeRetryState["request"],
    options: (lastOptions ?? {}) as BeforeRetryState["options"],
    error: failed.error,
    retryCount: failed.retryCount,
  });

  const fetchVia = (retain: (request: unknown) => void): typeof globalThis.fetch => (input, init) => {
    retain(input);
    // Called as a method: browsers throw "Illegal invocation" on a detached fetch.
    return appFetch ? appFetch(input, init) : globalThis.fetch(input, init);
  };

  return {
    instance: base,
    lib,
    fetchVia,
    async send(attempt) {
      const options: Options = { method: attempt.method, headers: attempt.headers, body: attempt.body, signal: attempt.signal, fetch: fetchVia(attempt.retain) };
      if (hasHooks) {
        options.hooks = wrapHooks(lists, attempt, (seen) => void (lastOptions = seen));
      }
      try {
        const sent = base(attempt.url, options);
        return { response: await (hasHooks ? untilAborted(sent, attempt.signal) : sent) };
      } catch (error) {
        if (isForceRetryError(error)) return { forcedRetry: { delay: error.customDelay, cause: error.cause } };
        // ky's NetworkError holds the Request (and so the key): hand on only what fetch threw.
        if (isNetworkError(error)) throw error.cause ?? error;
        throw error;
      }
    },

    async beforeRetry(failed) {
      for (const hook of lists.beforeRetry) {
        const result = await runHook("beforeRetry", () => hook(state(failed)));
        if (result === ky.stop) return false;
      }
      return true;
    },

    async beforeError(failed) {
      let error = failed.error;
      for (const hook of lists.beforeError) {
        const result = await runHook("beforeError", () => hook({ ...state(failed), error } as BeforeErrorState));
        if (result instanceof Error) error = result;
      }
      return error;
    },
  };
}

/**
 * A plain GET to a host that is not OpenRouter (a remote image): through the app's fetch, with none of the SDK's
 * or the app's headers and no hooks, so that nothing meant for OpenRouter reaches another host.
 * @internal
 */
export function download(transport: Transport, url: string, signal: AbortSignal, retain: (request: unknown) => void): Promise<Response> {
  return transport.instance(url, { signal, headers: transport.lib.replaceOption({}), fetch: transport.fetchVia(retain) });
}

/**
 * The app's hooks for one attempt. ky 2 passes `retryCount: 0` to every hook of a call, and each SDK attempt is
 * one ky call, so the wrappers pass the SDK's attempt number instead: a trace span or a log line per attempt can
 * tell them apart.
 */
function wrapHooks(lists: HookLists, attempt: Attempt, seeOptions: (options: NormalizedOptions) => void): Hooks {
  const retryCount = attempt.attempt;
  return {
    init: lists.init.map((hook) => (options: Options) => {
      try {
        hook(options);
      } catch (error) {
        throw new HookFailure("init", error);
      }
    }),
    beforeRequest: [
      ...lists.beforeRequest.map((hook) => (s: Parameters<typeof hook>[0]) => runHook("beforeRequest", () => hook({ ...s, retryCount } as typeof s))),
      // Last, so that it sees the options every app hook has seen; the SDK's own beforeRetry/beforeError calls get them.
      ({ options }) => seeOptions(options),
    ],
    afterResponse: lists.afterResponse.map((hook) => (s: Parameters<typeof hook>[0]) => runHook("afterResponse", () => hook({ ...s, retryCount }))),
  };
}

/** Runs one hook; a throw becomes a HookFailure. */
async function runHook<T>(name: HookName, call: () => T | Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new HookFailure(name, error);
  }
}

/**
 * The attempt, or the abort: fetch stops at an abort by itself, but an app's hook that is still awaiting (a token
 * refresh that hangs) would hold the call past its deadline or the caller's abort.
 */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  promise.catch(() => undefined);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/**
 * A transport built on first use and kept: a client's options hold one, so that a client that never sends builds
 * no ky instance, and every call that brings no hooks or fetch of its own shares the client's.
 * @internal
 */
export class TransportSlot {
  #transport: Promise<Transport> | undefined;

  constructor(readonly config: TransportConfig) {}

  /**
   * The transport, built on the first request. ky is imported then, not when the SDK is: ky builds a `Request` at
   * import time to probe stream support, which in Node loads the whole fetch implementation (about 70 ms), a cost
   * the first request pays anyway and an import that never sends should not.
   */
  get(): Promise<Transport> {
    return (this.#transport ??= import("ky").then((lib) => createTransport(lib, this.config)));
  }
}
