import { type DefaultRoute, defaultRoutes, defaultScript } from "./default-routes.js";
import { fixtures } from "./fixtures.js";
import type { MockReply, MockRequest } from "./replies.js";
import { type Script, scriptHead, wireActions } from "./wire.js";

/**
 * Which requests a reply is for. A string path matches the end of the request's path (`"/chat/completions"`), a
 * RegExp tests it; `message` looks in the text of every message (and `prompt`/`input`); `tool` is the name of a
 * function tool the request offers. All given fields must match.
 */
export interface MockMatch {
  method?: string;
  path?: string | RegExp;
  model?: string | RegExp;
  message?: string | RegExp;
  tool?: string;
}

/** A request the mock received, kept for assertions. */
export type RecordedMockRequest = MockRequest;

/** A fetch-compatible OpenRouter that answers from scripts, in any runtime. */
export interface MockOpenRouter {
  /** Pass as `createClient({ fetch: mock.fetch })` or `ky.create({ fetch: mock.fetch })`. */
  readonly fetch: typeof globalThis.fetch;
  /** Every request, in order. */
  readonly requests: readonly RecordedMockRequest[];
  /** Answers the next requests (of any endpoint), in order. */
  reply(...replies: MockReply[]): MockOpenRouter;
  /** Answers the next requests that match, in order: a path string is a queue per endpoint. */
  replyTo(match: MockMatch | string, ...replies: MockReply[]): MockOpenRouter;
  /** Answers every request that matches with this reply, after the queues (it is never used up). */
  always(match: MockMatch | string, reply: MockReply): MockOpenRouter;
  /** Computes answers: a handler returning `undefined` leaves the request to the defaults. Runs after the queues. */
  handle(handler: (request: MockRequest) => Script | undefined): MockOpenRouter;
  /** The latest request (of a path, if given). */
  last(path?: string | RegExp): RecordedMockRequest | undefined;
  /** Every request (of a path, if given). */
  all(path?: string | RegExp): RecordedMockRequest[];
  /** Throws when a queued reply was never used: the app made fewer calls than the test scripted. */
  expectNoPendingReplies(): void;
  /** Forgets the requests, the queues, the `always` replies and the handlers. */
  reset(): void;
}

/** What {@link createMockOpenRouter} takes. */
export interface MockOpenRouterOptions {
  /** Answers a request that nothing scripted matched; return `undefined` for the built-in defaults. */
  fallback?: (request: MockRequest) => Script | undefined;
}

interface Queued {
  match: MockMatch;
  replies: MockReply[];
}

const redacted = "Bearer [redacted]";

const pathMatches = (want: string | RegExp | undefined, path: string) =>
  want === undefined || (typeof want === "string" ? path.endsWith(want) : want.test(path));
const textMatches = (want: string | RegExp, text: string) => (typeof want === "string" ? text.includes(want) : want.test(text));

/** Every text of a request's messages (chat, messages) and of `prompt`/`input` (responses), joined by newlines. */
function requestText(body: any): string {
  const texts: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === "string") texts.push(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") {
      const part = value as Record<string, unknown>;
      if (typeof part.text === "string") texts.push(part.text);
      visit(part.content);
    }
  };
  visit(body?.messages);
  visit(body?.prompt);
  visit(body?.input);
  visit(body?.system);
  return texts.join("\n");
}

/** Whether a request matches: every field given must. */
function matchesRequest(match: MockMatch, request: MockRequest): boolean {
  if (match.method !== undefined && match.method.toUpperCase() !== request.method) return false;
  if (!pathMatches(match.path, request.path)) return false;
  const model = typeof request.body?.model === "string" ? request.body.model : "";
  if (match.model !== undefined && !(typeof match.model === "string" ? model === match.model : match.model.test(model))) return false;
  if (match.message !== undefined && !textMatches(match.message, requestText(request.body))) return false;
  if (match.tool !== undefined) {
    const tools: any[] = Array.isArray(request.body?.tools) ? request.body.tools : [];
    if (!tools.some((tool) => (tool?.function?.name ?? tool?.name) === match.tool)) return false;
  }
  return true;
}

