import { inspect } from "node:util";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { chat } from "../../src/chat/chat.js";
import { stream } from "../../src/chat/stream.js";
import { createClient } from "../../src/core/client.js";
import type { ClientOptions } from "../../src/core/options.js";
import * as errors from "../../src/errors/index.js";
import { listModels } from "../../src/models/list-models.js";
import { fixtureJSON } from "../helpers/fixtures.js";
import { TEST_KEY } from "../helpers/nock.js";
import { type LocalOpenRouter, type Script, startLocalOpenRouter } from "../server/openrouter-server.js";

// A server (or a proxy in front of it) may echo the key back: in a message, in metadata, in a header, in a page.
// Whatever comes back, no error the SDK throws may carry the key in its message, toString(), JSON.stringify(),
// util.inspect() (hidden fields and causes included) or the debug log.

let server: LocalOpenRouter;
beforeAll(async () => {
  server = await startLocalOpenRouter();
});
afterAll(() => server.close());
afterEach(() => {
  vi.unstubAllGlobals();
});

const params = { model: "openai/gpt-4o", prompt: "x" };
const echo = { "x-echo-authorization": `Bearer ${TEST_KEY}`, "x-generation-id": `gen-${TEST_KEY}` };
const client = (options: ClientOptions = {}) => createClient({ apiKey: TEST_KEY, baseURL: server.baseURL, maxRetries: 0, ...options });

/** Every way an error can be turned into text by a logger, an error tracker or a developer. */
function renderings(error: unknown): Record<string, string> {
  return {
    message: (error as Error).message,
    toString: String(error),
    json: JSON.stringify(error),
    inspect: inspect(error, { depth: Infinity, showHidden: true, getters: true }),
    stack: String((error as Error).stack),
  };
}

function expectNoKey(error: unknown): void {
  for (const [how, text] of Object.entries(renderings(error))) expect(text, `the key in ${how}`).not.toContain(TEST_KEY);
}

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  return run().then(
    (value) => {
      throw new Error(`expected an error, got ${JSON.stringify(value)?.slice(0, 200)}`);
    },
    (error: unknown) => error,
  );
}

const echoBody = (status: number) => ({
  error: { code: status, message: `Invalid key ${TEST_KEY}`, metadata: { raw: `upstream said: ${TEST_KEY}`, provider_name: "Echo", headers: { Authorization: `Bearer ${TEST_KEY}` } } },
  user_id: TEST_KEY,
});
const finalOf = async (options?: ClientOptions) => (await stream(client(options), params)).final();

type ErrorClass = abstract new (...args: any[]) => Error;
const apiStatuses: [number, ErrorClass][] = [
  [400, errors.BadRequestError],
  [401, errors.AuthenticationError],
  [402, errors.InsufficientCreditsError],
  [403, errors.ModerationError],
  [404, errors.NotFoundError],
  [408, errors.RequestTimeoutError],
  [418, errors.APIError],
  [429, errors.RateLimitError],
  [500, errors.ServerError],
  [502, errors.ProviderError],
  [503, errors.NoProviderError],
];

