import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { chat } from "../../src/chat/chat.js";
import { stream } from "../../src/chat/stream.js";
import { createClient } from "../../src/core/client.js";
import type { ClientOptions } from "../../src/core/options.js";
import { listModels } from "../../src/models/list-models.js";
import { TEST_KEY } from "../helpers/nock.js";
import { type LocalOpenRouter, startLocalOpenRouter } from "../server/openrouter-server.js";

let server: LocalOpenRouter;
beforeAll(async () => {
  server = await startLocalOpenRouter();
});
afterAll(() => server.close());
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const params = { model: "openai/gpt-4o", prompt: "x" };
const fast = { "retry-after-ms": "5" };
const busy = { status: 503, headers: fast, body: { error: { code: 503, message: "busy" } } };

function logging(options: ClientOptions = {}) {
  const lines: string[] = [];
  const client = createClient({ apiKey: TEST_KEY, baseURL: server.baseURL, maxRetries: 0, debug: (line) => lines.push(line), ...options });
  return { client, lines };
}

describe("debug logging", () => {
  it("logs one line per attempt: method, URL, attempt, status, time, and the retry decision", async () => {
    const { client, lines } = logging({ maxRetries: 2 });
    server.enqueue(busy, busy);
    await chat(client, params);
    expect(lines).toHaveLength(3);
    const url = `${server.baseURL}/chat/completions`;
    expect(lines[0]).toMatch(new RegExp(`^openrouter-fetch: POST ${url} attempt 1/3 → 503 in \\d+ ms; retrying in 5 ms; headers \\{`));
    expect(lines[1]).toContain("attempt 2/3 → 503 in");
    expect(lines[2]).toMatch(/attempt 3\/3 → 200 in \d+ ms; headers \{/);
  });

  it("says why a failure is not retried", async () => {
    const { client, lines } = logging({ maxRetries: 1 });
    server.enqueue({ status: 401, body: { error: { code: 401, message: "no" } } });
    await chat(client, params).catch(() => undefined);
    server.enqueue(busy, busy);
    await chat(client, params).catch(() => undefined);
    server.enqueue({ status: 429, headers: { "retry-after": "3600" }, body: { error: { code: 429, message: "later" } } });
    await chat(client, params).catch(() => undefined);
    server.enqueue({ body: { error: { code: 429, message: "Provider returned error" } } });
    await chat(client, params, { maxRetries: 0 }).catch(() => undefined);
    expect(lines.map((line) => line.replace(/ in \d+ ms/, "").replace(/; headers .*/, "").replace(/^.* attempt /, "attempt "))).toEqual([
      "attempt 1/2 → 401; not retried: 401 is not retried",
      "attempt 1/2 → 503; retrying in 5 ms",
      "attempt 2/2 → 503; not retried: no retries left",
      "attempt 1/2 → 429; not retried: the server asks for 3600000 ms, beyond maxRetryDelay",
      "attempt 1/1 → 200 with an error body (429); not retried: no retries left",
    ]);
  });

  it("logs connection failures and the backoff before the next attempt", async () => {
    const { client, lines } = logging({ maxRetries: 1 });
    server.enqueue({ reset: true }, { reset: true });
    await listModels(client).catch(() => undefined);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/GET .*\/models attempt 1\/2 → ConnectionError: .*; retrying in \d+ ms/);
    expect(lines[1]).toMatch(/attempt 2\/2 → ConnectionError: .*; not retried/);
  });

  it("logs a stream's attempt when its headers arrive", async () => {
    const { client, lines } = logging();
    await (await stream(client, params)).final();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/POST .*\/chat\/completions attempt 1\/1 → 200 in \d+ ms; headers \{.*content-type: "application\/json"/);
  });

  it("shows the request headers with Authorization masked, and never a body", async () => {
    const { client, lines } = logging({ appTitle: "My App", headers: { "x-trace": "t-1" } });
    await chat(client, { model: "openai/gpt-4o", prompt: "a secret prompt" });
    expect(lines[0]).toContain('authorization: "Bearer sk-or-…[redacted]"');
    expect(lines[0]).toContain('x-openrouter-title: "My App"');
    expect(lines[0]).toContain('x-trace: "t-1"');
    expect(lines[0]).not.toContain("a secret prompt");
  });

  it("writes to console.debug with debug: true, and is off by default", async () => {
    const spy = vi.spyOn(console, "debug").mockImplementation(() => undefined);
    vi.stubEnv("OPENROUTER_DEBUG", "");
    await chat(createClient({ apiKey: TEST_KEY, baseURL: server.baseURL }), params);
    expect(spy).not.toHaveBeenCalled();
    await chat(createClient({ apiKey: TEST_KEY, baseURL: server.baseURL, debug: true }), params);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it("turns on with OPENROUTER_DEBUG=1 or true, and a per-call debug: false turns it off", async () => {
    const spy = vi.spyOn(console, "debug").mockImplementation(() => undefined);
    for (const value of ["1", "true", "TRUE"]) {
      vi.stubEnv("OPENROUTER_DEBUG", value);
      await chat(createClient({ apiKey: TEST_KEY, baseURL: server.baseURL }), params);
    }
    expect(spy).toHaveBeenCalledTimes(3);
    vi.stubEnv("OPENROUTER_DEBUG", "1");
    await chat(createClient({ apiKey: TEST_KEY, baseURL: server.baseURL }), params, { debug: false });
    vi.stubEnv("OPENROUTER_DEBUG", "0");
    await chat(createClient({ apiKey: TEST_KEY, baseURL: server.baseURL }), params);
    expect(spy).toHaveBeenCalledTimes(3);
  });
});
