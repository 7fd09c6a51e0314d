// Non-streamed call overhead: sequential chat() calls on keep-alive against two floors, raw fetch + JSON.parse and
// bare ky (`ky.post(url, { json, retry: 0, timeout: false }).json()`, what the SDK's transport is built on),
// interleaved in blocks, in one process against a server in another. Reports medians, p99 and the differences.
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
const { default: ky } = await import("ky");
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
  async ky() {
    const json = await ky
      .post(`${baseURL}/chat/completions`, { json: params, headers: { authorization: "Bearer sk-or-v1-bench" }, retry: 0, timeout: false })
      .json();
    return json.choices[0].message.content;
  },
  async sdk() {
    return (await chat(client, params)).text;
  },
};

const samples = { floor: [], ky: [], sdk: [] };
const orders = [["floor", "ky", "sdk"], ["sdk", "floor", "ky"], ["ky", "sdk", "floor"]];
const block = 100;
try {
  for (const run of Object.values(variants)) for (let i = 0; i < 200; i++) await run(); // warm-up
  for (let rep = 0; rep < reps; rep++) {
    for (let done = 0; done < calls; done += block) {
      for (const name of orders[(done / block) % orders.length]) {
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
const kyMed = pct(samples.ky, 0.5);
const sdkMed = pct(samples.sdk, 0.5);
console.log(
  JSON.stringify({
    bench: "chat-overhead",
    calls: calls * reps,
    floorMedianUs: Math.round(floorMed),
    kyMedianUs: Math.round(kyMed),
    sdkMedianUs: Math.round(sdkMed),
    overheadMedianUs: Math.round(sdkMed - floorMed),
    overKyMedianUs: Math.round(sdkMed - kyMed),
    kyOverFetchMedianUs: Math.round(kyMed - floorMed),
    floorP99Us: Math.round(pct(samples.floor, 0.99)),
    sdkP99Us: Math.round(pct(samples.sdk, 0.99)),
    overheadP99Us: Math.round(pct(samples.sdk, 0.99) - pct(samples.floor, 0.99)),
  }),
);
