// Every subpath (`openrouter-fetch/chat`, `/errors`, …) must hand out the very objects the root does, in ESM and
// in CommonJS, so that `instanceof` and identity checks hold whichever way an app imports (the build makes
// subpaths re-export the root; see tsup.config.ts). Only `/models` may add names of its own: its zod schemas,
// which the root must never load, and `/testing` and `/testing/node`: the mock OpenRouter, which is not in the root
// at all (and must not be: no root export may share a name with it). Run after the build; exits 1 on any difference.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const subpaths = Object.keys(pkg.exports).filter((key) => key !== "." && key !== "./package.json");
const ownNamesAllowed = new Set(["./models", "./testing", "./testing/node"]);
const notInRoot = new Set(["./testing", "./testing/node"]);
const problems = [];
for (const [format, load] of [
  ["esm", (spec) => import(spec)],
  ["cjs", async (spec) => require(spec)],
]) {
  const root = await load(pkg.name);
  for (const subpath of subpaths) {
    const mod = await load(`${pkg.name}${subpath.slice(1)}`);
    for (const [name, value] of Object.entries(mod)) {
      if (name === "default" || name === "__esModule") continue;
      if (notInRoot.has(subpath) && name in root) problems.push(`${format} ${subpath}: ${name} is in the root too`);
      else if (!(name in root)) {
        if (!ownNamesAllowed.has(subpath)) problems.push(`${format} ${subpath}: ${name} is not exported by the root`);
      } else if (root[name] !== value) {
        problems.push(`${format} ${subpath}: ${name} is a different object from the root's`);
      }
    }
  }
}
for (const file of ["index.js", "index.cjs"]) {
  const code = readFileSync(new URL(`../dist/${file}`, import.meta.url), "utf8");
  if (/^(import\b.*\bfrom\s*['"]zod|.*\brequire\(['"]zod)/m.test(code)) problems.push(`dist/${file} loads zod`);
}
if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`subpaths: ${subpaths.length} subpaths × ESM and CJS share the root's objects`);
