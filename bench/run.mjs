// Runs every benchmark, each in its own process, on the built package (dist/, built first), and records the run
// in bench/results/<date>.json with the machine and Node version. Prints one JSON line per benchmark and a table.
// Usage: npm run bench   (BENCH_ONLY=stream to run one)
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { arch, cpus, platform, totalmem } from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const benches = [
  ["stream", ["bench/stream.mjs", "--chunks", "100000", "--reps", "3", "--warmup", "3"]],
  ["stream-per-event", ["bench/stream.mjs", "--chunks", "100000", "--reps", "3", "--warmup", "3", "--per-event"]],
  ["models", ["bench/models.mjs"]],
  ["chat", ["bench/chat.mjs", "--calls", "2000", "--reps", "3"]],
  ["cold-start", ["bench/cold-start.mjs", "--runs", "15"]],
  ["memory", ["bench/memory.mjs"]],
].filter(([name]) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY.split(",").includes(name));

execFileSync("npm", ["run", "-s", "build"], { cwd: root, stdio: "inherit" });
const results = [];
for (const [name, args] of benches) {
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (run.status !== 0) {
    console.error(`bench ${name} failed (exit ${run.status})`);
    process.exitCode = 1;
    continue;
  }
  for (const line of run.stdout.split("\n")) {
    if (!line.startsWith("{")) continue;
    console.log(line);
    results.push(JSON.parse(line));
  }
}
console.table(
  results.map((r) => ({
    bench: r.bench,
    variant: r.variant ?? "-",
    "rate/s": r.chunksPerSec ?? "-",
    "× floor": r.ratioToFloor ?? r.ratio ?? "-",
    "CPU µs/chunk": r.cpuUsPerChunk ?? "-",
    "peak RSS MB": r.peakRssMB ?? "-",
  })),
);
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
mkdirSync(resolve(root, "bench/results"), { recursive: true });
const file = resolve(root, `bench/results/${stamp}.json`);
writeFileSync(
  file,
  JSON.stringify({ date: new Date().toISOString(), node: process.version, platform: `${platform()} ${arch()}`, cpus: cpus().length, cpu: cpus()[0]?.model, memGB: Math.round(totalmem() / 2 ** 30), results }, null, 2) + "\n",
);
console.log(`recorded in ${file}`);
