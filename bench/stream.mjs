// Stream throughput: openrouter-fetch's stream() (for await on chunks, textStream, final()) against the floor, raw
// fetch + eventsource-parser + JSON.parse, reading the same stream from a local server in another process. Each
// measured run is a fresh child process (so peak RSS is its own), variants interleaved, medians over repetitions.
// Usage: node bench/stream.mjs [--chunks 100000] [--reps 3] [--per-event]   (needs `npm run build` first)
import { spawn } from "node:child_process";
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
  const url = `http://127.0.0.1:${port}/api/v1/chat/completions`;
  const body = JSON.stringify({ model: "m", messages: [{ role: "user", content: "x" }], stream: true });
  const { createParser } = await import("eventsource-parser");
  const { createClient, stream } = await import("../dist/index.js");
  const { streamResponse } = await import("../dist/responses.js");
  const responsesUrl = `http://127.0.0.1:${port}/api/v1/responses`;
  const client = createClient({ apiKey: "sk-or-v1-bench", baseURL: `http://127.0.0.1:${port}/api/v1`, maxRetries: 0 });

  const variants = {
    floor: () => rawFloor(url),
    responsesFloor: () => rawFloor(responsesUrl),
    async responses() {
      let n = 0;
      for await (const _ of await streamResponse(client, { model: "m", input: "x" })) n++;
      return n - 2; // created and completed are not deltas
    },
    async responsesText() {
      let n = 0;
      for await (const _ of (await streamResponse(client, { model: "m", input: "x" })).textStream) n++;
      return n;
    },
  };
  Object.assign(variants, chatVariants());

  /** The floor: raw fetch + eventsource-parser + JSON.parse of every event. */
  async function rawFloor(target) {
    const res = await fetch(target, { method: "POST", body, headers: { "content-type": "application/json" } });
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let n = 0;
    const parser = createParser({
      onEvent(event) {
        if (event.data === "[DONE]") return;
        JSON.parse(event.data);
        n++;
      },
    });
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.feed(decoder.decode(value, { stream: true }));
    }
    return n;
  }

  function chatVariants() {
    return {
    async chunks() {
      let n = 0;
      for await (const _ of await stream(client, { model: "m", prompt: "x" })) n++;
      return n;
    },
    async text() {
      let n = 0;
      for await (const _ of (await stream(client, { model: "m", prompt: "x" })).textStream) n++;
      return n + 1; // textStream skips the empty finish delta; count as chunks for the rate
    },
    async final() {
      const result = await (await stream(client, { model: "m", prompt: "x" })).final();
      globalThis.kept = result; // measured after GC below: what a caller holding the result keeps alive
      return (result.usage?.completion_tokens ?? 0) + 2;
    },
    };
  }
  const run = variants[variant];
  await run(); // warm-up: JIT, connection
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
  const perEvent = process.argv.includes("--per-event");
  const server = spawn(process.execPath, [`${here}sse-server.mjs`, String(chunks), perEvent ? "perEvent" : "whole"], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise((resolve) => server.stdout.once("data", (d) => resolve(Number(String(d).trim()))));
  const variants = ["floor", "chunks", "text", "final", "responsesFloor", "responses", "responsesText"];
  const samples = Object.fromEntries(variants.map((v) => [v, []]));
  try {
    for (let rep = 0; rep < reps; rep++) {
      for (const variant of rep % 2 ? [...variants].reverse() : variants) {
        const line = await new Promise((resolve, reject) => {
          const p = spawn(process.execPath, [fileURLToPath(import.meta.url)], {
            env: { ...env, BENCH_CHILD: variant, BENCH_PORT: String(port), BENCH_CHUNKS: String(chunks) },
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
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const variant of variants) {
    // Each API against its own floor: the same bytes read by raw fetch + eventsource-parser + JSON.parse.
    const floor = variant.startsWith("responses") ? "responsesFloor" : "floor";
    const floorRate = median(samples[floor].map((s) => s.n / (s.ms / 1000)));
    const floorCpu = median(samples[floor].map((s) => s.cpuUsPerChunk));
    const rate = median(samples[variant].map((s) => s.n / (s.ms / 1000)));
    const cpu = median(samples[variant].map((s) => s.cpuUsPerChunk));
    const result = {
      bench: perEvent ? "stream-per-event-writes" : "stream",
      variant: {
        floor: "raw fetch + eventsource-parser",
        chunks: "stream() for await chunks",
        text: "stream() textStream",
        final: "stream() final()",
        responsesFloor: "raw fetch + eventsource-parser (/responses)",
        responses: "streamResponse() for await events",
        responsesText: "streamResponse() textStream",
      }[variant],
      chunks,
      reps,
      chunksPerSec: Math.round(rate),
      ratioToFloor: Number((rate / floorRate).toFixed(3)),
      cpuUsPerChunk: Number(cpu.toFixed(3)),
      cpuRatioToFloor: Number((cpu / floorCpu).toFixed(3)),
      peakRssMB: Math.round(median(samples[variant].map((s) => s.rssMB))),
    };
    console.log(JSON.stringify(result));
  }
}
