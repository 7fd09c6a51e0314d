// The release gate. A version is published only when package.json, the changelog and (in CI) the tag agree:
// - package.json's version is a semver version,
// - CHANGELOG.md has a release section `## [x.y.z] - YYYY-MM-DD` for it, with at least one entry (the Unreleased
//   section alone is not a release: its entries must be moved under the version's heading first),
// - the tag, when there is one (--tag v1.2.3, or GITHUB_REF_NAME on a tag push), is `v` + that version.
// With --run-checks it then runs, in order, the checks a publish must not skip: typecheck, tests, build, bundle
// sizes, publint --strict and attw. It never publishes: package.json's prepublishOnly runs it before `npm publish`,
// and .github/workflows/release.yml runs it on a version tag.
// Usage: node scripts/check-release.mjs [--tag v1.2.3] [--dir <project folder>] [--run-checks]. Exits 1 on a problem.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const semver = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-.]+)?$/;
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// A real calendar day: 2026-02-30 is refused, which a bare pattern would let through.
const isDay = (text) => {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
};

/** Every reason the version cannot be released, as sentences; empty when it can. */
export function releaseProblems({ version, changelog, tag }) {
  const problems = [];
  if (typeof version !== "string" || !semver.test(version)) {
    problems.push(`package.json's version ${JSON.stringify(version)} is not a semver version (x.y.z)`);
    return problems;
  }
  if (tag !== undefined && tag !== `v${version}`) {
    problems.push(`the tag ${tag} does not match package.json's version ${version} (expected the tag v${version})`);
  }
  const lines = changelog.split(/\r?\n/);
  const headingOf = new RegExp(`^##\\s+\\[?v?${escape(version)}\\]?(?:\\s|$)`);
  const at = lines.findIndex((line) => headingOf.test(line));
  if (at === -1) {
    problems.push(
      `CHANGELOG.md has no release section for ${version}: move the Unreleased entries under "## [${version}] - YYYY-MM-DD"`,
    );
    return problems;
  }
  const heading = lines[at];
  const form = heading.match(new RegExp(`^## \\[${escape(version)}\\] - (\\d{4}-\\d{2}-\\d{2})$`));
  if (!form) {
    problems.push(`CHANGELOG.md's heading "${heading}" is not in the form "## [${version}] - YYYY-MM-DD"`);
  } else if (!isDay(form[1])) {
    problems.push(`CHANGELOG.md's heading "${heading}" has no real date (${form[1]})`);
  }
  const next = lines.findIndex((line, index) => index > at && /^## /.test(line));
  const body = lines.slice(at + 1, next === -1 ? undefined : next);
  if (!body.some((line) => /^\s*[-*] \S/.test(line))) {
    problems.push(`CHANGELOG.md's section for ${version} lists no change`);
  }
  return problems;
}

// What `npm publish` must not skip, each an npm script of package.json.
const checks = [
  ["typecheck", ["run", "-s", "typecheck"]],
  ["tests", ["test"]],
  ["build", ["run", "-s", "build"]],
  ["bundle sizes", ["run", "-s", "size"]],
  ["publint --strict and attw --pack", ["run", "-s", "lint:package"]],
];

function main() {
  const { values } = parseArgs({
    options: { tag: { type: "string" }, dir: { type: "string" }, "run-checks": { type: "boolean" } },
  });
  const dir = resolve(values.dir ?? join(dirname(fileURLToPath(import.meta.url)), ".."));
  const onTag = process.env.GITHUB_REF_TYPE === "tag" ? process.env.GITHUB_REF_NAME : undefined;
  const tag = values.tag ?? onTag;
  const { version } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const problems = releaseProblems({ version, changelog: readFileSync(join(dir, "CHANGELOG.md"), "utf8"), tag });
  if (problems.length > 0) {
    for (const problem of problems) console.error(`check-release: ${problem}`);
    process.exit(1);
  }
  console.log(`check-release: ${version} is ready${tag === undefined ? "" : ` (tag ${tag})`}`);
  if (!values["run-checks"]) return;
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  for (const [name, args] of checks) {
    console.log(`check-release: ${name}`);
    const { status } = spawnSync(npm, args, { cwd: dir, stdio: "inherit" });
    if (status !== 0) {
      console.error(`check-release: ${name} failed; nothing may be published`);
      process.exit(1);
    }
  }
  console.log("check-release: every check passed");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
