// The runtime matrix: packs the package once, installs the tarball into compat/, and runs the same smoke scenario
// (smoke/scenario.mjs) on Node 24 and on the lowest Node that the root package.json's `engines` allows (ESM and
// CJS), Bun, Deno, workerd (miniflare) and headless Chromium, against the local OpenRouter (server.mjs). Prints
// `runtime | pass/fail | seconds` per runtime and a closing `compat: N passed, M failed`; exits non-zero on any
// failure. A runtime that cannot start is a failure.
//
// Usage, from the repo root: npm run test:compat      (root script: "test:compat": "node compat/run.mjs")
// COMPAT_ONLY=bun,deno limits the runtimes (the others are listed as skipped, never silently).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureChromium, installFolder, run, tail } from "./setup.mjs";

const compat = dirname(fileURLToPath(import.meta.url));
const root = resolve(compat, "..");
const rootNode = join(root, "node_modules/node/bin/node");

// The server imports test/server/*.ts (type stripping) and miniflare needs Node >= 22: run on the repo's Node 24
// (npm scripts put it first on PATH). Started with the machine's older node, hand over to that binary.
if (Number(process.versions.node.split(".")[0]) < 24) {
  if (existsSync(rootNode)) {
    const PATH = `${join(root, "node_modules/.bin")}:${process.env.PATH ?? ""}`;
    const child = spawn(rootNode, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: "inherit", env: { ...process.env, PATH } });
    child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  } else {
    console.error(`compat/run.mjs needs Node 24 (running ${process.versions.node}); run \`npm ci\` at the repo root, then \`npm run test:compat\`.`);
    process.exit(1);
  }
} else {
  process.exitCode = await main();
}

