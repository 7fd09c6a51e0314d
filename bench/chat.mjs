// Non-streamed call overhead: sequential chat() calls on keep-alive against raw fetch + JSON.parse, interleaved in
// blocks, in one process against a server in another. Reports median and p99 latency and the difference.
// Usage: node bench/chat.mjs [--calls 2000] [--reps 3]   (needs `npm run build` first)
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const calls = arg("calls", 2000);
const reps = arg("reps", 3);
const server = spawn(process.execPath, [fileURLToPath(new URL("json-server.mjs", import.meta.url))], { stdio: ["ignore", "pipe", "inherit"] });
const port = await new Promise((resolve) => server.stdout.once("data", (d) => resolve(Number(String(d).trim()))));
const baseURL = `http://127.0.0.1:${port}/api/v1`;
const { chat, createClient } = await import("../dist/index.js");
const client = createClient({ apiKey: "sk-or-v1-bench", baseURL, maxRetries: 0 });
const params = { model: "deepseek/deepseek-v4-pro", messages: [{ role: "user", content: "ok?" }] };
const body = JSON.stringify(params);

const variants = {
  async floor() {
    const res = await fetch(`${baseURL}/chat/completions`, {
      method: "POST",
      body,
      headers: { authorization: "Bearer sk-or-v1-bench", "content-type": "application/json" },
    });
    const json = JSON.parse(await res.text());
    return json.choices[0].message.content;
  },
  async sdk() {
    return (await chat(client, params)).text;
  },
};

const samples = { floor: [], sdk: [] };
const block = 100;
try {
  for (const run of Object.values(variants)) for (let i = 0; i < 200; i++) await run(); // warm-up
  for (let rep = 0; rep < reps; rep++) {
    for (let done = 0; done < calls; done += block) {
      for (const name of done % (2 * block) ? ["sdk", "floor"] : ["floor", "sdk"]) {
        for (let i = 0; i < block; i++) {
          const t0 = performance.now();
          await variants[name]();
          samples[name].push((performance.now() - t0) * 1000);
        }
      }
    }
  }
} finally {
  server.kill();
}
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const floorMed = pct(samples.floor, 0.5);
const sdkMed = pct(samples.sdk, 0.5);
console.log(
  JSON.stringify({
    bench: "chat-overhead",
    calls: calls * reps,
    floorMedianUs: Math.round(floorMed),
    sdkMedianUs: Math.round(sdkMed),
    overheadMedianUs: Math.round(sdkMed - floorMed),
    floorP99Us: Math.round(pct(samples.floor, 0.99)),
    sdkP99Us: Math.round(pct(samples.sdk, 0.99)),
    overheadP99Us: Math.round(pct(samples.sdk, 0.99) - pct(samples.floor, 0.99)),
  }),
);
