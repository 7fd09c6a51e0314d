// CPU instructions per chunk, SDK against the floor, counted by valgrind's callgrind: unlike wall-clock figures,
// they repeat on a busy machine. Each variant runs in-process over an in-memory SSE body (a Response over a
// ReadableStream of 64 KiB pieces of a body file the parent wrote, handed to the SDK by createClient({ fetch })),
// once with a small and once with a large stream; the difference in instructions over the difference in chunks is the cost of one chunk, with node's
// startup, the JIT's warm-up and the module loading cancelled out. `--single-threaded` keeps V8's GC and compiler
// on the main thread: with helper threads the count varies by a few per cent from run to run, without by ~0.5%.
// The heap is collected once (`gc()`) after the modules are loaded and before the stream starts: else the one full
// GC that loading the modules calls for falls inside the large run and not the small one (it comes after 10-15k
// chunks), and its cost, ~20M instructions, bigger for the SDK's larger heap, is counted as 800-2000 per chunk.
// `--no-gc-first` measures the old way, for comparison with figures recorded before 2026-12-03T07:30.
// Usage: npm run bench:instructions -- [options], or npm run build && node bench/instructions.mjs [--small 5000] [--large 30000] [--only chunks,responses] [--record [--note text]]
//        [--no-gc-first] (needs valgrind; --only keeps the named variants and their floors. One variant by hand, for a profile,
//         once a parent run has written the body files:
//         BENCH_CHILD=chunks BENCH_CHUNKS=25000 BENCH_GC_FIRST=1 valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.out node --single-threaded --expose-gc bench/instructions.mjs)
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { arch, cpus, platform, tmpdir } from "node:os";
import { join } from "node:path";
import { env } from "node:process";
import { fileURLToPath } from "node:url";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
};

const bodyFile = (chunks, kind) => join(tmpdir(), `openrouter-fetch-bench-${kind}-${chunks}.sse`);

if (env.BENCH_CHILD) {
  await child(env.BENCH_CHILD, Number(env.BENCH_CHUNKS));
} else {
  await parent();
}

async function child(variant, chunks) {
  const { createClient } = await import("../dist/index.js");
  const { streamVariants } = await import("./stream-variants.mjs");
  // Read from files the parent wrote, so that making the bodies is not counted.
  const wholes = Object.fromEntries(["chat", "responses", "messages"].map((kind) => [kind, readFileSync(bodyFile(chunks, kind))]));
  const respond = (kind) => {
    const whole = wholes[kind];
    let offset = 0;
    const body = new ReadableStream({
      pull(controller) {
        if (offset >= whole.length) return controller.close();
        controller.enqueue(new Uint8Array(whole.subarray(offset, offset + 65536)));
        offset += 65536;
      },
    });
    return new Response(body, { status: 200, headers: { "content-type": "text/event-stream", "x-generation-id": "gen-bench" } });
  };
  const kindOf = (url) => (url.endsWith("/responses") ? "responses" : url.endsWith("/messages") ? "messages" : "chat");
  const fetch = async (input) => respond(kindOf(typeof input === "string" ? input : input.url));
  const client = createClient({ apiKey: "sk-or-v1-bench", baseURL: "http://bench.invalid/api/v1", maxRetries: 0, fetch });
  const run = streamVariants(client, async (kind) => respond(kind))[variant];
  if (env.BENCH_GC_FIRST) globalThis.gc();
  const n = await run();
  process.stdout.write(`${JSON.stringify({ variant, n })}\n`);
}

async function parent() {
  const { variantNames, floorOf } = await import("./stream-variants.mjs");
  const small = Number(arg("small", 5000));
  const large = Number(arg("large", 30_000));
  const only = arg("only", undefined)?.split(",");
  const variants = Object.keys(variantNames).filter((v) => !only || only.includes(v) || only.some((o) => floorOf(o) === v));
  const gcFirst = !process.argv.includes("--no-gc-first");
  const script = fileURLToPath(import.meta.url);
  const { sseBodies } = await import("./sse-bodies.mjs");
  for (const chunks of [small, large]) {
    const bodies = sseBodies(chunks);
    for (const kind of Object.keys(bodies)) writeFileSync(bodyFile(chunks, kind), bodies[kind].join(""));
  }
  const count = (variant, chunks) =>
    new Promise((resolve, reject) => {
      const p = spawn("valgrind", ["--tool=callgrind", "--callgrind-out-file=/dev/null", process.execPath, "--single-threaded", "--expose-gc", script], {
        env: { ...env, BENCH_CHILD: variant, BENCH_CHUNKS: String(chunks), BENCH_GC_FIRST: gcFirst ? "1" : "" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let err = "";
      let out = "";
      p.stderr.on("data", (d) => (err += d));
      p.stdout.on("data", (d) => (out += d));
      p.on("exit", (code) => {
        const collected = /Collected : (\d+)/.exec(err);
        if (code !== 0 || !collected) reject(new Error(`${variant} exited ${code}: ${err.slice(-500)}`));
        else if (JSON.parse(out).n < chunks) reject(new Error(`${variant} read ${JSON.parse(out).n} of ${chunks} chunks`));
        else resolve(Number(collected[1]));
      });
    });
  const perChunk = {};
  for (const variant of variants) {
    const a = await count(variant, small);
    const b = await count(variant, large);
    perChunk[variant] = (b - a) / (large - small);
  }
  const results = [];
  for (const variant of variants) {
    const floor = perChunk[floorOf(variant)];
    const result = { bench: "stream-instructions", variant: variantNames[variant], small, large, gcFirst, instructionsPerChunk: Math.round(perChunk[variant]), ratioToFloor: Number((perChunk[variant] / floor).toFixed(3)) };
    console.log(JSON.stringify(result));
    results.push(result);
  }
  if (process.argv.includes("--record")) {
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const dir = fileURLToPath(new URL("results/", import.meta.url));
    mkdirSync(dir, { recursive: true });
    const meta = { date: new Date().toISOString(), node: process.version, platform: `${platform()} ${arch()}`, cpus: cpus().length, cpu: cpus()[0]?.model };
    writeFileSync(`${dir}${stamp}-instructions.json`, JSON.stringify({ ...meta, note: arg("note", undefined), results }, null, 2) + "\n");
  }
}
