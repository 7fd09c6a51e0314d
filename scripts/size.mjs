// Bundle sizes: each entry bundled by esbuild for the browser (minified, gzip level 9) against the built package
// in dist/, the way an app would import it. Prints a table with two limits per bundle: the packaging issue's
// target, and a ceiling at today's size plus a small margin, so that growth is a decision, not an accident.
// Exits 1 when a bundle is over its target or its ceiling, or when code that must stay out of a bundle got in.
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const kib = (n) => (n / 1024).toFixed(2);

const chatSource = `import { chat, createClient } from "./dist/index.js"; export default [chat, createClient];`;
/** name, source, target KiB, ceiling KiB, identifiers that must not appear in the bundle, esbuild externals */
const cases = [
  // From the root: proves importing chat there pulls in no models, images or routing code.
  // Targets of the ky issue: ky itself is about 8.7 KiB of each bundle that sends.
  // wt/defects: +1.2 KiB for checking every chat answer (ResponseValidationError, not TypeError), keeping the whole
  // assistant message, unique tool-call ids, rewrite debug lines, native json_schema for Claude 4.1+, header options.
  ["chat alone", chatSource, 20.65, 20.65, ["listModels", "generateImage", "openrouter/auto", "_zod", "eventsource"]],
  ["stream alone", `import { stream, createClient } from "./dist/index.js"; export default [stream, createClient];`, 25.6, 25.6, ["listModels", "generateImage"]],
  ["whole facade", `import { createOpenRouter } from "./dist/index.js"; export default createOpenRouter;`, 35.25, 35.25, []],
  ["provider builder alone", `import { provider } from "./dist/routing.js"; export default provider;`, 1.5, 1.45, ["openrouter/auto", "auto-router", "openrouter:web_search", "@preset/", "complex", "prefixUrl"]],
  ["runTools + tool", `import { runTools, tool } from "./dist/tools.js"; export default [runTools, tool];`, 27.35, 27.35, ["_zod", "listModels"]],
  // "prefixUrl" is in ky's own code (its renamed-option message): these bundles send nothing and must hold no ky.
  ["platform (one key call)", `import { createApiKey, createClient } from "./dist/platform.js"; export default [createApiKey, createClient];`, 16.35, 16.35, ["listModels", "generateImage", "eventsource", "_zod", "ChatStream"]],
  ["errors alone", `import { isAPIError, RateLimitError } from "./dist/errors.js"; export default [isAPIError, RateLimitError];`, 3, 3, ["Bearer", "eventsource", "prefixUrl"]],
];

const extra = process.argv.slice(2);
let failed = false;
const rows = [];
for (const [name, contents, target, ceiling, forbidden] of cases) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0].text;
  const gz = gzipSync(code, { level: 9 }).length;
  const leaked = forbidden.filter((id) => code.includes(id));
  const ok = gz / 1024 <= Math.min(target, ceiling) && leaked.length === 0;
  if (!ok) failed = true;
  const limit = (n) => (n === Infinity ? "-" : n);
  rows.push({
    bundle: name,
    "min+gz KiB": kib(gz),
    "target KiB": limit(target),
    "meets target": target === Infinity ? "-" : gz / 1024 <= target ? "yes" : "no",
    "ceiling KiB": limit(ceiling),
    leaked: leaked.join(",") || "-",
    ok: ok ? "yes" : "NO",
  });
}
console.table(rows);
if (extra.includes("--json")) console.log(JSON.stringify(rows));
if (failed) {
  console.error("size: a bundle grew past its ceiling or pulls in code it must not");
  process.exit(1);
}
