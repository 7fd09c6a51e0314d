// Cold start: wall time of a fresh Node process that imports openrouter-fetch, and of one that makes its first
// chat call, against the floor: an empty process, and one that makes the same call with raw fetch. Medians.
// Usage: node bench/cold-start.mjs [--runs 15]   (needs `npm run build` first)
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const runsAt = process.argv.indexOf("--runs");
const runs = runsAt === -1 ? 15 : Number(process.argv[runsAt + 1]);
const root = fileURLToPath(new URL("..", import.meta.url));
const server = spawn(process.execPath, [fileURLToPath(new URL("json-server.mjs", import.meta.url))], { stdio: ["ignore", "pipe", "inherit"] });
const port = await new Promise((resolve) => server.stdout.once("data", (d) => resolve(Number(String(d).trim()))));
const programs = {
  empty: "",
  "import openrouter-fetch": 'await import("./dist/index.js");',
  "first chat() response": `const { chat, createClient } = await import("./dist/index.js"); await chat(createClient({ apiKey: "sk-or-v1-x", baseURL: "http://127.0.0.1:${port}/api/v1" }), { model: "a/b", prompt: "x" });`,
  "first fetch() response (floor)": `const r = await fetch("http://127.0.0.1:${port}/api/v1/chat/completions", { method: "POST", body: "{}" }); JSON.parse(await r.text());`,
};
const samples = Object.fromEntries(Object.keys(programs).map((k) => [k, []]));
try {
  for (let i = 0; i < runs; i++) {
    for (const [name, code] of Object.entries(programs)) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd: root });
      if (r.status !== 0) throw new Error(`${name}: ${r.stderr}`);
      samples[name].push(performance.now() - t0);
    }
  }
} finally {
  server.kill();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const empty = median(samples.empty);
const result = { bench: "cold-start", runs };
for (const [name, xs] of Object.entries(samples)) result[`${name} ms`] = Number(median(xs).toFixed(1));
result["import cost over empty ms"] = Number((median(samples["import openrouter-fetch"]) - empty).toFixed(1));
result.importRatioToEmpty = Number((median(samples["import openrouter-fetch"]) / empty).toFixed(3));
result.firstResponseRatioToFetch = Number(
  (median(samples["first chat() response"]) / median(samples["first fetch() response (floor)"])).toFixed(3),
);
console.log(JSON.stringify(result));
