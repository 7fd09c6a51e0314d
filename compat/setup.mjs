// What compat/run.mjs (the runtime matrix) and compat/screenshots.mjs (the docs site in Chromium) both need: this
// folder's tools installed from its lockfile, and Debian's Chromium.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCommand } from "../scripts/run-command.mjs";

export const compat = dirname(fileURLToPath(import.meta.url));

/** {@link runCommand} from the compat folder by default. */
export function run(file, args, options = {}) {
  return runCommand(file, args, { cwd: compat, ...options });
}

/** `npm install` in a folder unless its node_modules matches its lockfile already (a stamp of both files). */
export async function installFolder(folder, env) {
  const stampFile = join(folder, "node_modules/.compat-stamp");
  const stamp = () =>
    createHash("sha256")
      .update(readFileSync(join(folder, "package.json")))
      .update(existsSync(join(folder, "package-lock.json")) ? readFileSync(join(folder, "package-lock.json")) : "")
      .digest("hex");
  if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp()) return "cached";
  // npm install, not npm ci: the registry mirror lacks some of deno's and workerd's other-platform packages,
  // which npm ci would insist on.
  const out = await run("npm", ["install", "--no-audit", "--no-fund"], { cwd: folder, env });
  if (out.code !== 0) throw new Error(`npm install in ${folder} failed (exit ${out.code}):\n${tail(out.output, 40)}`);
  writeFileSync(stampFile, stamp());
  return "installed";
}

/** Debian's Chromium at /usr/bin/chromium, installed with apt-get when missing (CI runs as root). */
export async function ensureChromium(build, env) {
  const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(path)) return "present";
  if (process.getuid?.() !== 0) throw new Error(`${path} is missing and this is not root: apt-get install -y chromium, then rerun`);
  const aptEnv = { ...env, DEBIAN_FRONTEND: "noninteractive" };
  const log = [];
  for (const args of [["update"], ["install", "-y", "chromium"]]) {
    const out = await run("apt-get", args, { env: aptEnv, timeoutMs: 600_000 });
    log.push(out.output);
    if (out.code !== 0) {
      writeFileSync(join(build, "apt.log"), log.join("\n"));
      throw new Error(`apt-get ${args.join(" ")} failed (exit ${out.code}):\n${tail(out.output, 20)}`);
    }
  }
  if (!existsSync(path)) throw new Error(`apt-get install chromium succeeded but ${path} does not exist`);
  return "installed";
}

/** The last `lines` non-empty lines of a command's output (npm's nodedir notice left out). */
export function tail(text, lines) {
  return text
    .split("\n")
    .filter((l) => l.trim() && !l.includes('Unknown user config "nodedir"'))
    .slice(-lines)
    .join("\n");
}
