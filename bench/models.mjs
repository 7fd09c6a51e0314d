// Times listModels() against the floor, a raw fetch().json(), on a 350-model catalog served from 127.0.0.1.
// Goal: at most 1.2× the floor (the official SDK's full-schema parse takes ~5×).
//
//   npx tsup                 # build dist/ first (or point BENCH_DIST at another build of the package)
//   npx node bench/models.mjs
//
// Prints one JSON line: medians per call in ms, and the ratio. Runs are interleaved so that CPU frequency and
// GC drift hit both sides alike.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const dist = resolve(here, process.env.BENCH_DIST ?? "../dist");
const fixtures = resolve(here, "../test/fixtures");
const MODELS = 350;
const REPS = Number(process.env.BENCH_REPS ?? 9);
const CALLS = Number(process.env.BENCH_CALLS ?? 40);

async function loadSdk() {
  // The root entry re-exports the models feature; the subpath build works too.
  for (const file of ["index.js", "models.js"]) {
    try {
      const sdk = await import(pathToFileURL(resolve(dist, file)).href);
      if (typeof sdk.listModels === "function") return sdk;
    } catch {
      // try the next entry
    }
  }
  throw new Error(`No listModels in ${dist}/index.js or models.js: build first (npx tsup), or set BENCH_DIST.`);
}

/** A catalog like the live one: the captured models, repeated with distinct ids, prices and sizes. */
function catalog() {
  const captured = JSON.parse(readFileSync(resolve(fixtures, "models-list.json"), "utf8")).data;
  const data = [];
  for (let i = 0; i < MODELS; i++) {
    const base = structuredClone(captured[i % captured.length]);
    const [author, slug] = base.id.split("/");
    base.id = `${author}-${i % 40}/${slug}-${i}`;
    base.canonical_slug = `${base.id}-2026${String(1 + (i % 12)).padStart(2, "0")}01`;
    base.name = `${base.name} #${i}`;
    base.created = base.created + i * 3600;
    base.pricing.prompt = String((i % 50) * 1e-7);
    base.pricing.completion = String((i % 70) * 4e-7);
    base.context_length = 8192 * (1 + (i % 16));
    if (base.links) base.links.details = `/api/v1/models/${base.canonical_slug}/endpoints`;
    data.push(base);
  }
  return JSON.stringify({ data, total_count: data.length, links: { next: null } });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function perCall(fn) {
  const start = performance.now();
  for (let i = 0; i < CALLS; i++) await fn();
  return (performance.now() - start) / CALLS;
}

const sdk = await loadSdk();
const body = catalog();
const server = createServer((req, res) => {
  res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const { port } = server.address();
const baseURL = `http://127.0.0.1:${port}/api/v1`;
const client = sdk.createClient({ baseURL, apiKey: "", maxRetries: 0 });

const floor = async () => {
  const response = await fetch(`${baseURL}/models`);
  const json = await response.json();
  if (json.data.length !== MODELS) throw new Error("floor: wrong length");
};
const sdkCall = async () => {
  const models = await sdk.listModels(client);
  if (models.length !== MODELS) throw new Error("listModels: wrong length");
};

// Warm up both paths (JIT, sockets).
for (let i = 0; i < 30; i++) {
  await floor();
  await sdkCall();
}
const floorTimes = [];
const sdkTimes = [];
for (let rep = 0; rep < REPS; rep++) {
  // Alternate which side goes first.
  if (rep % 2 === 0) {
    floorTimes.push(await perCall(floor));
    sdkTimes.push(await perCall(sdkCall));
  } else {
    sdkTimes.push(await perCall(sdkCall));
    floorTimes.push(await perCall(floor));
  }
}
server.close();
const floorMs = median(floorTimes);
const sdkMs = median(sdkTimes);
console.log(
  JSON.stringify({
    bench: "models",
    models: MODELS,
    bytes: Buffer.byteLength(body),
    reps: REPS,
    callsPerRep: CALLS,
    node: process.versions.node,
    fetchJsonMs: Number(floorMs.toFixed(3)),
    listModelsMs: Number(sdkMs.toFixed(3)),
    ratio: Number((sdkMs / floorMs).toFixed(3)),
    goal: 1.2,
  }),
);
