// A local SSE server for benchmarks, in its own process so that it does not compete with the client for the
// event loop. POST /api/v1/chat/completions answers with N OpenRouter-shaped chunks, then usage and [DONE];
// POST /api/v1/responses with the same words as N Responses `output_text.delta` events.
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
// POST /api/v1/responses: the same words as Responses events (created, N output_text deltas, completed).
const item = '{"type":"response.output_text.delta","item_id":"msg-1","output_index":0,"content_index":0,"logprobs":[],"sequence_number":';
const response = (status, text) => `{"id":"resp-1","object":"response","created_at":1,"model":"openai/gpt-oss-120b","status":"${status}","output":[${text === undefined ? "" : `{"type":"message","id":"msg-1","role":"assistant","status":"completed","content":[{"type":"output_text","text":${JSON.stringify(text)},"annotations":[]}]}`}],"usage":{"input_tokens":10,"output_tokens":${chunks},"total_tokens":${chunks + 10},"cost":0.001}}`;
const responseEvents = [`event: response.created\ndata: {"type":"response.created","sequence_number":0,"response":${response("in_progress")}}\n\n`];
let all = "";
for (let i = 0; i < chunks; i++) {
  const word = words[i % words.length];
  all += word;
  responseEvents.push(`event: response.output_text.delta\ndata: ${item}${i + 1},"delta":"${word}"}\n\n`);
}
responseEvents.push(`event: response.completed\ndata: {"type":"response.completed","sequence_number":${chunks + 1},"response":${response("completed", all)}}\n\n`);
const bodies = { chat: events, responses: responseEvents };
const wholes = { chat: Buffer.from(events.join("")), responses: Buffer.from(responseEvents.join("")) };
const eventBuffers = perEvent ? { chat: events.map((e) => Buffer.from(e)), responses: responseEvents.map((e) => Buffer.from(e)) } : {};

const server = createServer((req, res) => {
  req.resume();
  req.on("end", async () => {
    res.writeHead(200, { "content-type": "text/event-stream", "x-generation-id": "gen-bench" });
    const kind = req.url?.endsWith("/responses") ? "responses" : "chat";
    const whole = wholes[kind];
    void bodies;
    if (!perEvent) {
      // 64 KiB writes, roughly what a TLS proxy delivers.
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
