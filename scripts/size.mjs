// Bundle-size budgets: each entry bundled by esbuild for the browser (minified, gzip level 9) against the built
// package in dist/, the way an app would import it. Prints a table; exits 1 when a budget is exceeded or when
// code that must stay out of a bundle got in.
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const kib = (n) => (n / 1024).toFixed(2);

/** name, source, budget in KiB, identifiers that must not appear in the bundle */
const cases = [
  // From the root: proves importing chat there pulls in no models, images or routing code.
  ["chat alone", `import { chat, createClient } from "./dist/index.js"; export default [chat, createClient];`, 13, ["listModels", "generateImage", "openrouter/auto", "_zod", "eventsource"]],
  ["stream alone", `import { stream, createClient } from "./dist/index.js"; export default [stream, createClient];`, 14, ["listModels", "generateImage"]],
  ["whole facade", `import { createOpenRouter } from "./dist/index.js"; export default createOpenRouter;`, 26, []],
  ["provider builder alone", `import { provider } from "./dist/routing.js"; export default provider;`, 1, ["openrouter/auto", "auto-router", "openrouter:web_search", "@preset/", "complex"]],
  ["runTools + tool", `import { runTools, tool } from "./dist/tools.js"; export default [runTools, tool];`, 26, ["_zod", "listModels"]],
  ["errors alone", `import { isAPIError, RateLimitError } from "./dist/errors.js"; export default [isAPIError, RateLimitError];`, 3, ["ky"]],
  ["ky alone (reference)", `import ky from "ky"; export default ky;`, Infinity, []],
];

const extra = process.argv.slice(2);
let failed = false;
const rows = [];
for (const [name, contents, budget, forbidden] of cases) {
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
  const ok = gz / 1024 <= budget && leaked.length === 0;
  if (!ok) failed = true;
  rows.push({ bundle: name, "min+gz KiB": kib(gz), "budget KiB": budget === Infinity ? "-" : budget, leaked: leaked.join(",") || "-", ok: ok ? "yes" : "NO" });
}
console.table(rows);
if (extra.includes("--json")) console.log(JSON.stringify(rows));
if (failed) {
  console.error("size: a bundle is over budget or pulls in code it must not");
  process.exit(1);
}
