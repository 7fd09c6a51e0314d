// Runs every examples/*.ts as a user would (`node examples/x.ts`: Node 24 strips the types, and the import of
// "openrouter-fetch" resolves to the built package through package.json "exports"), against the local OpenRouter
// (scripts/example-server.mjs). Builds nothing: run `npm run build` first (CI does).
//
// Each example runs twice, each run in its own process, its own temporary working directory (TMPDIR too, so the
// files examples save land there and are deleted afterwards) and with a time limit:
//   1. against the local server (OPENROUTER_BASE_URL=<local>/api/v1, OPENROUTER_API_KEY=sk-or-v1-local; other
//      OPENROUTER_* variables removed): it must exit 0, write nothing to stderr, and print what `expected` lists;
//   2. with no OPENROUTER_* variable at all: it must exit 0 and say what it needs (OPENROUTER_API_KEY). Examples
//      that need neither key nor server (the public model catalog) are not run this way: that would go online.
// Prints `name | pass/FAIL | seconds` per example (reasons under a failure) and `examples: N passed, M failed`;
// exits non-zero on any failure.
//
// Usage: npm run examples              (root script: "examples": "node scripts/run-examples.mjs")
//        npm run examples -- tools chat   (only these)
// EXAMPLE_TIMEOUT=<ms> changes the per-run limit (default 30000).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runCommand as run } from "./run-command.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repoNode = join(root, "node_modules/node/bin/node");

/**
 * What each example must print against the local server (see example-replies.mjs for the scripted answers), and
 * how it runs. An example not listed here still runs and must exit 0 without stderr.
 */
