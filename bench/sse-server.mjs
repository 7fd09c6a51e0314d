// A local SSE server for benchmarks, in its own process so that it does not compete with the client for the
// event loop. POST /api/v1/chat/completions answers with N OpenRouter-shaped chunks, then usage and [DONE];
// POST /api/v1/responses with the same words as N Responses `output_text.delta` events; POST /api/v1/messages as
// N Messages `text_delta` events (bodies from bench/sse-bodies.mjs).
// Usage: node bench/sse-server.mjs <chunks> [perEvent]   — prints the port on stdout.
import { createServer } from "node:http";
import { sseBodies } from "./sse-bodies.mjs";

const chunks = Number(process.argv[2] ?? 100_000);
const perEvent = process.argv[3] === "perEvent";

const bodies = sseBodies(chunks);
const kinds = Object.keys(bodies);
const wholes = Object.fromEntries(kinds.map((kind) => [kind, Buffer.from(bodies[kind].join(""))]));
const eventBuffers = perEvent ? Object.fromEntries(kinds.map((kind) => [kind, bodies[kind].map((e) => Buffer.from(e))])) : {};

const server = createServer((req, res) => {
  req.resume();
  req.on("end", async () => {
    res.writeHead(200, { "content-type": "text/event-stream", "x-generation-id": "gen-bench" });
    const kind = req.url?.endsWith("/responses") ? "responses" : req.url?.endsWith("/messages") ? "messages" : "chat";
    if (!perEvent) {
      // 64 KiB writes, roughly what a TLS proxy delivers.
      const whole = wholes[kind];
      for (let i = 0; i < whole.length; i += 65536) {
        if (!res.write(whole.subarray(i, i + 65536))) await new Promise((r) => res.once("drain", r));
      }
    } else {
      for (const buffer of eventBuffers[kind]) {
        if (!res.write(buffer)) await new Promise((r) => res.once("drain", r));
      }
    }
    res.end();
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => console.log(server.address().port));
