import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The shared wire captures, beside the checkout (CI clones with shared/ next to it). */
export const fixturesDir = process.env["OPENROUTER_FIXTURES"] ?? resolve(repoRoot, "../shared/openrouter/fixtures");

export function fixtureText(name: string): string {
  return readFileSync(resolve(fixturesDir, name), "utf8");
}

export function fixtureJSON<T = any>(name: string): T {
  return JSON.parse(fixtureText(name)) as T;
}
