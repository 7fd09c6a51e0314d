// Runs the example test project (examples/testing/: an app's node:test suite on openrouter-fetch/testing) against
// the packed package, the way a user installs it: `npm pack` into examples/testing/.pack/openrouter-fetch.tgz (the
// name its package.json depends on), `npm install` there, `npm test`. Exits with the tests' code.
// Usage, from the repo root: node scripts/test-example-project.mjs   (CI: .ci/run)
import { mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runCommand } from "./run-command.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const project = join(root, "examples/testing");
const pack = join(project, ".pack");
const env = { ...process.env, npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false" };

async function step(what, file, args, cwd) {
  const out = await runCommand(file, args, { cwd, env, timeoutMs: 300_000 });
  if (out.code !== 0) {
    console.error(`examples/testing: ${what} failed (exit ${out.code}${out.timedOut ? ", timed out" : ""}):\n${out.output.split("\n").slice(-40).join("\n")}`);
    process.exit(1);
  }
  return out;
}

rmSync(pack, { recursive: true, force: true });
mkdirSync(pack);
await step("npm pack", "npm", ["pack", "--pack-destination", pack], root);
const [tarball] = readdirSync(pack).filter((name) => name.endsWith(".tgz"));
renameSync(join(pack, tarball), join(pack, "openrouter-fetch.tgz"));
// A fresh install each time: `file:` tarballs are cached by integrity, and the tarball changes with every build.
rmSync(join(project, "node_modules"), { recursive: true, force: true });
await step("npm install", "npm", ["install", "--no-package-lock", "--prefer-offline"], project);
const tests = await step("npm test", "npm", ["test"], project);
console.log(tests.output.split("\n").filter((line) => /^(ℹ|#) (tests|pass|fail) /.test(line)).join("\n"));
console.log("examples/testing: passed against the packed tarball");
