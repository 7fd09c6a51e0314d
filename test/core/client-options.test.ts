import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { chat } from "../../src/chat/chat.js";
import { createClient } from "../../src/core/client.js";
import { DEFAULT_BASE_URL } from "../../src/core/options.js";
import { ValidationError } from "../../src/errors/index.js";
import { TEST_KEY } from "../helpers/nock.js";
import { type LocalOpenRouter, startLocalOpenRouter } from "../server/openrouter-server.js";

// Headers are checked on a real socket: what the server receives is what OpenRouter would.
let server: LocalOpenRouter;
let TEST_BASE_URL: string;
beforeAll(async () => {
  server = await startLocalOpenRouter();
  TEST_BASE_URL = server.baseURL;
});
afterAll(() => server.close());
afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

const testClient = (options = {}) => createClient({ apiKey: TEST_KEY, baseURL: TEST_BASE_URL, maxRetries: 0, ...options });

function capture() {
  const start = server.requests.length;
  return {
    get seen() {
      return server.requests.slice(start);
    },
  };
}

describe("createClient() environment defaults", () => {
  it("reads key, base URL, default model, site URL and name from OPENROUTER_* variables", async () => {
    vi.stubEnv("OPENROUTER_API_KEY", TEST_KEY);
    vi.stubEnv("OPENROUTER_BASE_URL", TEST_BASE_URL);
    vi.stubEnv("OPENROUTER_DEFAULT_MODEL", "openai/gpt-4.1-nano");
    vi.stubEnv("OPENROUTER_SITE_URL", "https://example.com");
    vi.stubEnv("OPENROUTER_SITE_NAME", "Example App");
    const captured = capture();
    const client = createClient();
    expect(client.baseURL).toBe(TEST_BASE_URL);
    await chat(client, { prompt: "x" });
    const [{ headers, body }] = captured.seen as [(typeof captured.seen)[0]];
    expect(headers["authorization"]).toBe(`Bearer ${TEST_KEY}`);
    expect(headers["http-referer"]).toBe("https://example.com");
    expect(headers["x-openrouter-title"]).toBe("Example App");
    expect(headers["x-title"]).toBe("Example App");
    expect(body.model).toBe("openai/gpt-4.1-nano");
  });

  it("lets explicit options win over the environment", () => {
    vi.stubEnv("OPENROUTER_BASE_URL", "https://env.example/api/v1");
    expect(createClient({ baseURL: "https://explicit.example/api/v1/" }).baseURL).toBe("https://explicit.example/api/v1");
  });

  it("defaults the base URL to OpenRouter's", () => {
    vi.stubEnv("OPENROUTER_BASE_URL", "");
    expect(createClient().baseURL).toBe(DEFAULT_BASE_URL);
  });

  it("rejects a malformed OPENROUTER_TIMEOUT with a clear error", () => {
    vi.stubEnv("OPENROUTER_TIMEOUT", "soon");
    expect(() => createClient()).toThrow(/OPENROUTER_TIMEOUT must be a positive number/);
  });

  it("works where there is no process at all (browsers, Workers)", () => {
    vi.stubGlobal("process", undefined);
    expect(createClient({ baseURL: TEST_BASE_URL }).baseURL).toBe(TEST_BASE_URL);
  });
});

describe("headers", () => {
  it("sends attribution and categories, and no attribution of its own by default", async () => {
    const captured = capture();
    await chat(testClient({ appUrl: "https://app.example", appTitle: "App", appCategories: ["cli-agent", "programming-app"] }), { model: "a/b", prompt: "x" });
    expect(captured.seen[0]?.headers["x-openrouter-categories"]).toBe("cli-agent,programming-app");
    await chat(testClient(), { model: "a/b", prompt: "x" });
    expect(captured.seen[1]?.headers["http-referer"]).toBeUndefined();
    expect(captured.seen[1]?.headers["x-openrouter-title"]).toBeUndefined();
  });

  it("merges client and per-call headers per key, the call winning", async () => {
    const captured = capture();
    const client = testClient({ headers: { "x-team": "search", "x-session-id": "client" }, appTitle: "App" });
    await chat(client, { model: "a/b", prompt: "x" }, { headers: { "x-session-id": "call" }, appTitle: "Per call" });
    const headers = captured.seen[0]?.headers ?? {};
    expect(headers["x-team"]).toBe("search");
    expect(headers["x-session-id"]).toBe("call");
    expect(headers["x-openrouter-title"]).toBe("Per call");
    expect(headers["authorization"]).toBe(`Bearer ${TEST_KEY}`);
  });

  it("sends X-OpenRouter-Metadata and x-session-id from options, the call winning over the client", async () => {
    const captured = capture();
    const client = testClient({ routerMetadata: true, sessionId: "conversation-1" });
    await chat(client, { model: "a/b", prompt: "x" });
    await chat(client, { model: "a/b", prompt: "x" }, { routerMetadata: false, sessionId: "conversation-2" });
    await chat(testClient(), { model: "a/b", prompt: "x" });
    expect(captured.seen[0]?.headers["x-openrouter-metadata"]).toBe("enabled");
    expect(captured.seen[0]?.headers["x-session-id"]).toBe("conversation-1");
    expect(captured.seen[1]?.headers["x-openrouter-metadata"]).toBe("disabled");
    expect(captured.seen[1]?.headers["x-session-id"]).toBe("conversation-2");
    expect(captured.seen[2]?.headers["x-openrouter-metadata"]).toBeUndefined();
    expect(captured.seen[2]?.headers["x-session-id"]).toBeUndefined();
  });

  it("refuses a session id that is empty, too long or spans lines, before sending", () => {
    expect(() => createClient({ sessionId: "" })).toThrow(ValidationError);
    expect(() => createClient({ sessionId: "x".repeat(257) })).toThrow(/at most 256/);
    expect(() => createClient({ sessionId: "a\r\nx-evil: 1" })).toThrow(ValidationError);
    expect(() => createClient({ routerMetadata: "yes" as never })).toThrow(/routerMetadata/);
  });

  it("refuses more than two categories, before sending", () => {
    expect(() => createClient({ appCategories: ["cli-agent", "game", "legal"] })).toThrow(ValidationError);
    expect(() => createClient({ appCategories: "Not A Slug" })).toThrow(/lowercase and hyphenated/);
  });
});

