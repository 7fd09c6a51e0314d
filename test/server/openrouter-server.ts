/**
 * A local OpenRouter for tests, examples and benchmarks: a `node:http` server on 127.0.0.1 that speaks the
 * wire format from the captures in test/fixtures/ and can be scripted per request (delays, stalls, keep-alive comments,
 * drops mid-body, error chunks, status codes, slow headers). It counts sockets so tests can prove that an abort
 * closed the connection.
 *
 * Self-contained (only `node:` imports) so that Node 24 can run it directly too: `node test/server/cli.ts`.
 */
import { readFileSync } from "node:fs";
import { type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";
import type { Socket } from "node:net";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type DefaultRoute, defaultRoutes, defaultScript } from "../../src/testing/default-routes.ts";
import { type Script, scriptHead, wireActions } from "../../src/testing/wire.ts";

// The wire vocabulary and the default answers are the published mock's (openrouter-fetch/testing): the SDK's own
// tests play every script through the same code that users' tests do. `.ts` specifiers: Node runs this file directly.
export type { Script, Step } from "../../src/testing/wire.ts";

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: any;
  /** Resolves when the socket this request came on closes; rejects after `ms`. */
  socketClosed(ms?: number): Promise<void>;
  /**
   * Whether the answer to this request is still under way: neither sent to its end nor cut by a closed socket.
   * An idle keep-alive socket after a complete answer is not counted; a client that gave up on an answer it left
   * open is.
   */
  responseOpen(): boolean;
}

export interface LocalOpenRouter {
  /** `http://127.0.0.1:<port>/api/v1`: use as `baseURL`. */
  readonly baseURL: string;
  readonly requests: RecordedRequest[];
  /** Answers the next requests with these scripts, in order; afterwards the fixture defaults answer. */
  enqueue(...scripts: Script[]): void;
  /** Sockets opened so far, how many are open now, and how many of those carry an unfinished answer. */
  sockets(): { opened: number; open: number; busy: number };
  /** Resolves once no socket is open (or rejects after `ms`). Idle keep-alive sockets count as open. */
  waitForNoOpenSockets(ms?: number): Promise<void>;
  /** Resolves when the socket of the latest request closes (the client hung up); rejects after `ms`. */
  lastSocketClosed(ms?: number): Promise<void>;
  close(): Promise<void>;
}

/** The wire captures, in the checkout (test/fixtures/README.md says what each one is). */
const fixturesDir = resolve(dirname(fileURLToPath(import.meta.url)), "../fixtures");

/** One capture's text, by file name. */
export function fixtureText(name: string): string {
  return readFileSync(resolve(fixturesDir, name), "utf8");
}

/** The default answers, built on first use from the captures in the checkout (no work at import time). */
let routes: DefaultRoute[] | undefined;
const localDefaults = (method: string, path: string, body: any): Script =>
  defaultScript((routes ??= defaultRoutes(fixtureText)), method, path, body, "The local OpenRouter");

/** What a route sees of a request. */
export interface RouteRequest {
  method: string;
  path: string;
  body: any;
}

export interface LocalOpenRouterOptions {
  /**
   * Picks the answer of a request that finds the queue empty; `undefined` falls back to the fixture defaults. For
   * callers in other processes (runtimes, examples) that cannot `enqueue()`: they choose by model or content.
   */
  route?: (request: RouteRequest) => Script | undefined;
}

/**
 * Starts the server on an ephemeral port of 127.0.0.1.
 */
export async function startLocalOpenRouter(options: LocalOpenRouterOptions = {}): Promise<LocalOpenRouter> {
  const queue: Script[] = [];
  const requests: RecordedRequest[] = [];
  const open = new Set<Socket>();
  const busy = new Set<ServerResponse>();
  let opened = 0;
  const server: Server = createServer((req, res) => {
    // A response emits "close" once it is complete or its connection is gone, whichever comes first.
    busy.add(res);
    res.on("close", () => busy.delete(res));
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      let body: any = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // keep the text
      }
      const path = (req.url ?? "/").split("?")[0] ?? "/";
      const socket = req.socket;
      requests.push({
        method: req.method ?? "GET",
        path: req.url ?? "/",
        headers: req.headers,
        body,
        socketClosed: (ms = 2_000) =>
          new Promise<void>((done, fail) => {
            if (socket.destroyed) return done();
            const timer = setTimeout(() => fail(new Error(`the socket of ${req.method} ${req.url} is still open after ${ms} ms`)), ms);
            socket.once("close", () => {
              clearTimeout(timer);
              done();
            });
          }),
        responseOpen: () => busy.has(res),
      });
      // CORS, so that a browser page on another port can call this server. The requested headers are echoed by
      // name: the Fetch standard leaves `Authorization` out of `access-control-allow-headers: *`.
      res.setHeader("access-control-allow-origin", "*");
      res.setHeader("access-control-allow-headers", req.headers["access-control-request-headers"] ?? "authorization, content-type");
      res.setHeader("access-control-allow-methods", "GET, POST, DELETE, OPTIONS");
      res.setHeader("access-control-expose-headers", "*");
      if (req.method === "OPTIONS") return void res.writeHead(204).end();
      const method = req.method ?? "GET";
      const script = queue.shift() ?? options.route?.({ method, path, body }) ?? localDefaults(method, path, body);
      void answer(req, res, script);
    });
  });
  server.on("connection", (socket) => {
    opened++;
    open.add(socket);
    socket.on("close", () => open.delete(socket));
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    baseURL: `http://127.0.0.1:${port}/api/v1`,
    requests,
    enqueue: (...scripts) => void queue.push(...scripts),
    sockets: () => ({ opened, open: open.size, busy: busy.size }),
    async waitForNoOpenSockets(ms = 2_000) {
      const deadline = Date.now() + ms;
      while (open.size > 0) {
        if (Date.now() > deadline) throw new Error(`${open.size} socket(s) still open after ${ms} ms`);
        await sleep(10);
      }
    },
    lastSocketClosed(ms) {
      const last = requests.at(-1);
      return last ? last.socketClosed(ms) : Promise.resolve();
    },
    close: () =>
      new Promise<void>((done) => {
        for (const socket of open) socket.destroy();
        server.close(() => done());
      }),
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

async function answer(req: IncomingMessage, res: ServerResponse, script: Script): Promise<void> {
  if (script.reset) return void req.socket.destroy();
  if (script.headerDelay) await sleep(script.headerDelay);
  if (res.destroyed) return;
  const head = scriptHead(script);
  res.writeHead(head.status, head.headers);
  if (script.steps !== undefined) res.flushHeaders();
  for (const action of wireActions(script)) {
    if (res.destroyed) return;
    if ("write" in action) {
      if (!res.write(action.write)) await new Promise((done) => res.once("drain", done));
      // Split writes go out one by one, so the client sees each as its own chunk.
      if (script.chunkSize) await new Promise((done) => setImmediate(done));
    } else if ("wait" in action) await sleep(action.wait);
    else if ("drop" in action) {
      // What was written goes out before the cut, as it would from a server that dies mid-body.
      await new Promise((done) => setImmediate(done));
      return void res.socket?.destroy();
    }
    else return; // a stall: the client's abort or idle timeout closes it
  }
  res.end();
}
