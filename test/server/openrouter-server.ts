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

/** One step of a scripted body. */
export type Step =
  | { data: unknown } // `data: <json>\n\n` (a string is sent as is after `data: `)
  | { comment: string } // `: <text>\n\n`
  | { raw: string } // text as it is
  | { bytes: Uint8Array } // bytes as they are (invalid UTF-8, say)
  | { wait: number } // pause, in ms
  | { drop: true } // destroy the socket mid-body
  | { stall: true } // send nothing more, keep the socket open until the client goes
  | { done: true }; // `data: [DONE]\n\n`

/** How to answer one request. */
export interface Script {
  status?: number;
  headers?: Record<string, string>;
  /** Wait before sending the status line. */
  headerDelay?: number;
  /** A JSON (object), raw (string) or binary (Uint8Array) body, sent at once. */
  body?: unknown;
  /** An SSE body, step by step. */
  steps?: Step[];
  /** Split the SSE text into writes of this many bytes (odd chunkings). Steps that wait/drop/stall cut the text. */
  chunkSize?: number;
  /** Drop the connection before sending any header. */
  reset?: boolean;
}

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

/** A default answer: the first row whose method and path match answers a request that finds the queue empty. */
interface DefaultRoute {
  method: string;
  /** Matched against the path without the query, e.g. /\/chat\/completions$/. */
  path: RegExp;
  answer: (body: any, path: string) => Script;
}

/** A POST that answers `stream: true` with an SSE fixture and anything else with a JSON one. */
function conversationRoute(path: RegExp, json: string, events: string, generationId: string): DefaultRoute {
  return {
    method: "POST",
    path,
    answer: (body) =>
      body?.stream
        ? { headers: { "content-type": "text/event-stream", "x-generation-id": generationId }, steps: [{ raw: fixtureText(events) }] }
        : { body: JSON.parse(fixtureText(json)), headers: { "x-generation-id": generationId } },
  };
}