describe("no error carries the API key, whatever the server echoes", () => {
  for (const [status, type] of apiStatuses) {
    it(`${type.name} (${status}), from chat, a stream and the catalog`, async () => {
      for (const run of [() => chat(client(), params), finalOf, () => listModels(client())]) {
        server.enqueue({ status, headers: echo, body: echoBody(status) });
        const error = await failure(run);
        expect(error).toBeInstanceOf(type);
        expectNoKey(error);
      }
    });
  }

  const cases: [string, ErrorClass, Script[], () => Promise<unknown>][] = [
    ["RateLimitError from an HTTP-200 error body", errors.RateLimitError, [{ headers: echo, body: echoBody(429) }], () => chat(client(), params)],
    ["ProviderError from a 502 HTML page", errors.ProviderError, [{ status: 502, headers: { "content-type": "text/html" }, body: `<html><title>${TEST_KEY}</title></html>` }], () => chat(client(), params)],
    ["ServerError from a plain-text 500", errors.ServerError, [{ status: 500, headers: echo, body: `proxy error for ${TEST_KEY}` }], () => chat(client(), params)],
    ["ResponseValidationError from a body that is not JSON", errors.ResponseValidationError, [{ headers: { "content-type": "application/json", ...echo }, body: `{"key":"${TEST_KEY}"` }], () => chat(client(), params)],
    ["ResponseValidationError from a stream answered with other JSON", errors.ResponseValidationError, [{ headers: echo, body: { echo: TEST_KEY } }], finalOf],
    ["ResponseValidationError from a completion without choices", errors.ResponseValidationError, [{ headers: echo, body: { id: TEST_KEY, model: TEST_KEY, choices: [] } }], () => chat(client(), params)],
    [
      "ResponseValidationError from a catalog that breaks a price",
      errors.ResponseValidationError,
      [{ headers: echo, body: (() => { const list = fixtureJSON("models-list.json"); list.data[0].description = TEST_KEY; list.data[0].pricing.prompt = {}; return list; })() }],
      () => listModels(client()),
    ],
    ["StreamError from an error event (echoed headers)", errors.StreamError, [{ headers: echo, steps: [{ data: { id: "gen-1", choices: [], error: { code: 500, message: "boom" } } }] }], finalOf],
    ["ConnectionError from a stream cut mid-body (echoed headers)", errors.ConnectionError, [{ headers: echo, steps: [{ data: { id: "gen-1", choices: [{ index: 0, delta: { content: "a" } }] } }, { drop: true }] }], finalOf],
    ["ConnectionError from a reset before headers", errors.ConnectionError, [{ reset: true }], () => chat(client(), params)],
    ["TimeoutError from headers, then silence", errors.TimeoutError, [{ headers: echo, steps: [{ stall: true }] }], () => finalOf({ timeout: 150 })],
  ];
  for (const [name, type, scripts, run] of cases) {
    it(name, async () => {
      server.enqueue(...scripts);
      const error = await failure(run);
      expect(error).toBeInstanceOf(type);
      expectNoKey(error);
    });
  }

  it("ConnectionError from a refused connection", async () => {
    const refused = createClient({ apiKey: TEST_KEY, baseURL: "http://127.0.0.1:9/api/v1", maxRetries: 0 });
    const error = await failure(() => chat(refused, params));
    expect(error).toBeInstanceOf(errors.ConnectionError);
    expectNoKey(error);
  });

  it("AbortError, with the caller's reason", async () => {
    server.enqueue({ headers: echo, steps: [{ stall: true }] });
    const controller = new AbortController();
    const answer = await stream(client(), params, { signal: controller.signal });
    controller.abort(new Error("user left"));
    const error = await failure(() => answer.final());
    expect(error).toBeInstanceOf(errors.AbortError);
    expectNoKey(error);
  });

  it("ValidationError from the browser key guard", async () => {
    vi.stubGlobal("window", { document: {} });
    vi.stubGlobal("navigator", { userAgent: "Mozilla/5.0" });
    const error = await failure(() => chat(client(), params));
    expect(error).toBeInstanceOf(errors.ValidationError);
    expectNoKey(error);
  });

  // Stream errors are built from the event itself: the quoted malformed line is redacted, and an error event's
  // `body` is the redacted copy.
  it("StreamError from a data line that is not JSON and echoes the key", async () => {
    server.enqueue({ steps: [{ raw: `data: {"authorization": "Bearer ${TEST_KEY}"\n\n` }] });
    const error = await failure(() => finalOf());
    expect(error).toBeInstanceOf(errors.StreamError);
    expectNoKey(error);
  });

  it("StreamError from an error event that echoes the key", async () => {
    server.enqueue({ steps: [{ data: { id: "gen-1", choices: [], error: { code: 401, message: `bad key ${TEST_KEY}`, metadata: { raw: TEST_KEY } } } }] });
    const error = await failure(() => finalOf());
    expect(error).toBeInstanceOf(errors.StreamError);
    expectNoKey(error);
  });
});

describe("the debug log", () => {
  it("never holds the key: not in headers, custom headers, URLs or echoed failures", async () => {
    const lines: string[] = [];
    const debugging = client({ debug: (line) => lines.push(line), headers: { "x-forwarded-key": TEST_KEY, cookie: `session=${TEST_KEY}` }, maxRetries: 1 });
    server.enqueue({ status: 429, headers: { ...echo, "retry-after-ms": "1" }, body: echoBody(429) });
    await chat(debugging, params);
    server.enqueue({ status: 401, headers: echo, body: echoBody(401) });
    await failure(() => chat(debugging, params));
    server.enqueue({ reset: true }, { reset: true });
    await failure(() => listModels(debugging));
    server.enqueue({ headers: echo, body: `{"key":"${TEST_KEY}"` });
    await failure(() => chat(debugging, params));
    await (await stream(debugging, params)).final();
    expect(lines.length).toBeGreaterThanOrEqual(7);
    for (const line of lines) {
      expect(line).not.toContain(TEST_KEY);
      expect(line).toContain('authorization: "Bearer sk-or-…[redacted]"');
    }
  });

  it("never holds the key when it goes to console.debug (debug: true)", async () => {
    const spy = vi.spyOn(console, "debug").mockImplementation(() => undefined);
    try {
      server.enqueue({ status: 401, headers: echo, body: echoBody(401) });
      await failure(() => chat(client({ debug: true }), params));
      expect(spy).toHaveBeenCalledTimes(1);
      expect(String(spy.mock.calls[0]?.[0])).not.toContain(TEST_KEY);
    } finally {
      spy.mockRestore();
    }
  });
});
