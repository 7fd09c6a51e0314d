// A local JSON server for benchmarks, in its own process: POST /api/v1/chat/completions answers a copy of the
// non-streamed capture (test/fixtures/chat-nonstream-basic.json, usage details left out) at once. Prints its port
// on stdout.
import { createServer } from "node:http";

const body = Buffer.from(
  JSON.stringify({
    id: "gen-1791085542-nGPIiqI34XL7MIrdVHU3",
    object: "chat.completion",
    created: 1791085542,
    model: "deepseek/deepseek-v4-pro-0813",
    provider: "NextBit",
    system_fingerprint: null,
    service_tier: null,
    choices: [{ index: 0, logprobs: null, finish_reason: "stop", native_finish_reason: "stop", message: { role: "assistant", content: '{"ok": true}', refusal: null, reasoning: null } }],
    usage: { prompt_tokens: 135, completion_tokens: 5, total_tokens: 140, cost: 0.0001584, is_byok: false },
  }),
);
const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json", "content-length": body.length, "x-generation-id": "gen-bench" });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => console.log(server.address().port));