// One block per endpoint group; each answers with a valid body taken from the captures or the OpenAPI examples.
const defaultRoutes: DefaultRoute[] = [
  // presets first: /presets/{slug}/chat/completions, …/responses and …/messages would match the inference rows below
  ...platformRoutes([
    ["GET", /\/presets$/, "listPresets"], ["GET", /\/presets\/[^/]+$/, "getPreset"],
    ["POST", /\/presets\/[^/]+\/chat\/completions$/, "createPresetsChatCompletions"], ["POST", /\/presets\/[^/]+\/messages$/, "createPresetsMessages"],
    ["POST", /\/presets\/[^/]+\/responses$/, "createPresetsResponses"], ["GET", /\/presets\/[^/]+\/versions$/, "listPresetVersions"],
    ["GET", /\/presets\/[^/]+\/versions\/[^/]+$/, "getPresetVersion"],
  ], "platform/presets-examples.json"),
  { method: "POST", path: /\/generation\/feedback$/, answer: () => ({ body: JSON.parse(fixtureText("platform/generation-feedback.json")) }) },
  { method: "GET", path: /\/generation\/content$/, answer: () => ({ body: JSON.parse(fixtureText("generation-content.json")) }) },
  { method: "POST", path: /\/auth\/keys\/code$/, answer: () => ({ body: JSON.parse(fixtureText("auth-code.json")) }) },
  // chat
  {
    method: "POST",
    path: /\/chat\/completions$/,
    answer: (body) => {
      if (body?.stream) return { headers: { "content-type": "text/event-stream", "x-generation-id": "gen-local-stream" }, steps: [{ raw: fixtureText("chat-stream-text.sse") }] };
      if (Array.isArray(body?.modalities) && body.modalities.includes("image")) return { body: JSON.parse(fixtureText("chat-image-gemini.json")) };
      return { body: JSON.parse(fixtureText("chat-nonstream-basic.json")), headers: { "x-generation-id": "gen-local-chat" } };
    },
  },
  // images (native API), embedding models and rerank: before the models row, whose /\/models$/ would answer them
  { method: "POST", path: /\/images$/, answer: () => ({ body: JSON.parse(fixtureText("images-generate.json")), headers: { "x-generation-id": "gen-local-image" } }) },
  { method: "GET", path: /\/images\/models$/, answer: () => ({ body: JSON.parse(fixtureText("images-models-list.json")) }) },
  { method: "GET", path: /\/images\/models\/[^/]+\/[^/]+\/endpoints$/, answer: () => ({ body: JSON.parse(fixtureText("images-model-endpoints.json")) }) },
  { method: "GET", path: /\/embeddings\/models$/, answer: () => ({ body: JSON.parse(fixtureText("embeddings-models-list.json")) }) },
  { method: "POST", path: /\/rerank$/, answer: () => ({ body: JSON.parse(fixtureText("rerank.json")) }) },
  // models
  { method: "GET", path: /\/models$/, answer: () => ({ body: JSON.parse(fixtureText("models-list.json")) }) },
  // responses and messages: the text stream of each for `stream: true`, else the non-streamed example
  conversationRoute(/\/responses$/, "responses-basic.json", "responses-stream-text.sse", "gen-local-response"),
  conversationRoute(/\/messages$/, "messages-basic.json", "messages-stream-text.sse", "gen-local-message"),
  // audio: speech answers a short tone (WAV for any response_format: players read it), transcription the
  // document's example (verbose_json: with segments and words)
  { method: "POST", path: /\/audio\/speech$/, answer: () => ({ headers: { "content-type": "audio/wav", "x-generation-id": "gen-local-tts" }, body: toneWav() }) },
  {
    method: "POST",
    path: /\/audio\/transcriptions$/,
    answer: (body) => ({ body: JSON.parse(fixtureText(/verbose_json/.test(typeof body === "string" ? body : String(body?.response_format)) ? "stt-response-verbose.json" : "stt-response.json")) }),
  },
  // videos: a job is submitted pending and polled completed; its content is a few MP4 bytes
  { method: "POST", path: /\/videos$/, answer: () => ({ status: 202, body: JSON.parse(fixtureText("video-job-pending.json")) }) },
  { method: "GET", path: /\/videos\/models$/, answer: () => ({ body: JSON.parse(fixtureText("video-models.json")) }) },
  { method: "GET", path: /\/videos\/[^/]+\/content$/, answer: () => ({ headers: { "content-type": "video/mp4" }, body: new Uint8Array([0, 0, 0, 24, 102, 116, 121, 112, 105, 115, 111, 109, 0, 0, 2, 0]) }) },
  { method: "GET", path: /\/videos\/[^/]+$/, answer: () => ({ body: JSON.parse(fixtureText("video-job-completed.json")) }) },
  // files: every upload is the document's example file; content is a few PDF bytes
  { method: "POST", path: /\/files$/, answer: () => ({ body: JSON.parse(fixtureText("file.json")) }) },
  { method: "GET", path: /\/files$/, answer: () => ({ body: JSON.parse(fixtureText("file-list.json")) }) },
  { method: "GET", path: /\/files\/[^/]+\/content$/, answer: () => ({ headers: { "content-type": "application/octet-stream" }, body: "%PDF-1.4\n%%EOF\n" }) },
  { method: "GET", path: /\/files\/[^/]+$/, answer: () => ({ body: JSON.parse(fixtureText("file.json")) }) },
  { method: "DELETE", path: /\/files\/[^/]+$/, answer: () => ({ body: JSON.parse(fixtureText("file-deleted.json")) }) },
  // platform, part A (the OpenAPI document's examples: test/fixtures/platform/)
  { method: "GET", path: /\/keys$/, answer: () => ({ body: JSON.parse(fixtureText("platform/keys-list.json")) }) },
  { method: "POST", path: /\/keys$/, answer: () => ({ status: 201, body: JSON.parse(fixtureText("platform/key-create.json")) }) },
  { method: "GET", path: /\/keys\/[^/]+$/, answer: () => ({ body: JSON.parse(fixtureText("platform/key-get.json")) }) },
  { method: "PATCH", path: /\/keys\/[^/]+$/, answer: () => ({ body: JSON.parse(fixtureText("platform/key-update.json")) }) },
  { method: "DELETE", path: /\/keys\/[^/]+$/, answer: () => ({ body: { deleted: true } }) },
  { method: "GET", path: /\/models\/user$/, answer: () => ({ body: JSON.parse(fixtureText("platform/models-user.json")) }) },
  { method: "GET", path: /\/providers$/, answer: () => ({ body: JSON.parse(fixtureText("platform/providers.json")) }) },
  { method: "GET", path: /\/endpoints\/zdr$/, answer: () => ({ body: JSON.parse(fixtureText("platform/endpoints-zdr.json")) }) },
  // platform, part B: each answers with the OpenAPI document's example (test/fixtures/platform/plat-b-examples.json)
  ...platformRoutes([
    ["GET", /\/byok$/, "listBYOKKeys"], ["POST", /\/byok$/, "createBYOKKey"], ["GET", /\/byok\/[^/]+$/, "getBYOKKey"],
    ["PATCH", /\/byok\/[^/]+$/, "updateBYOKKey"], ["DELETE", /\/byok\/[^/]+$/, "deleteBYOKKey"],
    ["GET", /\/observability\/destinations$/, "listObservabilityDestinations"], ["POST", /\/observability\/destinations$/, "createObservabilityDestination"],
    ["GET", /\/observability\/destinations\/[^/]+$/, "getObservabilityDestination"], ["PATCH", /\/observability\/destinations\/[^/]+$/, "updateObservabilityDestination"],
    ["DELETE", /\/observability\/destinations\/[^/]+$/, "deleteObservabilityDestination"],
    ["GET", /\/workspaces$/, "listWorkspaces"], ["POST", /\/workspaces$/, "createWorkspace"], ["GET", /\/workspaces\/[^/]+$/, "getWorkspace"],
    ["PATCH", /\/workspaces\/[^/]+$/, "updateWorkspace"], ["DELETE", /\/workspaces\/[^/]+$/, "deleteWorkspace"],
    ["GET", /\/workspaces\/[^/]+\/budgets$/, "listWorkspaceBudgets"], ["GET", /\/workspaces\/[^/]+\/budgets\/[^/]+$/, "getWorkspaceBudget"],
    ["PUT", /\/workspaces\/[^/]+\/budgets\/[^/]+$/, "upsertWorkspaceBudget"], ["DELETE", /\/workspaces\/[^/]+\/budgets\/[^/]+$/, "deleteWorkspaceBudget"],
    ["GET", /\/workspaces\/[^/]+\/members$/, "listWorkspaceMembers"], ["POST", /\/workspaces\/[^/]+\/members\/add$/, "bulkAddWorkspaceMembers"],
    ["POST", /\/workspaces\/[^/]+\/members\/remove$/, "bulkRemoveWorkspaceMembers"],
    ["GET", /\/organization\/members$/, "listOrganizationMembers"],
    ["GET", /\/scim\/group-mappings$/, "listScimGroupMappings"], ["POST", /\/scim\/group-mappings$/, "createScimGroupMapping"],
    ["GET", /\/scim\/group-mappings\/[^/]+$/, "getScimGroupMapping"], ["PATCH", /\/scim\/group-mappings\/[^/]+$/, "updateScimGroupMapping"],
    ["DELETE", /\/scim\/group-mappings\/[^/]+$/, "deleteScimGroupMapping"], ["GET", /\/scim\/groups$/, "listScimGroups"],
    ["GET", /\/activity$/, "getUserActivity"], ["GET", /\/analytics\/meta$/, "getAnalyticsMeta"], ["POST", /\/analytics\/query$/, "queryAnalytics"],
    ["GET", /\/benchmarks$/, "getBenchmarks"], ["GET", /\/classifications\/task$/, "getTaskClassifications"],
    ["GET", /\/datasets\/app-rankings$/, "getAppRankings"], ["GET", /\/datasets\/rankings-daily$/, "getRankingsDaily"],
    ["GET", /\/datasets\/session-cost$/, "getSessionCost"],
  ]),
];

