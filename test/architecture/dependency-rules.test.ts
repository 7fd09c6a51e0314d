import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type ICruiseOptions, type ICruiseResult, type IViolation, cruise } from "dependency-cruiser";
import extractDepcruiseOptions from "dependency-cruiser/config-utl/extract-depcruise-options";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * A small SDK-shaped tree that breaks each rule once, and keeps to the rules elsewhere (core/transport.ts imports
 * ky, chat/ imports models/ and postprocess/ along declared arrows), so that a rule firing too often shows too.
 */
const planted: Record<string, string> = {
  "node_modules/ky/package.json": JSON.stringify({ name: "ky", type: "module", exports: { ".": { import: "./index.js" } } }),
  "node_modules/ky/index.js": "export default function ky() {}\n",
  "src/index.ts": 'export { open } from "./openrouter.js";\n',
  "src/openrouter.ts": [
    'import { chat } from "./chat/chat.js";',
    'import { key } from "./account/key.js";',
    'import { speak } from "./audio/speak.js";',
    'import { run } from "./tools/run.js";',
    "export const open = [chat, key, speak, run];",
  ].join("\n"),
  "src/types/wire.ts": 'import type { Helper } from "../util/helper.js";\nexport interface Wire { helper?: Helper }\n',
  "src/util/helper.ts": 'import { fail } from "../errors/fail.js";\nexport type Helper = string;\nexport const helper = fail;\n',
  "src/util/unused.ts": "export const unused = 1;\n",
  "src/errors/fail.ts": 'import { send } from "../core/transport.js";\nexport const fail = send;\n',
  "src/core/transport.ts": 'import ky from "ky";\nexport const send = ky;\n',
  "src/core/client.ts": 'import { list } from "../models/list.js";\nexport const client = list;\n',
  "src/streaming/reader.ts": 'import { list } from "../models/list.js";\nexport const reader = list;\n',
  "src/models/list.ts": [
    'import { send } from "../core/transport.js";',
    'import type { A } from "./cycle-a.js";',
    "export const list = (a?: A) => [send, a];",
  ].join("\n"),
  "src/models/cycle-a.ts": 'import type { B } from "./cycle-b.js";\nexport interface A { b?: B }\n',
  "src/models/cycle-b.ts": 'import type { A } from "./cycle-a.js";\nexport interface B { a?: A }\n',
  "src/postprocess/fix.ts": 'import { list } from "../models/list.js";\nexport const fix = list;\n',
  "src/chat/chat.ts": [
    'import ky from "ky";',
    'import type { Wire } from "../types/wire.js";',
    'import { client } from "../core/client.js";',
    'import { reader } from "../streaming/reader.js";',
    'import { list } from "../models/list.js";',
    'import { fix } from "../postprocess/fix.js";',
    'import { missing } from "./missing.js";',
    "export const chat = (wire: Wire) => [ky, wire, client, reader, list, fix, missing];",
  ].join("\n"),
  "src/account/key.ts": 'import { chat } from "../chat/chat.js";\nexport const key = chat;\n',
  "src/audio/speak.ts": 'import { chat } from "../chat/chat.js";\nexport const speak = chat;\n',
  "src/tools/run.ts": 'import { list } from "../models/list.js";\nexport const run = list;\n',
  "src/testing/mock.ts": 'import { send } from "../core/transport.js";\nimport { list } from "../models/list.js";\nexport const mock = [send, list];\n',
  "src/rerank/rank.ts": 'import { mock } from "../testing/mock.js";\nexport const rank = mock;\n',
  "src/images/gen.ts": 'import { open } from "../openrouter.js";\nimport * as root from "../index.js";\nexport const gen = [open, root];\n',
};

/** Each violation the planted tree must produce, as "rule: from -> to", and no other. A cycle is reported once. */
const expected = [
  "types-import-nothing: src/types/wire.ts -> src/util/helper.ts",
  "util-only-types: src/util/helper.ts -> src/errors/fail.ts",
  "errors-only-types-util: src/errors/fail.ts -> src/core/transport.ts",
  "core-only-types-util-errors: src/core/client.ts -> src/models/list.ts",
  "ky-only-in-transport: src/chat/chat.ts -> node_modules/ky/index.js",
  "streaming-only-core-and-below: src/streaming/reader.ts -> src/models/list.ts",
  "feature-to-undeclared-feature: src/tools/run.ts -> src/models/list.ts",
  "feature-to-undeclared-feature: src/account/key.ts -> src/chat/chat.ts",
  "feature-to-undeclared-feature: src/audio/speak.ts -> src/chat/chat.ts",
  "plain-data-never-reaches-core: src/postprocess/fix.ts -> src/core/transport.ts",
  "standalone-imported-by-nothing: src/rerank/rank.ts -> src/testing/mock.ts",
  "feature-to-undeclared-feature: src/rerank/rank.ts -> src/testing/mock.ts",
  "standalone-only-infrastructure: src/testing/mock.ts -> src/models/list.ts",
  "feature-to-undeclared-feature: src/testing/mock.ts -> src/models/list.ts",
  "facade-only-from-index: src/images/gen.ts -> src/openrouter.ts",
  "index-is-the-top: src/images/gen.ts -> src/index.ts",
  "no-circular: src/models/cycle-a.ts -> src/models/cycle-b.ts",
  "no-orphans: src/util/unused.ts -> src/util/unused.ts",
  "no-unresolvable: src/chat/chat.ts -> ./missing.js",
];

let options: ICruiseOptions;
let plantedDir: string;

beforeAll(async () => {
  options = await extractDepcruiseOptions(join(repoRoot, ".dependency-cruiser.cjs"));
  plantedDir = mkdtempSync(join(tmpdir(), "depcruise-planted-"));
  for (const [path, text] of Object.entries(planted)) {
    mkdirSync(dirname(join(plantedDir, path)), { recursive: true });
    writeFileSync(join(plantedDir, path), text);
  }
});

afterAll(() => {
  if (plantedDir) rmSync(plantedDir, { recursive: true, force: true });
});

async function cruiseSrc(baseDir: string): Promise<ICruiseResult> {
  const { output } = await cruise(["src"], { ...options, baseDir });
  return output as ICruiseResult;
}

const describeViolation = (v: IViolation) => `${v.rule.name}: ${v.from} -> ${v.to}`;

describe("the dependency rules (.dependency-cruiser.cjs)", () => {
  it("hold for src/, type-only imports included", async () => {
    const result = await cruiseSrc(repoRoot);
    expect(result.summary.violations.map(describeViolation)).toEqual([]);
    // Proof that the cruise saw the code: a type-only import from the core into the shared types.
    const options_ = result.modules.find((m) => m.source === "src/core/options.ts");
    expect(options_?.dependencies.map((d) => d.resolved)).toContain("src/types/post-processor.ts");
  });

  it("fire on a planted tree exactly where it breaks them", async () => {
    const result = await cruiseSrc(plantedDir);
    expect(result.summary.violations.map(describeViolation).sort()).toEqual([...expected].sort());
  });

  it("each have a planted case, so that a rule that stops firing is noticed", () => {
    const names = new Set((options.ruleSet?.forbidden ?? []).map((rule) => rule.name));
    const planted = new Set(expected.map((line) => line.split(":")[0]));
    expect([...names].sort()).toEqual([...planted].sort());
  });
});
