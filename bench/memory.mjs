// Memory over stream length: peak RSS of a fresh process reading 20k, 100k and 300k chunks through stream()
// (for await, and final()) and through the raw floor. Flat means the SDK keeps no per-chunk state.
// Usage: node bench/memory.mjs   (needs `npm run build` first)
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const lengths = [20_000, 100_000, 300_000];
const rows = {};
for (const chunks of lengths) {
  const server = spawn(process.execPath, [here("sse-server.mjs"), String(chunks), "whole"], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise((resolve) => server.stdout.once("data", (d) => resolve(Number(String(d).trim()))));
  try {
    for (const variant of ["floor", "chunks", "final"]) {
      const line = await new Promise((resolve, reject) => {
        const p = spawn(process.execPath, [here("stream.mjs")], {
          env: { ...process.env, BENCH_CHILD: variant, BENCH_PORT: String(port), BENCH_CHUNKS: String(chunks) },
          stdio: ["ignore", "pipe", "inherit"],
        });
        let out = "";
        p.stdout.on("data", (d) => (out += d));
        p.on("exit", (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`${variant} exited ${code}`))));
      });
      const sample = JSON.parse(line);
      (rows[variant] ??= {})[chunks] = Math.round(sample.rssMB);
    }
  } finally {
    server.kill();
  }
}
for (const [variant, byLength] of Object.entries(rows)) {
  const values = lengths.map((n) => byLength[n]);
  console.log(
    JSON.stringify({
      bench: "memory-over-length",
      variant: variant === "floor" ? "raw fetch + eventsource-parser" : `stream() ${variant === "chunks" ? "for await chunks" : "final()"}`,
      peakRssMB: Object.fromEntries(lengths.map((n) => [`${n / 1000}k`, byLength[n]])),
      growth300kOver20kMB: values[2] - values[0],
    }),
  );
}