/** Reads a request the way a test wants to see it: headers redacted, body parsed. */
async function readMockRequest(request: Request): Promise<MockRequest> {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = name === "authorization" ? redacted : value;
  });
  let body: any;
  const type = request.headers.get("content-type") ?? "";
  if (request.body !== null && type.startsWith("multipart/form-data")) {
    const form = await request.formData();
    body = {};
    form.forEach((value, name) => {
      body[name] = typeof value === "string" ? value : { name: (value as File).name, type: value.type, size: value.size };
    });
  } else if (request.body !== null) {
    const text = await request.text();
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
  }
  const url = new URL(request.url);
  return { method: request.method, path: url.pathname, url: request.url, headers, body };
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("This operation was aborted", "AbortError");
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((done, fail) => {
    if (signal.aborted) return fail(abortError(signal));
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      done();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      fail(abortError(signal));
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * Plays a script as a fetch `Response`: the body is a stream that pauses, stalls and drops as scripted, and errors
 * with the signal's reason when the caller aborts, the way a real fetch does.
 */
async function scriptResponse(script: Script, signal: AbortSignal): Promise<Response> {
  if (signal.aborted) throw abortError(signal);
  if (script.reset) throw new TypeError("fetch failed", { cause: new Error("The mock OpenRouter reset the connection") });
  if (script.headerDelay) await sleep(script.headerDelay, signal);
  const head = scriptHead(script);
  const actions = wireActions(script);
  let onAbort: (() => void) | undefined;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      onAbort = () => {
        try {
          controller.error(abortError(signal));
        } catch {
          // already closed
        }
      };
      signal.addEventListener("abort", onAbort, { once: true });
    },
    async pull(controller) {
      for (;;) {
        const next = actions.next();
        if (next.done) {
          signal.removeEventListener("abort", onAbort!);
          return controller.close();
        }
        const action = next.value;
        if ("write" in action) return controller.enqueue(action.write.slice());
        if ("wait" in action) {
          await sleep(action.wait, signal).catch(() => undefined);
          if (signal.aborted) return;
          continue;
        }
        if ("drop" in action) {
          signal.removeEventListener("abort", onAbort!);
          return controller.error(new TypeError("terminated", { cause: new Error("The mock OpenRouter dropped the connection") }));
        }
        // A stall: never settle; the abort listener errors the stream when the caller gives up.
        return new Promise<void>(() => undefined);
      }
    },
    cancel() {
      signal.removeEventListener("abort", onAbort!);
    },
  });
  const bodyless = head.status === 204 || head.status === 304;
  return new Response(bodyless ? null : body, { status: head.status, headers: head.headers });
}

/**
 * Creates a mock OpenRouter: a `fetch` that answers like OpenRouter from scripts, keeps every request, and needs no
 * server and no Node API (Node, Bun, Deno, Workers, browsers). Unscripted requests get a valid default answer for
 * every endpoint the SDK has (from real captures).
 *
 * Order of answers: the first matching `replyTo` queue, then `reply()`'s queue, then `always`, then `handle`
 * handlers, then `fallback`, then the defaults.
 *
 * @example
 * ```ts
 * import { chat, createClient } from "openrouter-fetch";
 * import { createMockOpenRouter, replyText } from "openrouter-fetch/testing";
 *
 * const mock = createMockOpenRouter();
 * mock.reply(replyText("Hello!"));
 * const client = createClient({ apiKey: "sk-or-test", fetch: mock.fetch });
 * const result = await chat(client, { model: "openai/gpt-4o", prompt: "Hi" });
 * console.log(result.text, mock.last()?.body.model); // "Hello!" "openai/gpt-4o"
 * ```
 */
export function createMockOpenRouter(options: MockOpenRouterOptions = {}): MockOpenRouter {
  const requests: RecordedMockRequest[] = [];
  let anyQueue: MockReply[] = [];
  let queues: Queued[] = [];
  let always: { match: MockMatch; reply: MockReply }[] = [];
  let handlers: ((request: MockRequest) => Script | undefined)[] = [];
  let routes: DefaultRoute[] | undefined;
  const asMatch = (match: MockMatch | string): MockMatch => (typeof match === "string" ? { path: match } : match);
  const play = (reply: MockReply, request: MockRequest): Script => (typeof reply === "function" ? reply(request) : reply);

  function scriptFor(request: MockRequest): Script {
    const queued = queues.find((q) => q.replies.length > 0 && matchesRequest(q.match, request));
    if (queued) return play(queued.replies.shift()!, request);
    if (anyQueue.length > 0) return play(anyQueue.shift()!, request);
    const standing = always.find((a) => matchesRequest(a.match, request));
    if (standing) return play(standing.reply, request);
    for (const handler of handlers) {
      const script = handler(request);
      if (script) return script;
    }
    return options.fallback?.(request) ?? defaultScript((routes ??= defaultRoutes((name) => fixtures[name] ?? "")), request.method, request.path, request.body);
  }

  const pathFilter = (path?: string | RegExp) => (r: RecordedMockRequest) => pathMatches(path, r.path);
  const mock: MockOpenRouter = {
    requests,
    async fetch(input, init) {
      const request = input instanceof Request && init === undefined ? input : new Request(input, init);
      const signal = init?.signal ?? request.signal;
      const seen = await readMockRequest(request.clone());
      requests.push(seen);
      return scriptResponse(scriptFor(seen), signal);
    },
    reply(...replies) {
      anyQueue.push(...replies);
      return mock;
    },
    replyTo(match, ...replies) {
      queues.push({ match: asMatch(match), replies });
      return mock;
    },
    always(match, reply) {
      always.push({ match: asMatch(match), reply });
      return mock;
    },
    handle(handler) {
      handlers.push(handler);
      return mock;
    },
    last: (path) => requests.filter(pathFilter(path)).at(-1),
    all: (path) => requests.filter(pathFilter(path)),
    expectNoPendingReplies() {
      const pending = anyQueue.length + queues.reduce((n, q) => n + q.replies.length, 0);
      if (pending > 0) {
        const where = queues.filter((q) => q.replies.length > 0).map((q) => `${q.replies.length} for ${JSON.stringify(q.match, (_, v) => (v instanceof RegExp ? String(v) : v))}`);
        if (anyQueue.length > 0) where.push(`${anyQueue.length} for any request`);
        throw new Error(`The mock OpenRouter has ${pending} unused repl${pending === 1 ? "y" : "ies"}: ${where.join(", ")} (${requests.length} request(s) received)`);
      }
    },
    reset() {
      requests.length = 0;
      anyQueue = [];
      queues = [];
      always = [];
      handlers = [];
    },
  };
  return mock;
}
