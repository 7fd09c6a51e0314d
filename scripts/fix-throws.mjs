// TypeDoc drops a bare type from `@throws {ValidationError} when…` (the braces are not TSDoc), so the "Throws"
// section would not say which class. This rewrites the old form in src/ to `@throws {@link ValidationError} when…`:
// a class the SDK exports gets a link; `{never}` becomes "nothing"; any other name (a global such as TypeError,
// which has no page to link to) is kept as code. Re-runnable: the new form is left as it is.
// Usage: node scripts/fix-throws.mjs          rewrites the files in place and says how many tags it changed
//        node scripts/fix-throws.mjs --check  changes nothing; lists every old-form tag and exits 1 if there is one
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
const sources = files(join(root, "src"));

// The classes a `{@link}` can resolve to: every exported class of src/ (the error classes among them).
const classes = new Set(sources.flatMap((file) => [...readFileSync(file, "utf8").matchAll(/export (?:abstract )?class (\w+)/g)].map((m) => m[1])));

// `@throws {A}` or `@throws {A | B}`, but not `@throws {@link A}`.
const oldForm = /@throws \{(?!@link)([^}]*)\}/g;
const rewrite = (inner) => {
  const names = inner.split("|").map((name) => name.trim()).filter(Boolean);
  if (names.length === 1 && names[0] === "never") return "@throws nothing";
  const named = names.map((name) => (classes.has(name) ? `{@link ${name}}` : `\`${name}\``));
  return `@throws ${named.join(" or ")}`;
};

let changed = 0;
const found = [];
for (const file of sources) {
  const text = readFileSync(file, "utf8");
  if (text.search(oldForm) === -1) continue;
  text.split("\n").forEach((line, i) => {
    for (const match of line.matchAll(oldForm)) found.push(`${relative(root, file)}:${i + 1}: ${match[0]}`);
  });
  if (check) continue;
  const next = text.replace(oldForm, (_, inner) => {
    changed++;
    return rewrite(inner);
  });
  writeFileSync(file, next);
}

if (check) {
  if (found.length > 0) {
    console.error(`${found.length} @throws tag(s) in the old form, whose class TypeDoc drops; run node scripts/fix-throws.mjs:`);
    for (const line of found) console.error(`  ${line}`);
    process.exit(1);
  }
  console.log("every @throws tag names its class in a form TypeDoc renders");
} else {
  console.log(`${changed} @throws tag(s) rewritten`);
}
