/**
 * The Node-only side of the mock OpenRouter: the same scripts behind a real `node:http` server (for tests of
 * sockets and aborts, and for apps that call OpenRouter from another process or language), and record and replay
 * (one paid run against OpenRouter written to fixture files, then served by the mock for free).
 *
 * @module testing/node
 */
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import { join } from "node:path";
import { type MockOpenRouter, createMockOpenRouter } from "./create-mock-openrouter.js";
import type { Script } from "./wire.js";

/** A running server in front of a mock. */
export interface MockServer {
  /** `http://127.0.0.1:<port>/api/v1`: use as `baseURL`. */
  readonly baseURL: string;
  /** Stops the server, closing every connection (a stalled answer's included). */
  close(): Promise<void>;
}

/**
 * Serves a mock over HTTP on 127.0.0.1 (an ephemeral port unless `port` is given): every request goes through
 * `mock.fetch`, so scripts, recording and defaults are the same; a scripted drop destroys the socket, and a client
 * that hangs up aborts the answer.
 *
 * @throws `Error` when the port cannot be listened on.
 * @example
 * ```ts
 * import { createMockOpenRouter, replyText } from "openrouter-fetch/testing";
 * import { serveMockOpenRouter } from "openrouter-fetch/testing/node";
 *
 * const mock = createMockOpenRouter().reply(replyText("Hello from a socket"));
 * const server = await serveMockOpenRouter(mock);
 * // OPENROUTER_BASE_URL=server.baseURL for a child process; then:
 * await server.close();
 * ```
 */
export async function serveMockOpenRouter(mock: MockOpenRouter, options: { port?: number } = {}): Promise<MockServer> {
  const server = createServer((req, res) => void relay(mock, req, res));
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 0, "127.0.0.1", () => done());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    baseURL: `http://127.0.0.1:${port}/api/v1`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

async function relay(mock: MockOpenRouter, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const controller = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
  const method = req.method ?? "GET";
  let response: Response;
  try {
    response = await mock.fetch(`http://${req.headers.host ?? "127.0.0.1"}${req.url ?? "/"}`, {
      method,
      headers,
      signal: controller.signal,
      ...(chunks.length > 0 && method !== "GET" && method !== "HEAD" ? { body: Buffer.concat(chunks) } : {}),
    });
  } catch {
    return void req.socket.destroy(); // a scripted reset
  }
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.flushHeaders();
  if (!response.body) return void res.end();
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) await new Promise((drained) => res.once("drain", drained));
    }
    res.end();
  } catch {
    res.socket?.destroy(); // a scripted drop, or the client went away
  }
}

/** One exchange as a fixture file holds it. */
export interface RecordedExchange {
  request: { method: string; path: string; body?: unknown };
  /** `body` is the response text byte for byte (an SSE stream included); `bodyBase64` holds a body that is not UTF-8. */
  response: { status: number; headers: Record<string, string>; body?: string; bodyBase64?: string };
}

/** Headers that change on every call or describe the connection: a replay must not depend on them. */
const volatileHeaders = /^(date|server|set-cookie|content-length|content-encoding|transfer-encoding|connection|keep-alive|alt-svc|nel|report-to|vary|via|cf-.*|x-request-id|access-control-.*|x-ratelimit-remaining.*)$/i;

/** A recorder: a `fetch` that passes requests on and writes each exchange to a file. */
export interface Recorder {
  /** Pass as `createClient({ apiKey, fetch: recorder.fetch })`. */
  readonly fetch: typeof globalThis.fetch;
  /** Resolves once every exchange so far is on disk (a stream's once it was read to its end). */
  flush(): Promise<void>;
}

/**
 * Records: passes every request on (to OpenRouter, with the client's real key) and writes each exchange to
 * `dir/<nnn>-<method>-<path>.json`: the request's method, path and body, the response's status, the headers that
 * are not volatile, and the body byte for byte. The key never reaches a file (it is replaced wherever it appears).
 * Serve the files with {@link replayFrom}.
 *
 * @throws `Error` (from `flush()`) when a file cannot be written.
 * @example
 * ```ts
 * import { chat, createClient } from "openrouter-fetch";
 * import { recordTo } from "openrouter-fetch/testing/node";
 *
 * const recorder = recordTo("test/recordings/greeting");
 * const client = createClient({ apiKey: process.env["OPENROUTER_API_KEY"], fetch: recorder.fetch });
 * await chat(client, { model: "openai/gpt-4o-mini", prompt: "Say hi" });
 * await recorder.flush();
 * ```
 */