describe("a custom fetch", () => {
  it("is called once per attempt, the way ky calls fetch: a Request carrying method, URL, headers, body and signal", async () => {
    const calls: { input: unknown; body: string | undefined }[] = [];
    const wrapped: typeof fetch = async (input, init) => {
      calls.push({ input, body: input instanceof Request ? await input.clone().text() : undefined });
      return fetch(input, init);
    };
    server.enqueue({ status: 503, body: { error: { code: 503, message: "busy" } }, headers: { "retry-after-ms": "1" } });
    const result = await chat(testClient({ fetch: wrapped, maxRetries: 1 }), { model: "a/b", prompt: "x" });
    expect(result.text).not.toBe("");
    expect(calls).toHaveLength(2);
    const request = calls[0]?.input;
    expect(request).toBeInstanceOf(Request);
    if (!(request instanceof Request)) return;
    expect(request.url).toBe(`${TEST_BASE_URL}/chat/completions`);
    expect(request.method).toBe("POST");
    expect(request.headers.get("authorization")).toBe(`Bearer ${TEST_KEY}`);
    expect(request.headers.get("content-type")).toBe("application/json");
    expect(JSON.parse(calls[0]?.body ?? "")).toEqual({ model: "a/b", messages: [{ role: "user", content: "x" }] });
    expect(calls[1]?.body).toBe(calls[0]?.body);
    expect(request.signal).toBeInstanceOf(AbortSignal);
    // Each attempt is a Request of its own (a retry never re-sends a consumed body).
    expect(calls[1]?.input).not.toBe(request);
  });
});

describe("bad options and missing keys", () => {
  it("refuses to send without a key to OpenRouter, naming the fix", async () => {
    vi.stubEnv("OPENROUTER_API_KEY", "");
    const error = await chat(createClient(), { model: "a/b", prompt: "x" }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toMatch(/OPENROUTER_API_KEY/);
  });

  it("rejects negative timeouts and fractional retries", () => {
    expect(() => createClient({ timeout: -1 })).toThrow(/timeout must be a positive number/);
    expect(() => createClient({ maxRetries: 1.5 })).toThrow(/maxRetries must be a whole number/);
  });

  it("rejects a first argument that is not a client", async () => {
    const error = await chat({ baseURL: "x" } as never, { model: "a/b", prompt: "x" }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toMatch(/createClient/);
  });

  it("does not expose the key when a client is logged or serialised", async () => {
    const { inspect } = await import("node:util");
    const client = testClient();
    expect(JSON.stringify(client)).not.toContain(TEST_KEY);
    expect(inspect(client, { depth: 10, showHidden: true })).not.toContain(TEST_KEY);
  });
});

describe("browser key guard", () => {
  function pretendBrowser() {
    vi.stubGlobal("window", { document: {} });
    vi.stubGlobal("navigator", { userAgent: "Mozilla/5.0" });
  }

  it("refuses to send an API key from a browser page, saying why", async () => {
    pretendBrowser();
    const error = await chat(testClient(), { model: "a/b", prompt: "x" }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toMatch(/anyone who opens the page can read and spend it/);
    expect(error.message).toMatch(/dangerouslyAllowBrowser/);
  });

  it("sends it when dangerouslyAllowBrowser is true", async () => {
    pretendBrowser();
    const result = await chat(testClient({ dangerouslyAllowBrowser: true }), { model: "a/b", prompt: "x" });
    expect(result.text).toBe('{"ok": true}');
  });
});
