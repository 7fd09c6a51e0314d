// Memory over stream length: a fresh process per run reads 20k, 100k and 300k chunks through stream() (for await,
// and final()) and through the raw floor. Reports, as medians of 3 runs, the peak RSS and the heap still in use
// after a forced GC (for final(), while the caller holds the result). Flat means the SDK keeps no per-chunk
// state: what final() retains should track the answer's own text, not the number of chunks.
// Usage: node bench/memory.mjs   (needs `npm run build` first)
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const lengths = [20_000, 100_000, 300_000];
const reps = 3;
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const rows = {};
for (const chunks of lengths) {
  const server = spawn(process.execPath, [here("sse-server.mjs"), String(chunks), "whole"], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise((resolve) => server.stdout.once("data", (d) => resolve(Number(String(d).trim()))));
  try {
    for (const variant of ["floor", "chunks", "final"]) {
      const samples = [];
      for (let rep = 0; rep < reps; rep++) {
        const line = await new Promise((resolve, reject) => {
          const p = spawn(process.execPath, ["--expose-gc", here("stream.mjs")], {
            env: { ...process.env, BENCH_CHILD: variant, BENCH_PORT: String(port), BENCH_CHUNKS: String(chunks) },
            stdio: ["ignore", "pipe", "inherit"],
          });
          let out = "";
          p.stdout.on("data", (d) => (out += d));
          p.on("exit", (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`${variant} exited ${code}`))));
        });
        samples.push(JSON.parse(line));
      }
      (rows[variant] ??= {})[chunks] = {
        rss: Math.round(median(samples.map((s) => s.rssMB))),
        heap: Math.round(median(samples.map((s) => s.heapAfterGcMB)) * 10) / 10,
      };
    }
  } finally {
    server.kill();
  }
}
for (const [variant, byLength] of Object.entries(rows)) {
  const pick = (key) => Object.fromEntries(lengths.map((n) => [`${n / 1000}k`, byLength[n][key]]));
  console.log(
    JSON.stringify({
      bench: "memory-over-length",
      variant: variant === "floor" ? "raw fetch + eventsource-parser" : `stream() ${variant === "chunks" ? "for await chunks" : "final()"}`,
      peakRssMB: pick("rss"),
      heapAfterGcMB: pick("heap"),
      rssGrowth300kOver20kMB: byLength[300_000].rss - byLength[20_000].rss,
      heapGrowth300kOver20kMB: Math.round((byLength[300_000].heap - byLength[20_000].heap) * 10) / 10,
    }),
  );
}
