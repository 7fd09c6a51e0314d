// The release gate (scripts/check-release.mjs), run as the release workflow and prepublishOnly run it: a tag and
// a changelog that do not agree with package.json must stop a publish, with a message that says what to fix.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const script = join(import.meta.dirname, "../../scripts/check-release.mjs");
const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const header = `# Changelog

All notable changes to this project are documented here. The format follows
[Keep a Changelog](https://keepachangelog.com/en/1.1.0/).
`;

function project(version: string, changelog: string): string {
  const dir = mkdtempSync(join(tmpdir(), "check-release-"));
  dirs.push(dir);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "x", version }));
  writeFileSync(join(dir, "CHANGELOG.md"), changelog);
  return dir;
}

function run(dir: string, ...args: string[]) {
  // GITHUB_* removed: a run of this suite inside a tag's workflow must not pick up that tag.
  const env = { ...process.env, GITHUB_REF_TYPE: "", GITHUB_REF_NAME: "" };
  const result = spawnSync(process.execPath, [script, "--dir", dir, ...args], { encoding: "utf8", env });
  return { status: result.status, output: result.stdout + result.stderr };
}

const released = `${header}
## [Unreleased]

## [1.2.0] - 2026-11-30

### Added
- Something a user notices.

## [1.1.0] - 2026-10-01

### Fixed
- An older fix.
`;

describe("check-release", () => {
  it("passes when the tag, package.json and a dated changelog section agree", () => {
    const { status, output } = run(project("1.2.0", released), "--tag", "v1.2.0");
    expect(output).toContain("1.2.0 is ready (tag v1.2.0)");
    expect(status).toBe(0);
  });

  it("fails on a tag that is not v + package.json's version", () => {
    const { status, output } = run(project("1.2.0", released), "--tag", "v1.2.1");
    expect(status).toBe(1);
    expect(output).toContain("the tag v1.2.1 does not match package.json's version 1.2.0");
  });

  it("fails on a tag without the v", () => {
    const { status } = run(project("1.2.0", released), "--tag", "1.2.0");
    expect(status).toBe(1);
  });

  it("takes the tag from GitHub's environment on a tag push", () => {
    const dir = project("1.2.0", released);
    const env = { ...process.env, GITHUB_REF_TYPE: "tag", GITHUB_REF_NAME: "v9.9.9" };
    const result = spawnSync(process.execPath, [script, "--dir", dir], { encoding: "utf8", env });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("the tag v9.9.9 does not match");
  });

  it("fails when only Unreleased holds the changes", () => {
    const changelog = `${header}\n## [Unreleased]\n\n### Added\n- Something.\n`;
    const { status, output } = run(project("0.1.0", changelog), "--tag", "v0.1.0");
    expect(status).toBe(1);
    expect(output).toContain('no release section for 0.1.0: move the Unreleased entries under "## [0.1.0] - YYYY-MM-DD"');
  });

  it("fails when the section is for another version (1.2.0 in package.json, 1.1.0 and 1.2.0-beta.1 in the changelog)", () => {
    const changelog = released.replace("## [1.2.0] - 2026-11-30", "## [1.2.0-beta.1] - 2026-11-30");
    const { status, output } = run(project("1.2.0", changelog));
    expect(status).toBe(1);
    expect(output).toContain("no release section for 1.2.0");
  });

  it.each([
    ["no date", "## [1.2.0]"],
    ["no brackets", "## 1.2.0 - 2026-11-30"],
    ["another date form", "## [1.2.0] - 30/11/2026"],
  ])("fails on a heading with %s", (_, heading) => {
    const { status, output } = run(project("1.2.0", released.replace("## [1.2.0] - 2026-11-30", heading)));
    expect(status).toBe(1);
    expect(output).toContain(`heading "${heading}" is not in the form "## [1.2.0] - YYYY-MM-DD"`);
  });

  it("fails on a date that is no calendar day", () => {
    const { status, output } = run(project("1.2.0", released.replace("2026-11-30", "2026-02-30")));
    expect(status).toBe(1);
    expect(output).toContain("has no real date (2026-02-30)");
  });

  it("fails on an empty release section", () => {
    const changelog = `${header}\n## [1.2.0] - 2026-11-30\n\n## [1.1.0] - 2026-10-01\n\n- An older fix.\n`;
    const { status, output } = run(project("1.2.0", changelog));
    expect(status).toBe(1);
    expect(output).toContain("section for 1.2.0 lists no change");
  });

  it("fails on a version that is not semver", () => {
    const { status, output } = run(project("1.2", released));
    expect(status).toBe(1);
    expect(output).toContain('version "1.2" is not a semver version');
  });
});