/** Rows that answer with one entry of a file of examples keyed by operationId (read when a request comes). */
function platformRoutes(rows: [string, RegExp, string][], file = "platform/plat-b-examples.json"): DefaultRoute[] {
  return rows.map(([method, path, operationId]) => ({ method, path, answer: () => ({ body: JSON.parse(fixtureText(file))[operationId] }) }));
}

/** A 0.1 s 440 Hz tone as 16-bit mono PCM WAV at 8 kHz, built on request (no work at import time). */
function toneWav(): Uint8Array {
  const samples = 800;
  const out = new Uint8Array(44 + samples * 2);
  const view = new DataView(out.buffer);
  const text = (at: number, s: string) => [...s].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  text(0, "RIFF");
  view.setUint32(4, 36 + samples * 2, true);
  text(8, "WAVEfmt ");
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, 8000, true);
  view.setUint32(28, 16000, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, "data");
  view.setUint32(40, samples * 2, true);
  for (let i = 0; i < samples; i++) view.setInt16(44 + i * 2, Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / 8000)), true);
  return out;
}

/** The answer when no script is queued: the first default route that matches, else a 404 in OpenRouter's shape. */
function defaultScript(method: string, path: string, body: any): Script {
  const route = defaultRoutes.find((r) => r.method === method && r.path.test(path));
  if (route) return route.answer(body, path);
  return { status: 404, body: { error: { code: 404, message: `The local OpenRouter has no route for ${method} ${path}` } } };
}

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
      const script = queue.shift() ?? options.route?.({ method, path, body }) ?? defaultScript(method, path, body);
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
  const isStream = script.steps !== undefined;
  const headers = {
    "content-type": isStream ? "text/event-stream" : typeof script.body === "string" || script.body instanceof Uint8Array ? "text/plain" : "application/json",
    ...script.headers,
  };
  res.writeHead(script.status ?? 200, headers);
  if (!isStream) {
    const body = script.body;
    return void res.end(typeof body === "string" || body instanceof Uint8Array ? body : JSON.stringify(body ?? {}));
  }
  res.flushHeaders();
  let pending: (string | Uint8Array)[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const bytes = Buffer.concat(pending.map((part) => (typeof part === "string" ? Buffer.from(part, "utf8") : part)));
    pending = [];
    const size = script.chunkSize ?? bytes.length;
    for (let i = 0; i < bytes.length && !res.destroyed; i += size) {
      // Byte-level splits cut through multi-byte characters on purpose.
      if (!res.write(bytes.subarray(i, i + size))) await new Promise((done) => res.once("drain", done));
      if (script.chunkSize) await new Promise((done) => setImmediate(done));
    }
  };
  for (const step of script.steps ?? []) {
    if (res.destroyed) return;
    if ("data" in step) pending.push(`data: ${typeof step.data === "string" ? step.data : JSON.stringify(step.data)}\n\n`);
    else if ("comment" in step) pending.push(`: ${step.comment}\n\n`);
    else if ("raw" in step) pending.push(step.raw);
    else if ("bytes" in step) pending.push(step.bytes);
    else if ("done" in step) pending.push("data: [DONE]\n\n");
    else {
      await flush();
      if ("wait" in step) await sleep(step.wait);
      else if ("drop" in step) return void res.socket?.destroy();
      else if ("stall" in step) return; // the client's abort or idle timeout closes it
    }
    if (!script.chunkSize) await flush();
  }
  await flush();
  res.end();
}