const expected = {
  "cascade.ts": { stdout: [/^Classified by openai\/gpt-4\.1-nano:/m, /^ {2}complex → moonshotai\/kimi-k2\.5/m, /answered: The capital of Australia is Canberra\./] },
  "chat.ts": { stdout: [/Rayleigh scattering/, /^model: openai\/gpt-4\.1-nano via Local mock, cost: \$0\.\d+, generation: gen-local-/m] },
  "images-flux.ts": { stdout: [/^refused before sending: black-forest-labs\/flux\.2-pro outputs images only/m, /^saved .*flux-1\.png \(image\/png, \d+ bytes\)/m, /^saved .*flux-2\.png \(image\/png, \d+ bytes\)/m] },
  "images-gemini.ts": { stdout: [/^saved .*gemini-1\.png \(image\/png, \d+ bytes\)/m, /^model: google\/gemini-2\.5-flash-image, cost: \$/m] },
  "images-native.ts": { stdout: [/^bytedance-seed\/seedream-4\.5: resolution 1K\/2K\/4K, streaming no$/m, /^saved .*native-1\.png \(image\/png, \d+ bytes\)/m, /^cost: \$0\.04$/m, /^preview 0 arrived$/m, /^streamed: 1 preview\(s\), then .*streamed\.png \(image\/png\)$/m] },
  // The catalog is public: no key, to show that none is needed.
  "models.ts": { stdout: [/^Models that take images and support tools: 1\./m, /^openai\/gpt-4\.1-nano +in \$ +0\.10 +out \$ +0\.40/m], noKey: true, public: true },
  // Datasets with the inference key, workspaces with a management key: `alsoKeyVar` sets a second key.
  "platform.ts": { stdout: [/^Top coding apps: 1\. Cline, 2\. Roo Code/m, /^ {2}production: monthly \$100; 1 member\(s\)/m], alsoKeyVar: "OPENROUTER_MANAGEMENT_KEY" },
  // Management calls: the management key, not the inference key.
  "provision-keys.ts": {
    stdout: [/^created My New API Key \(f01d5260…\), limit \$50\.00 monthly; its secret sk-or-v1-d35… is shown once/m, /^1 key\(s\):$/m, /^My Production Key +used \$25\.50 of \$100\.00/m, /^revoked: true$/m],
    keyVar: "OPENROUTER_MANAGEMENT_KEY",
  },
  // A guardrail assigned to a new key: management calls only.
  "guardrails.ts": {
    stdout: [/^guardrail My New Guardrail: \$50 monthly, providers openai, anthropic, google$/m, /^assigned to 3 key\(s\)$/m, /^ {2}applies to Production Key \(prod-key\)$/m, /^guardrail deleted: true$/m],
    keyVar: "OPENROUTER_MANAGEMENT_KEY",
  },
  "presets.ts": { stdout: [/^Preset my-preset: version 1, model openai\/gpt-5\.4$/m, /^ {2}v1: You are a helpful assistant\.$/m, /Rayleigh scattering/] },
  "rerank.ts": { stdout: [/^#0 0\.98 Paris is the capital of France\.$/m, /^model: cohere\/rerank-v3\.5, search units: 1$/m] },
  "routing.ts": { stdout: [/"data_collection": "deny"/, /^served by openai\/gpt-oss-120b via Local mock/m] },
  "stream.ts": { stdout: [/^and JSON comes back full of dreams\./m, /^stop; \d+ prompt \+ \d+ completion tokens; cost \$0\.\d+; gen-local-/m] },
  "structured-json.ts": { stdout: [/^Tokyo Japan 14187176$/m] },
  "structured-output.ts": { stdout: [/^Tokyo \(Japan\): 14,187,176 people; see Senso-ji, Tokyo Skytree, Meiji Shrine\./m, /^```json$/m, /^Paris has 3 landmarks listed\./m] },
  "tools.ts": {
    stdout: [
      /^ {2}\[step 0\] get_weather\(\{"city":"Tokyo"\}\) -> \{"city":"Tokyo","celsius":24/m,
      /^ {2}\[step 2\] calculator\(\{"operation":"multiply","a":6,"b":1\.8\}\) -> \{"value":10\.8\}/m,
      /a difference of 10\.8 °F\./,
      /^4 requests, \d+ tokens, \$0\.\d+; stopped by answer/m,
      /^<- \{"value":256\}/m,
      /^\(2 requests\)/m,
    ],
  },
  "responses.ts": { stdout: [/^Why did the chicken cross the road\?/m, /^status: completed, 30 tokens, generation: gen-local-response/m, /^second turn: Why did the chicken/m] },
  "messages.ts": { stdout: [/^streamed: end_turn$/m, /^Hello! I'm doing well/m, /^stop: end_turn; 12 in \+ 15 out tokens; model claude-sonnet-4-5-20250929; generation: gen-local-message/m] },
  "transcript.ts": { stdout: [/^text: Hello, this is a test of OpenAI speech-to-text transcription\.$/m, /^ {2}\[0\.0–3\.2 s\] Hello there\.$/m, /^9\.2 s of audio, cost: \$0\.000508$/m] },
  "upload-then-chat.ts": { stdout: [/^uploaded document\.pdf as or_file_011CNha8iCJcU1wXNR6q4V8w \(application\/pdf, 1024000 bytes\)$/m, /^The document is a one-page PDF/m, /^deleted or_file_011CNha8iCJcU1wXNR6q4V8w$/m] },
  "video.ts": { stdout: [/^job job-abc123: pending after 0 s$/m, /^job job-abc123: completed after \d+ s$/m, /^saved .*video\.mp4 \(video\/mp4, 16 bytes\), cost: \$0\.5$/m] },
  "voice-over.ts": { stdout: [/^saved .*voice-over\.wav \(audio\/wav, 1644 bytes\), generation: gen-local-tts$/m] },
  "vision.ts": { stdout: [/received 1 image: image\/png, 79 bytes, detail low/] },
};

if (Number(process.versions.node.split(".")[0]) < 24) {
  // The examples are .ts files run by Node's type stripping, and the server imports a .ts file too.
  if (existsSync(repoNode)) {
    const child = spawn(repoNode, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: "inherit" });
    child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  } else {
    console.error(`run-examples needs Node 24 (running ${process.versions.node}): run \`npm ci\` at the repo root, then \`npm run examples\`.`);
    process.exit(1);
  }
} else {
  process.exitCode = await main();
}

async function main() {
  if (!existsSync(join(root, "dist/index.js"))) {
    console.error("examples: dist/ is missing; the examples import the built package. Run `npm run build` first.");
    return 1;
  }
  const only = process.argv.slice(2).map((name) => (name.endsWith(".ts") ? name : `${name}.ts`));
  const names = readdirSync(join(root, "examples"))
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".d.ts"))
    .filter((name) => only.length === 0 || only.includes(name))
    .sort();
  if (names.length === 0) {
    console.error(`examples: nothing to run${only.length ? ` (asked for ${only.join(", ")})` : ""}`);
    return 1;
  }
  const timeoutMs = Number(process.env.EXAMPLE_TIMEOUT ?? 30_000);
  const work = mkdtempSync(join(tmpdir(), "openrouter-examples-"));
  const { startExampleServer } = await import("./example-server.mjs");
  const server = await startExampleServer();
  // Only the SDK's variables are removed: PATH, HOME and the rest stay as they are.
  const baseEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("OPENROUTER_")));
  let passed = 0;
  let failed = 0;
  try {
    for (const name of names) {
      const spec = expected[name] ?? { stdout: [] };
      const file = join(root, "examples", name);
      const problems = [];
      const started = Date.now();

      const dir = join(work, name.replace(/\.ts$/, ""));
      mkdirSync(join(dir, "tmp"), { recursive: true });
      // `keyVar`: the variable the example needs instead of OPENROUTER_API_KEY (the platform examples: a management key).
      const keyVar = spec.keyVar ?? "OPENROUTER_API_KEY";
      const localEnv = { ...baseEnv, TMPDIR: join(dir, "tmp"), OPENROUTER_BASE_URL: server.baseURL, ...(spec.noKey ? {} : { [keyVar]: "sk-or-v1-local" }), ...(spec.alsoKeyVar ? { [spec.alsoKeyVar]: "sk-or-v1-local-2" } : {}) };
      const requestsBefore = server.requests.length;
      const local = await run(process.execPath, [file], { cwd: dir, env: localEnv, timeoutMs });
      problems.push(...judge("local server", local, timeoutMs));
      const warnings = local.stderr.split("\n").filter((line) => line.trim() && !/ExperimentalWarning|--trace-warnings/.test(line));
      if (local.code === 0 && warnings.length) problems.push("local server: wrote to stderr", ...tail(warnings.join("\n"), 10));
      for (const pattern of spec.stdout) if (!pattern.test(local.stdout)) problems.push(`local server: output lacks ${pattern}`);
      // Every listed example calls the API; one that sent nothing did not run what it shows.
      if (expected[name] && server.requests.length === requestsBefore) problems.push("local server: no request reached it");
      if (problems.length && local.stdout.trim()) problems.push("stdout:", ...tail(local.stdout, 15));

      if (!spec.public) {
        const bare = await run(process.execPath, [file], { cwd: dir, env: { ...baseEnv, TMPDIR: join(dir, "tmp") }, timeoutMs });
        const bareProblems = judge("no key, no server", bare, timeoutMs);
        if (!bareProblems.length && !bare.stdout.includes(keyVar)) bareProblems.push(`no key, no server: did not say that it needs ${keyVar}`);
        if (bareProblems.length) problems.push(...bareProblems, ...(bare.stdout.trim() ? ["stdout:", ...tail(bare.stdout, 8)] : []));
      }

      const ok = problems.length === 0;
      if (ok) passed++;
      else failed++;
      console.log(`${name.padEnd(22)}| ${ok ? "pass" : "FAIL"} | ${((Date.now() - started) / 1000).toFixed(1).padStart(4)} s${expected[name] ? "" : "  (no expectations listed in scripts/run-examples.mjs)"}`);
      for (const line of problems) console.log(`    ${line}`);
    }
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`examples: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

/** Exit status and time limit of one run, as problems. */
function judge(label, out, timeoutMs) {
  if (out.spawnError) return [`${label}: cannot start: ${out.spawnError.message}`];
  if (out.timedOut) return [`${label}: still running after ${timeoutMs} ms (killed)`, ...tail(out.stderr, 10)];
  if (out.code !== 0) return [`${label}: exit ${out.code}${out.signal ? ` (${out.signal})` : ""}`, ...tail(out.stderr, 15)];
  return [];
}


function tail(text, lines) {
  return text
    .split("\n")
    .filter((line) => line.trim())
    .slice(-lines);
}
