// The compat matrix's OpenRouter: the project's local test server (test/server/openrouter-server.ts, unchanged)
// behind a small front that every runtime can reach with nothing but a base URL.
//
// Why a front: a Bun, Deno, workerd or browser process cannot call `enqueue()` on a server living in another
// process, so the scripted answers are chosen by model name instead:
//   model "compat/midstream-error" -> the chat-stream-midstream-error.sse fixture (an error chunk after 2 deltas)
//   model "compat/slow"            -> one delta, then a stall that keeps the socket open until the client hangs up
// Everything else gets the local server's fixture defaults. The front also answers CORS itself and lists the
// requested headers explicitly: the Fetch standard excludes `Authorization` from `access-control-allow-headers: *`
// (what the local server sends), so a stricter browser than today's Chromium would refuse the page's API key.
//
// Needs Node >= 22.18 (imports the .ts server with type stripping); run.mjs runs on the repo's Node 24.
import { readFileSync } from "node:fs";
import { createServer, request as httpRequest } from "node:http";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The model names the front maps to scripts. */
export const MODELS = { midstreamError: "compat/midstream-error", slow: "compat/slow" };

/**
 * Starts the local OpenRouter and the front on ephemeral ports of 127.0.0.1.
 * @returns {Promise<{ baseURL: string, requests: () => number, close: () => Promise<void> }>}
 */
export async function startCompatServer() {
  // OPENROUTER_FIXTURES, when set, is read by the local server at import; use the same folder here.
  const fixturesDir = process.env.OPENROUTER_FIXTURES ?? resolve(root, "../shared/openrouter/fixtures");
  const { startLocalOpenRouter } = await import(resolve(root, "test/server/openrouter-server.ts"));
  const local = await startLocalOpenRouter();
  const upstream = new URL(local.baseURL);
  const fixture = (name) => readFileSync(resolve(fixturesDir, name), "utf8");
  const scripts = {
    [MODELS.midstreamError]: () => ({ steps: [{ raw: fixture("chat-stream-midstream-error.sse") }] }),
    [MODELS.slow]: () => ({
      steps: [
        { comment: "OPENROUTER PROCESSING" },
        { data: { id: "gen-compat-slow", object: "chat.completion.chunk", model: MODELS.slow, choices: [{ index: 0, delta: { role: "assistant", content: "Thinking" }, finish_reason: null }] } },
        { stall: true },
      ],
    }),
  };

  // The local server takes its queue in order, so one request at a time goes from "enqueued" to "headers
  // received": no unscripted request can take another's script when runtimes overlap.
  let turn = Promise.resolve();
  const exclusive = (work) => {
    const run = turn.then(work, work);
    turn = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  };

  let count = 0;
  const front = createServer((req, res) => {
    const origin = req.headers.origin;
    res.setHeader("access-control-allow-origin", origin ?? "*");
    res.setHeader("vary", "origin");
    res.setHeader("access-control-expose-headers", "x-generation-id, retry-after, x-ratelimit-reset");
    if (req.method === "OPTIONS") {
      res.setHeader("access-control-allow-methods", "GET, POST, OPTIONS");
      res.setHeader("access-control-allow-headers", req.headers["access-control-request-headers"] ?? "authorization, content-type");
      res.setHeader("access-control-max-age", "600");
      return void res.writeHead(204).end();
    }
    count++;
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      let model;
      try {
        model = JSON.parse(body.toString("utf8"))?.model;
      } catch {
        // not JSON: no script
      }
      const script = typeof model === "string" ? scripts[model] : undefined;
      void exclusive(
        () =>
          new Promise((headersReceived) => {
            // Never hold the others up for long, whatever happens to this one.
            setTimeout(headersReceived, 5_000).unref();
            if (script) local.enqueue(script());
            const headers = { ...req.headers, host: upstream.host };
            delete headers.origin;
            const out = httpRequest(
              { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers },
              (answer) => {
                headersReceived();
                const passed = { ...answer.headers };
                for (const name of Object.keys(passed)) if (name.startsWith("access-control-")) delete passed[name];
                res.writeHead(answer.statusCode ?? 502, passed);
                res.flushHeaders();
                answer.pipe(res);
                answer.on("error", () => res.destroy());
              },
            );
            out.on("error", (error) => {
              headersReceived();
              if (!res.headersSent) res.writeHead(502, { "content-type": "application/json" });
              res.end(JSON.stringify({ error: { code: 502, message: `compat front: ${error.message}` } }));
            });
            // The client hung up (an abort): hang up upstream too, so the stall ends.
            res.on("close", () => out.destroy());
            out.end(body);
          }),
      );
    });
  });
  await new Promise((done) => front.listen(0, "127.0.0.1", done));
  const { port } = front.address();
  return {
    baseURL: `http://127.0.0.1:${port}/api/v1`,
    requests: () => count,
    close: async () => {
      front.closeAllConnections();
      await new Promise((done) => front.close(() => done()));
      await local.close();
    },
  };
}

// `node compat/server.mjs` starts it by itself and prints the base URL (for trying a runtime by hand).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const server = await startCompatServer();
  console.log(server.baseURL);
  process.on("SIGINT", () => void server.close().then(() => process.exit(0)));
}
