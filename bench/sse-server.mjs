// A local SSE server for benchmarks, in its own process so that it does not compete with the client for the
// event loop. POST /api/v1/chat/completions answers with N OpenRouter-shaped chunks, then usage and [DONE].
// Usage: node bench/sse-server.mjs <chunks> [perEvent]   — prints the port on stdout.
import { createServer } from "node:http";

const chunks = Number(process.argv[2] ?? 100_000);
const perEvent = process.argv[3] === "perEvent";

const head = '{"id":"gen-1768896871-9HgAQqS1Z72C6gApaidi","provider":"OpenInference","model":"openai/gpt-oss-120b","object":"chat.completion.chunk","created":1768896871,"choices":[{"index":0,"delta":{"role":"assistant","content":"';
const tail = '"},"finish_reason":null,"native_finish_reason":null,"logprobs":null}]}';
const words = [" the", " quick", " brown", " fox", " jumps", " over", " lazy", " dogs"];
const events = [": OPENROUTER PROCESSING\n\n"];
for (let i = 0; i < chunks; i++) events.push(`data: ${head}${words[i % words.length]}${tail}\n\n`);
events.push(`data: ${head}${tail.replace('"finish_reason":null', '"finish_reason":"stop"')}\n\n`);
events.push('data: {"id":"gen-1","object":"chat.completion.chunk","created":1,"model":"m","choices":[],"usage":{"prompt_tokens":10,"completion_tokens":' + chunks + ',"total_tokens":' + (chunks + 10) + ',"cost":0.001}}\n\n');
events.push("data: [DONE]\n\n");
const whole = Buffer.from(events.join(""));
const eventBuffers = perEvent ? events.map((e) => Buffer.from(e)) : [];

const server = createServer((req, res) => {
  req.resume();
  req.on("end", async () => {
    res.writeHead(200, { "content-type": "text/event-stream", "x-generation-id": "gen-bench" });
    if (!perEvent) {
      // 64 KiB writes, roughly what a TLS proxy delivers.
      for (let i = 0; i < whole.length; i += 65536) {
        if (!res.write(whole.subarray(i, i + 65536))) await new Promise((r) => res.once("drain", r));
      }
    } else {
      for (const buffer of eventBuffers) {
        if (!res.write(buffer)) await new Promise((r) => res.once("drain", r));
      }
    }
    res.end();
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => console.log(server.address().port));
