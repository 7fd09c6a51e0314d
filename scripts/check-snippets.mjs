// Type-checks the TypeScript snippets a user may copy: every ```ts block of a TSDoc @example in src/, and every
// self-contained ```ts block of docs/*.md and README.md (one that imports openrouter-fetch and nothing but node:
// modules, zod, vitest (docs/testing.md), and the packages the hooks recipes use: ky, undici, @opentelemetry/api; continuation fragments and the other clients' code in the migration guides are not programs).
// Each snippet becomes a module with "openrouter-fetch" mapped to src/, as the examples are. Prints the failures
// with their origin; exits 1 on any. Usage: node scripts/check-snippets.mjs
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, ".snippets");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const files = (dir, ext) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : path.endsWith(ext) ? [path] : [];
  });

const snippets = [];
const fence = /```(?:ts|typescript)\n([\s\S]*?)```/g;
for (const file of files(join(root, "src"), ".ts")) {
  const text = readFileSync(file, "utf8");
  for (const comment of text.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    const body = comment.split("\n").map((line) => line.replace(/^\s*\*( |$)/, "")).join("\n");
    for (const match of body.matchAll(fence)) snippets.push({ origin: relative(root, file), code: match[1] });
  }
}
const selfContained = (code) => {
  const sources = [...code.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]);
  return sources.some((s) => s.startsWith("openrouter-fetch")) && sources.every((s) => /^(openrouter-fetch|node:|zod|ky$|undici$|@opentelemetry\/api$|vitest$)/.test(s));
};
let skipped = 0;
for (const file of [...files(join(root, "docs"), ".md").filter((f) => !f.includes(`${join("docs", "api")}`)), join(root, "README.md")]) {
  for (const match of readFileSync(file, "utf8").matchAll(fence)) {
    if (selfContained(match[1])) snippets.push({ origin: relative(root, file), code: match[1], guide: true });
    else skipped++;
  }
}

const names = [];
// The guides' convention: a snippet may use the `client` (and `answer`, `params`, `models`) of the blocks before it.
const prelude = {
  client: 'declare const client: import("openrouter-fetch").Client;',
  answer: 'declare const answer: import("openrouter-fetch").ChatStream;',
  params: 'declare const params: import("openrouter-fetch").ChatParams;',
  models: 'declare const models: import("openrouter-fetch").Model[];',
};
snippets.forEach(({ origin, code, guide }, i) => {
  const name = `s${String(i).padStart(4, "0")}.ts`;
  names.push(name);
  const declared = (id) =>
    new RegExp(`\\b(const|let|var)\\s+${id}\\b|\\b(const|let|var)\\s+\\{[^}]*\\b${id}\\b[^}]*\\}\\s*=|\\bfunction\\s+${id}\\b|\\bimport\\s*\\{[^}]*\\b${id}\\b`).test(code);
  const lines = guide ? Object.entries(prelude).filter(([id]) => new RegExp(`\\b${id}\\b`).test(code) && !declared(id)).map(([, d]) => d) : [];
  // One line per prelude entry, all on the first line so error line numbers stay those of the snippet.
  // `export {}` makes each snippet a module (top-level await, no clashes between snippets).
  writeFileSync(join(out, name), `/* ${origin} */ ${lines.join(" ")}\n${code}\nexport {};\n`);
});
writeFileSync(
  join(out, "tsconfig.json"),
  JSON.stringify({
    extends: "../tsconfig.json",
    compilerOptions: {
      rootDir: "..",
      noUnusedLocals: false,
      paths: {
        "openrouter-fetch": ["../src/index.ts"],
        // The mock's entries are not index.ts files (see tsup.config.ts).
        "openrouter-fetch/testing": ["../src/testing/testing.ts"],
        "openrouter-fetch/testing/node": ["../src/testing/node.ts"],
        "openrouter-fetch/*": ["../src/*/index.ts"],
      },
    },
    include: ["./*.ts"],
  }),
);
let failed = 0;
try {
  execFileSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", join(out, "tsconfig.json"), "--noEmit"], { stdio: "pipe" });
} catch (error) {
  const lines = String(error.stdout).split("\n").filter((l) => l.startsWith(".snippets/") || /^s\d{4}\.ts/.test(l) || l.includes(".snippets"));
  const byFile = new Map();
  for (const line of String(error.stdout).split("\n")) {
    const m = /(s\d{4}\.ts)\((\d+),\d+\): (error .*)/.exec(line);
    if (m) (byFile.get(m[1]) ?? byFile.set(m[1], []).get(m[1])).push(`  line ${Number(m[2]) - 1}: ${m[3]}`);
  }
  failed = byFile.size;
  for (const [name, errors] of byFile) {
    const origin = /^\/\* (.*?) \*\//.exec(readFileSync(join(out, name), "utf8"))?.[1];
    console.log(`${origin} (${name})\n${errors.join("\n")}`);
  }
  if (byFile.size === 0) console.log(lines.join("\n") || String(error.stdout));
}
console.log(`snippets: ${snippets.length - failed} passed, ${failed} failed (${skipped} guide fragments not checked)`);
if (failed === 0) rmSync(out, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
