import { readFileSync } from "node:fs";

/** A payload of test/fixtures/platform/ (the OpenAPI document's examples), parsed afresh for each test. */
export function platformFixture<T = any>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/platform/${name}`, import.meta.url), "utf8")) as T;
}

/** Shaped like a real management key so that leak checks mean something. */
export const MANAGEMENT_KEY = "sk-or-v1-mgmt0123456789abcdef0123456789abcdef0123456789abcdef0123456789ab";