export function recordTo(dir: string, options: { fetch?: typeof globalThis.fetch } = {}): Recorder {
  const pass = options.fetch ?? globalThis.fetch;
  const writes: Promise<void>[] = [];
  let count = 0;
  return {
    async fetch(input, init) {
      const request = input instanceof Request && init === undefined ? input : new Request(input, init);
      const secret = (request.headers.get("authorization") ?? "").replace(/^Bearer\s+/i, "");
      const redact = (text: string) => (secret ? text.split(secret).join("[redacted]") : text);
      const requestText = request.body ? await request.clone().text() : "";
      const response = await pass(request);
      const n = ++count;
      const [mine, theirs] = response.body ? response.body.tee() : [null, null];
      writes.push(
        (async () => {
          const bytes = mine ? new Uint8Array(await new Response(mine).arrayBuffer()) : new Uint8Array();
          let body: string | undefined;
          try {
            body = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
          } catch {
            // not text: kept as base64
          }
          const headers: Record<string, string> = {};
          response.headers.forEach((value, name) => {
            if (!volatileHeaders.test(name)) headers[name] = redact(value);
          });
          const url = new URL(request.url);
          let parsed: unknown = requestText ? redact(requestText) : undefined;
          try {
            parsed = requestText ? JSON.parse(redact(requestText)) : undefined;
          } catch {
            // kept as text
          }
          const exchange: RecordedExchange = {
            request: { method: request.method, path: url.pathname, ...(parsed === undefined ? {} : { body: parsed }) },
            response: { status: response.status, headers, ...(body !== undefined ? { body: redact(body) } : { bodyBase64: Buffer.from(bytes).toString("base64") }) },
          };
          const slug = url.pathname.replace(/^\/api\/v1\//, "").replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "");
          await mkdir(dir, { recursive: true });
          await writeFile(join(dir, `${String(n).padStart(3, "0")}-${request.method.toLowerCase()}-${slug}.json`), JSON.stringify(exchange, null, 2) + "\n");
        })(),
      );
      return new Response(theirs, { status: response.status, statusText: response.statusText, headers: response.headers });
    },
    flush: async () => void (await Promise.all(writes)),
  };
}

/** The script that plays a recorded response back as it came. */
function exchangeScript(exchange: RecordedExchange): Script {
  const { status, headers, body, bodyBase64 } = exchange.response;
  const bytes = bodyBase64 !== undefined ? Uint8Array.from(Buffer.from(bodyBase64, "base64")) : undefined;
  const stream = /text\/event-stream/i.test(headers["content-type"] ?? "");
  if (stream) return { status, headers, steps: [bytes ? { bytes } : { raw: body ?? "" }] };
  return { status, headers, body: bytes ?? body ?? "" };
}

/**
 * Replays the files {@link recordTo} wrote: each exchange answers the next request with its method and path, in
 * the order they were recorded. Returns the mock (a new one unless given), so a test can add scripts and check
 * requests as usual.
 *
 * @throws `Error` when `dir` cannot be read or a file is not a recorded exchange.
 * @example
 * ```ts
 * import { chat, createClient } from "openrouter-fetch";
 * import { replayFrom } from "openrouter-fetch/testing/node";
 *
 * const mock = await replayFrom("test/recordings/greeting");
 * const client = createClient({ apiKey: "sk-or-replay", fetch: mock.fetch });
 * const result = await chat(client, { model: "openai/gpt-4o-mini", prompt: "Say hi" });
 * mock.expectNoPendingReplies();
 * ```
 */
export async function replayFrom(dir: string, mock: MockOpenRouter = createMockOpenRouter()): Promise<MockOpenRouter> {
  const names = (await readdir(dir)).filter((name) => name.endsWith(".json")).sort();
  for (const name of names) {
    const exchange = JSON.parse(await readFile(join(dir, name), "utf8")) as RecordedExchange;
    if (typeof exchange?.request?.path !== "string" || typeof exchange?.response?.status !== "number") {
      throw new Error(`${join(dir, name)} is not an exchange written by recordTo()`);
    }
    const { method, path } = exchange.request;
    mock.replyTo({ method, path: new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) }, exchangeScript(exchange));
  }
  return mock;
}