async function main() {
  const started = Date.now();
  const build = join(compat, ".build");
  const packDir = join(compat, ".pack");
  mkdirSync(build, { recursive: true });
  const env = { ...process.env, npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false" };
  const floor = enginesFloor();
  const floorFolder = join(build, `node-${floor}`);

  // 1. In parallel: the compat tools, the lowest Node, Chromium (apt) and the package tarball (npm pack builds).
  console.log(`compat: preparing (tools, Node ${floor}, Chromium, npm pack)`);
  const [tools, nodeFloor, chromium, pack] = await Promise.all([
    timed(() => installFolder(compat, env)),
    timed(() => installNode(floorFolder, floor, env)),
    timed(() => ensureChromium(build, env)),
    timed(async () => {
      rmSync(packDir, { recursive: true, force: true });
      mkdirSync(packDir);
      const out = await run("npm", ["pack", "--pack-destination", packDir], { cwd: root, env });
      if (out.code !== 0) throw new Error(`npm pack failed (exit ${out.code}):\n${tail(out.output, 40)}`);
      const tarballs = readdirSync(packDir).filter((name) => name.endsWith(".tgz"));
      if (tarballs.length !== 1) throw new Error(`npm pack left ${tarballs.length} tarballs in ${packDir}:\n${tail(out.output, 20)}`);
      return join(packDir, tarballs[0]);
    }),
  ]);
  for (const [name, step] of Object.entries({ "compat tools (npm install)": tools, [`node ${floor} (npm install)`]: nodeFloor, "chromium (apt)": chromium, "npm pack (build)": pack })) {
    const value = name.startsWith("npm pack") && !step.error ? basename(step.value) : step.value;
    console.log(`compat: setup ${name}: ${step.error ? "FAILED" : (value ?? "ok")} (${seconds(step.ms)} s)`);
    if (step.error && name !== "chromium (apt)") console.log(indent(step.error.message));
  }

  // 2. The tarball, as a user installs it (its dependencies come from the registry), without touching the lockfile.
  const install = await timed(async () => {
    if (tools.error || pack.error) throw new Error(`not installed: ${tools.error ? "the compat tools" : "npm pack"} failed (above)`);
    // npm skips a tarball whose integrity matches what it installed last, without looking at the files: start clean.
    rmSync(join(compat, "node_modules/openrouter-fetch"), { recursive: true, force: true });
    const out = await run("npm", ["install", "--no-save", "--no-audit", "--no-fund", pack.value], { cwd: compat, env });
    if (out.code !== 0) throw new Error(`npm install <tarball> failed (exit ${out.code}):\n${tail(out.output, 40)}`);
  });
  console.log(`compat: setup install tarball: ${install.error ? "FAILED" : "ok"} (${seconds(install.ms)} s)`);
  if (install.error) console.log(indent(install.error.message));

  // 3. The bundles for workerd and the page, from the installed package (esbuild lives in compat/node_modules).
  const [worker, page] = await Promise.all([
    timed(() => bundle("smoke/worker.mjs", join(build, "worker.js"), ["workerd", "worker", "browser"], "neutral")),
    timed(() => bundle("smoke/browser.mjs", join(build, "browser.js"), ["browser"], "browser")),
  ]);
  console.log(`compat: setup bundles: worker ${worker.error ? "FAILED" : "ok"}, page ${page.error ? "FAILED" : "ok"} (${seconds(Math.max(worker.ms, page.ms))} s)`);

  // 4. The runtimes, one after another (2 cores; each takes about a second).
  const { startCompatServer } = await import("./server.mjs");
  const server = await startCompatServer();
  const { BROWSER_STEPS, STEPS } = await import("./smoke/scenario.mjs");
  const bin = (path) => join(compat, path);
  const floorBin = join(floorFolder, "node_modules/.bin/node");
  // "22.12.0" runs as node22.12-esm and node22.12-cjs, and must report exactly that version.
  const floorName = `node${floor.replace(/\.0$/, "")}`;
  const floorVersion = new RegExp(`^node ${floor.replaceAll(".", "\\.")}$`);
  const runtimes = [
    { name: "node24-esm", command: [process.execPath, "--expose-gc", "smoke/node.mjs"], version: /^node 24\./ },
    { name: "node24-cjs", command: [process.execPath, "--expose-gc", "smoke/node.cjs"], version: /^node 24\./ },
    { name: `${floorName}-esm`, command: [floorBin, "--expose-gc", "smoke/node.mjs"], version: floorVersion, needs: nodeFloor },
    { name: `${floorName}-cjs`, command: [floorBin, "--expose-gc", "smoke/node.cjs"], version: floorVersion, needs: nodeFloor },
    { name: "bun", command: [bin("node_modules/.bin/bun"), "smoke/bun.ts"], version: /^bun / },
    {
      name: "deno",
      // Network to 127.0.0.1 only, no env, no prompt, no lockfile: the package must work with the least.
      command: [bin("node_modules/.bin/deno"), "run", "--allow-net=127.0.0.1", "--no-prompt", "--no-lock", "--v8-flags=--expose-gc", "smoke/deno.ts"],
      version: /^deno /,
      env: { DENO_NO_UPDATE_CHECK: "1", DENO_DIR: join(build, "deno-cache"), NO_COLOR: "1" },
    },
    { name: "workerd", command: [process.execPath, "smoke/workerd-host.mjs"], extra: [worker.value], needs: worker, version: /^workerd$/ },
    { name: "chromium", command: [process.execPath, "smoke/browser-host.mjs"], extra: [page.value], needs: chromium.error ? chromium : page, steps: BROWSER_STEPS, version: /Chrome\// },
  ];
  const only = process.env.COMPAT_ONLY?.split(",").map((s) => s.trim()).filter(Boolean);
  const width = Math.max(...runtimes.map((r) => r.name.length)) + 1;
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  try {
    for (const runtime of runtimes) {
      if (only && !only.includes(runtime.name)) {
        skipped++;
        console.log(`${runtime.name.padEnd(width)}| skip | COMPAT_ONLY=${process.env.COMPAT_ONLY}`);
        continue;
      }
      // Without the installed tarball nothing can run: every runtime fails, none is left out.
      const result = install.error
        ? { ok: false, ms: 0, details: [`cannot start: ${install.error.message.split("\n")[0]}`] }
        : await runRuntime(runtime, server.baseURL, runtime.steps ?? STEPS);
      if (result.ok) passed++;
      else failed++;
      console.log(`${runtime.name.padEnd(width)}| ${result.ok ? "pass" : "FAIL"} | ${seconds(result.ms).padStart(5)} s${result.note ? `  (${result.note})` : ""}`);
      for (const line of result.details) console.log(indent(line));
    }
  } finally {
    await server.close();
  }
  console.log(`compat: total ${seconds(Date.now() - started)} s`);
  console.log(`compat: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

/** Runs one runtime's smoke process and judges its result line. */
async function runRuntime(runtime, baseURL, steps) {
  const started = Date.now();
  if (runtime.needs?.error) return { ok: false, ms: 0, details: [`cannot start: ${runtime.needs.error.message}`] };
  const [file, ...args] = runtime.command;
  if (!existsSync(file)) return { ok: false, ms: 0, details: [`cannot start: ${file} is missing (did the npm install in compat/ run its install scripts?)`] };
  const out = await run(file, [...args, baseURL, ...(runtime.extra ?? [])], {
    cwd: compat,
    env: { ...process.env, ...runtime.env },
    timeoutMs: 120_000,
  });
  const ms = Date.now() - started;
  const details = [];
  const line = out.stdout.split("\n").reverse().find((l) => l.startsWith('{"compat":'));
  let report;
  try {
    report = line ? JSON.parse(line) : undefined;
  } catch {
    // reported below
  }
  if (!report) {
    details.push(out.timedOut ? "timed out after 120 s" : `no result line (exit ${out.code}${out.signal ? `, ${out.signal}` : ""})`);
    if (out.spawnError) details.push(`cannot start: ${out.spawnError.message}`);
    details.push(...tail(out.output, 25).split("\n"));
    return { ok: false, ms, details };
  }
  const byStep = new Map(report.compat.map((r) => [r.step, r]));
  for (const r of report.compat) if (!r.ok) details.push(`${r.step}: ${r.error}`);
  for (const step of steps) if (!byStep.has(step)) details.push(`${step}: did not run`);
  if (runtime.version && !runtime.version.test(String(report.runtime))) details.push(`ran on ${report.runtime}, expected ${runtime.version}`);
  // An uncaught error in the page fails the run even when every step passed; console errors only explain.
  for (const problem of report.pageErrors ?? []) details.push(`uncaught in the page: ${problem}`);
  if (out.code !== 0 && details.length === 0) details.push(`exit ${out.code}`);
  const ok = details.length === 0 && out.code === 0;
  if (!ok) for (const message of report.consoleErrors ?? []) details.push(`page console: ${message}`);
  if (!ok && out.stderr.trim()) details.push("stderr:", ...tail(out.stderr, 15).split("\n"));
  // What ran, and whether the scenario could force a GC before its abort (workerd exposes none).
  const note = `${String(report.runtime).match(/Chrome\/[\d.]+/)?.[0] ?? report.runtime}${report.gc ? ", gc" : ", no gc"}`;
  return { ok, ms, details, note };
}

/**
 * The lowest Node version the root package.json's `engines.node` allows: `>=22.12` gives "22.12.0". Only a plain
 * `>=` range is read; anything else stops the run rather than test a version engines does not name.
 */
function enginesFloor() {
  const range = String(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).engines?.node ?? "");
  const match = /^>=\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(range.trim());
  if (!match) throw new Error(`compat/run.mjs reads the lowest Node from a ">=X.Y.Z" engines.node; package.json has "${range}"`);
  return `${match[1]}.${match[2] ?? 0}.${match[3] ?? 0}`;
}

/** Node `version` from the npm package `node` (its preinstall fetches the binary), in a folder of its own. */
async function installNode(folder, version, env) {
  mkdirSync(folder, { recursive: true });
  const manifest = { name: "openrouter-fetch-compat-node", private: true, dependencies: { node: version }, allowScripts: { node: true } };
  writeFileSync(join(folder, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return installFolder(folder, env);
}

async function bundle(entry, outfile, conditions, platform) {
  const esbuild = await import("esbuild");
  await esbuild.build({
    entryPoints: [join(compat, entry)],
    outfile,
    bundle: true,
    format: "esm",
    platform,
    conditions,
    mainFields: ["browser", "module", "main"],
    target: "es2022",
    logLevel: "silent",
  });
  return outfile;
}

async function timed(work) {
  const started = Date.now();
  try {
    return { value: await work(), ms: Date.now() - started };
  } catch (error) {
    return { error, ms: Date.now() - started };
  }
}

function seconds(ms) {
  return (ms / 1000).toFixed(1);
}

function indent(text) {
  return text
    .split("\n")
    .map((l) => `    ${l}`)
    .join("\n");
}
