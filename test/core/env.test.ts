import { afterEach, describe, expect, it, vi } from "vitest";
import { isBrowserLike, readEnv } from "../../src/core/env.js";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

describe("readEnv", () => {
  it("reads every OPENROUTER_ variable the SDK knows, trimmed", () => {
    const names = ["API_KEY", "MANAGEMENT_KEY", "BASE_URL", "DEFAULT_MODEL", "SITE_URL", "SITE_NAME", "TIMEOUT", "DEBUG"];
    for (const name of names) vi.stubEnv(`OPENROUTER_${name}`, ` value-${name} `);
    const env = readEnv() as Record<string, string>;
    for (const name of names) expect(env[`OPENROUTER_${name}`]).toBe(`value-${name}`);
  });

  it("leaves out a variable that is empty or only whitespace, so that it does not override a default", () => {
    vi.stubEnv("OPENROUTER_API_KEY", "   ");
    vi.stubEnv("OPENROUTER_BASE_URL", "");
    const env = readEnv();
    expect("OPENROUTER_API_KEY" in env).toBe(false);
    expect("OPENROUTER_BASE_URL" in env).toBe(false);
  });

  it("reads no other variable", () => {
    vi.stubEnv("OPENROUTER_SOMETHING_ELSE", "x");
    vi.stubEnv("OPENAI_API_KEY", "sk-other");
    const env = readEnv() as Record<string, unknown>;
    expect(env["OPENROUTER_SOMETHING_ELSE"]).toBeUndefined();
    expect(Object.values(env)).not.toContain("sk-other");
  });

  it("is empty where there is no process.env (a browser, a Worker)", () => {
    vi.stubGlobal("process", undefined);
    expect(readEnv()).toEqual({});
  });

  it("counts an environment that throws on access (Deno without --allow-env) as empty", () => {
    const env = new Proxy({}, { get: () => { throw new Error("PermissionDenied: Requires env access"); } });
    vi.stubGlobal("process", { env });
    expect(readEnv()).toEqual({});
  });
});

describe("isBrowserLike", () => {
  it("is false in Node", () => {
    expect(isBrowserLike()).toBe(false);
  });

  it("is true where there are a window with a document and a navigator", () => {
    vi.stubGlobal("window", { document: {} });
    vi.stubGlobal("navigator", { userAgent: "test" });
    expect(isBrowserLike()).toBe(true);
  });

  it("is false for a window without a document (a worker-like global)", () => {
    vi.stubGlobal("window", {});
    vi.stubGlobal("navigator", { userAgent: "test" });
    expect(isBrowserLike()).toBe(false);
  });
});
