// Stream throughput: openrouter-fetch's stream() (for await on chunks, textStream, final()) against the floor, raw
// fetch + eventsource-parser + JSON.parse, reading the same stream from a local server in another process. Each
// measured run is a fresh child process (so peak RSS is its own), variants interleaved, medians over repetitions.
// Streams of /responses and /messages are measured the same way against their own floors (same words, their events).
// Usage: node bench/stream.mjs [--chunks 100000] [--reps 3] [--warmup 1] [--per-event] [--only chunks,responses] [--record [--note text]]
//        (needs `npm run build` first; --only keeps the named variants and their floors)
// For figures that hold on a busy machine, count instructions instead: bench/instructions.mjs.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { arch, cpus, platform } from "node:os";
import { fileURLToPath } from "node:url";
import { cpuUsage, env } from "node:process";

const here = fileURLToPath(new URL(".", import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
};

if (env.BENCH_CHILD) {
  await child(env.BENCH_CHILD, Number(env.BENCH_PORT), Number(env.BENCH_CHUNKS));
} else {
  await parent();
}

async function child(variant, port, chunks) {
  const base = `http://127.0.0.1:${port}/api/v1`;
  const { createClient } = await import("../dist/index.js");
  const { streamVariants } = await import("./stream-variants.mjs");
  const client = createClient({ apiKey: "sk-or-v1-bench", baseURL: base, maxRetries: 0 });
  const body = JSON.stringify({ model: "m", messages: [{ role: "user", content: "x" }], stream: true });
  const paths = { chat: "chat/completions", responses: "responses", messages: "messages" };
  const open = (kind) => fetch(`${base}/${paths[kind]}`, { method: "POST", body, headers: { "content-type": "application/json" } });
  const variants = streamVariants(client, open);
  const run = variants[variant];
  // Warm-up: the connection, and the JIT. One run leaves both the SDK and the floor short of their steady speed
  // (more so the SDK, which has more code to tier up); --warmup 3 measures warm code.
  for (let i = 0; i < Number(env.BENCH_WARMUP); i++) await run();
  const cpu0 = cpuUsage();
  const t0 = performance.now();
  const n = await run();
  const ms = performance.now() - t0;
  const cpu = cpuUsage(cpu0);
  const rssMB = process.resourceUsage().maxRSS / 1024;
  let heapAfterGcMB;
  if (typeof globalThis.gc === "function") {
    globalThis.gc();
    heapAfterGcMB = process.memoryUsage().heapUsed / 2 ** 20;
  }
  process.stdout.write(JSON.stringify({ variant, n, ms, cpuUsPerChunk: (cpu.user + cpu.system) / n, rssMB, heapAfterGcMB }) + "\n");
}

async function parent() {
  const chunks = Number(arg("chunks", 100_000));
  const reps = Number(arg("reps", 3));
  const warmup = Number(arg("warmup", 1));
  const perEvent = process.argv.includes("--per-event");
  const server = spawn(process.execPath, [`${here}sse-server.mjs`, String(chunks), perEvent ? "perEvent" : "whole"], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise((resolve) => server.stdout.once("data", (d) => resolve(Number(String(d).trim()))));
  const { variantNames, floorOf } = await import("./stream-variants.mjs");
  const only = arg("only", undefined)?.split(",");
  const variants = Object.keys(variantNames).filter((v) => !only || only.includes(v) || only.some((o) => floorOf(o) === v));
  const samples = Object.fromEntries(variants.map((v) => [v, []]));
  try {
    for (let rep = 0; rep < reps; rep++) {
      for (const variant of rep % 2 ? [...variants].reverse() : variants) {
        const line = await new Promise((resolve, reject) => {
          const p = spawn(process.execPath, [fileURLToPath(import.meta.url)], {
            env: { ...env, BENCH_CHILD: variant, BENCH_PORT: String(port), BENCH_CHUNKS: String(chunks), BENCH_WARMUP: String(warmup) },
            stdio: ["ignore", "pipe", "inherit"],
          });
          let out = "";
          p.stdout.on("data", (d) => (out += d));
          p.on("exit", (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`${variant} exited ${code}`))));
        });
        const sample = JSON.parse(line);
        if (sample.n < chunks) throw new Error(`${variant} read ${sample.n} of ${chunks} chunks`);
        samples[variant].push(sample);
      }
    }
  } finally {
    server.kill();
  }
  const results = [];
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const variant of variants) {
    // Each API against its own floor: the same bytes read by raw fetch + eventsource-parser + JSON.parse.
    const floor = floorOf(variant);
    const floorRate = median(samples[floor].map((s) => s.n / (s.ms / 1000)));
    const floorCpu = median(samples[floor].map((s) => s.cpuUsPerChunk));
    const rate = median(samples[variant].map((s) => s.n / (s.ms / 1000)));
    const cpu = median(samples[variant].map((s) => s.cpuUsPerChunk));
    const result = {
      bench: perEvent ? "stream-per-event-writes" : "stream",
      variant: variantNames[variant],
      chunks,
      reps,
      chunksPerSec: Math.round(rate),
      ratioToFloor: Number((rate / floorRate).toFixed(3)),
      cpuUsPerChunk: Number(cpu.toFixed(3)),
      cpuRatioToFloor: Number((cpu / floorCpu).toFixed(3)),
      peakRssMB: Math.round(median(samples[variant].map((s) => s.rssMB))),
    };
    console.log(JSON.stringify(result));
    results.push(result);
  }
  if (process.argv.includes("--record")) {
    // As `npm run bench` records a run: bench/results/<date>-stream-<chunks>.json.
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    mkdirSync(`${here}results`, { recursive: true });
    const file = `${here}results/${stamp}-stream-${chunks}.json`;
    const meta = { date: new Date().toISOString(), node: process.version, platform: `${platform()} ${arch()}`, cpus: cpus().length, cpu: cpus()[0]?.model };
    writeFileSync(file, JSON.stringify({ ...meta, warmup, note: arg("note", undefined), results }, null, 2) + "\n");
    console.log(`recorded in ${file}`);
  }
}
