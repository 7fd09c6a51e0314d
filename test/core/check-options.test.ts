import { afterEach, describe, expect, it, vi } from "vitest";
import { chat } from "../../src/chat/chat.js";
import { createClient } from "../../src/core/client.js";
import type { ClientOptions } from "../../src/core/options.js";
import { ValidationError } from "../../src/errors/validation-error.js";
import { TEST_KEY, api, testClient, useNock } from "../helpers/nock.js";
import { rejection, thrown } from "../helpers/thrown.js";

useNock();
afterEach(() => vi.unstubAllEnvs());

/** Options as a JavaScript caller (or a config file) can pass them: wrong types included. */
const given = (options: Record<string, unknown>) => options as ClientOptions;

function refused(options: Record<string, unknown>): ValidationError {
  return thrown(ValidationError, () => createClient(given({ apiKey: TEST_KEY, ...options })));
}

describe("createClient() refuses options a user can get wrong, naming the option", () => {
  it("a baseURL that is not an absolute http(s) URL, instead of a TypeError at the first call", () => {
    for (const baseURL of ["openrouter.ai/api/v1", "", "ftp://openrouter.ai/api/v1", "https://"]) {
      const error = refused({ baseURL });
      expect(error.field).toBe("baseURL");
      expect(error.message).toContain("absolute http(s) URL");
    }
    expect(refused({ baseURL: 42 }).field).toBe("baseURL");
  });

  it("a malformed OPENROUTER_BASE_URL, naming baseURL and the variable", () => {
    vi.stubEnv("OPENROUTER_BASE_URL", "openrouter.ai/api/v1");
    const error = thrown(ValidationError, () => createClient({ apiKey: TEST_KEY }));
    expect(error.field).toBe("baseURL");
    expect(error.message).toContain("OPENROUTER_BASE_URL");
  });

  it.each([
    ["timeout", "5000"],
    ["timeout", -1],
    ["timeout", Number.NaN],
    ["timeout", 0],
    ["idleTimeout", "2m"],
    ["idleTimeout", -5],
    ["maxRetries", -1],
    ["maxRetries", 1.5],
    ["maxRetries", "3"],
    ["maxRetryDelay", -1],
    ["maxRetryDelay", Number.NaN],
  ])("%s: %s", (field, value) => {
    expect(refused({ [field]: value }).field).toBe(field);
  });

  it.each([
    ["apiKey", 123],
    ["managementKey", {}],
    ["defaultModel", 5],
    ["appUrl", new URL("https://example.com")],
    ["appTitle", ["My App"]],
    ["fetch", "https://proxy"],
    ["ky", {}],
    ["dangerouslyAllowBrowser", "yes"],
    ["checkModelIds", 0],
    ["debug", "verbose"],
    ["headers", "x-a: 1"],
    ["signal", { aborted: false }],
    ["hooks", [() => undefined]],
    ["postProcessors", () => undefined],
    ["catalog", {}],
    ["appCategories", [1, 2]],
  ])("%s of the wrong type", (field, value) => {
    expect(refused({ [field]: value }).field).toBe(field);
  });

  it("never shows the key it refuses", () => {
    const error = thrown(ValidationError, () => createClient({ apiKey: `${TEST_KEY}\nX-Other: 1` }));
    expect(error.field).toBe("apiKey");
    expect(error.message).not.toContain(TEST_KEY);
    expect(refused({ apiKey: 12345678 }).message).not.toContain("12345678");
  });

  it("keeps a key with a trailing newline (read from a file), which Headers trims", () => {
    expect(() => createClient({ apiKey: `${TEST_KEY}\n` })).not.toThrow();
  });

  it("a header that Headers would refuse, naming it and not showing its value", () => {
    const error = refused({ headers: { "x-token": "secret\nvalue" } });
    expect(error.field).toBe("headers.x-token");
    expect(error.message).not.toContain("secret");
    expect(refused({ headers: { "bad name": "1" } }).field).toBe("headers.bad name");
    expect(refused({ headers: [["x-a"]] }).field).toBe("headers");
  });

  it("an app title that cannot be a header value", () => {
    expect(refused({ appTitle: "我的应用" }).field).toBe("appTitle");
    expect(refused({ appUrl: "https://example.com\r\nX-Evil: 1" }).field).toBe("appUrl");
  });

  it("a hook list that is not functions", () => {
    const error = refused({ hooks: { beforeRequest: ["log"] } });
    expect(error.field).toBe("hooks");
    expect(error.message).toContain("arrays of functions");
  });

  it("another spelling of an option, which would otherwise be ignored", () => {
    expect(refused({ baseUrl: "https://openrouter.ai/api/v1" }).message).toBe("baseUrl is not an option of createClient(); did you mean baseURL?");
    expect(refused({ api_key: TEST_KEY }).field).toBe("api_key");
    expect(refused({ max_retries: 1 }).message).toContain("did you mean maxRetries?");
  });

  it("options that are not an object", () => {
    expect(thrown(ValidationError, () => createClient(null as never)).field).toBe("options");
    expect(thrown(ValidationError, () => createClient("sk-or-v1-x" as never)).field).toBe("options");
  });

  it("accepts every option in its documented form", () => {
    const client = createClient({
      apiKey: TEST_KEY,
      managementKey: TEST_KEY,
      baseURL: "http://127.0.0.1:8080/api/v1/",
      defaultModel: "openai/gpt-4o-mini",
      appUrl: "https://example.com",
      appTitle: "Café App",
      appCategories: "cli-agent",
      timeout: Number.POSITIVE_INFINITY,
      idleTimeout: 1,
      maxRetries: 0,
      maxRetryDelay: 0,
      headers: new Headers({ "x-a": "1" }),
      fetch: globalThis.fetch,
      hooks: { beforeRequest: [() => undefined] },
      signal: new AbortController().signal,
      dangerouslyAllowBrowser: false,
      checkModelIds: true,
      postProcessors: [],
      debug: () => undefined,
    });
    expect(client.baseURL).toBe("http://127.0.0.1:8080/api/v1");
  });
});

describe("per-call options are checked the same way, before any request", () => {
  it.each([
    ["timeout", "100"],
    ["maxRetries", -1],
    ["baseURL", "openrouter.ai/api/v1"],
    ["fetch", 1],
    ["headers", 5],
  ])("%s", async (field, value) => {
    const scope = api().post("/api/v1/chat/completions").reply(200, {});
    const error = await rejection(ValidationError, chat(testClient(), { model: "openai/gpt-4o-mini", prompt: "Hi" }, given({ [field]: value })));
    expect(error.field).toBe(field);
    expect(scope.isDone()).toBe(false);
    (await import("nock")).default.cleanAll();
  });
});
