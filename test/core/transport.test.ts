import { inspect } from "node:util";
import ky, { type Hooks } from "ky";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCredits } from "../../src/account/get-credits.js";
import { getKey } from "../../src/account/get-key.js";
import { exchangeAuthCode } from "../../src/account/oauth.js";
import { chat } from "../../src/chat/chat.js";
import { stream } from "../../src/chat/stream.js";
import { createClient } from "../../src/core/client.js";
import type { ClientOptions } from "../../src/core/options.js";
import { embed } from "../../src/embeddings/embed.js";
import { AbortError, ConnectionError, HookError, RateLimitError, ServerError, TimeoutError } from "../../src/errors/index.js";
import { generateImage } from "../../src/images/generate-image.js";
import { getModel } from "../../src/models/get-model.js";
import { listModels } from "../../src/models/list-models.js";
import { TEST_KEY } from "../helpers/nock.js";
import { type LocalOpenRouter, startLocalOpenRouter } from "../server/openrouter-server.js";

// Every request leaves through ky (src/core/transport.ts); these tests talk to a real local server so that what the
// hooks change is what the server receives, and aborts cut real sockets.

let server: LocalOpenRouter;
beforeAll(async () => {
  server = await startLocalOpenRouter();
});
afterAll(() => server.close());

const params = { model: "openai/gpt-4.1-nano", prompt: "x" };
const busy = { status: 500, body: { error: { code: 500, message: "busy" } }, headers: { "retry-after-ms": "1" } };
const limited = { status: 429, body: { error: { code: 429, message: "slow down" } }, headers: { "retry-after-ms": "1" } };
const client = (options: ClientOptions = {}) => createClient({ apiKey: TEST_KEY, baseURL: server.baseURL, maxRetries: 0, ...options });
const lastRequest = () => server.requests.at(-1)!;

describe("every public function sends through the app's ky instance", () => {
  it("runs the instance's beforeRequest hook once per attempt, for chat, stream, models, account, embeddings and OAuth", async () => {
    let count = 0;
    const api = ky.create({ hooks: { beforeRequest: [() => void count++] } });
    const c = client({ ky: api, maxRetries: 1 });
    const counted = async (run: () => Promise<unknown>, attempts: number) => {
      const before = count;
      await run();
      return count - before === attempts;
    };
    server.enqueue(busy);
    expect(await counted(() => chat(c, params), 2)).toBe(true);
    server.enqueue(busy);
    expect(await counted(async () => (await stream(c, params)).final(), 2)).toBe(true);
    expect(await counted(() => listModels(c), 1)).toBe(true);
    server.enqueue({ body: { data: { id: "a/b", name: "A", created: 1, description: "", context_length: 1, architecture: {}, pricing: { prompt: "0", completion: "0" }, endpoints: [] } } });
    // Whether this body passes the model checks does not matter here: the request went out once.
    expect(await counted(() => getModel(c, "a/b").catch(() => undefined), 1)).toBe(true);
    server.enqueue({ body: { data: { label: "k", limit: null, limit_remaining: null, usage: 0, is_free_tier: false } } });
    expect(await counted(() => getKey(c), 1)).toBe(true);
    server.enqueue(busy, { body: { data: { total_credits: 5, total_usage: 1 } } });
    expect(await counted(() => getCredits(c), 2)).toBe(true);
    server.enqueue({ body: { data: [{ embedding: [0.5, 0.25], index: 0 }], model: "m" } });
    expect(await counted(() => embed(c, { model: "m", input: "x" }), 1)).toBe(true);
    server.enqueue({ body: { key: "sk-or-v1-user", user_id: "u" } });
    expect(await counted(() => exchangeAuthCode(c, { code: "abc" }), 1)).toBe(true);
  });

  it("sends the instance's headers and context, through its own fetch", async () => {
    const seen: string[] = [];
    const api = ky.create({
      headers: { "x-app": "search" },
      context: { tenant: "acme" },
      fetch: (input, init) => {
        seen.push((input as Request).url);
        return fetch(input, init);
      },
      hooks: { beforeRequest: [({ request, options }) => void request.headers.set("x-tenant", String(options.context["tenant"]))] },
    });
    await chat(client({ ky: api }), params);
    expect(seen).toEqual([`${server.baseURL}/chat/completions`]);
    expect(lastRequest().headers["x-app"]).toBe("search");
    expect(lastRequest().headers["x-tenant"]).toBe("acme");
    expect(lastRequest().headers["authorization"]).toBe(`Bearer ${TEST_KEY}`);
  });

  it("prefers the client's fetch option over the instance's fetch", async () => {
    const used: string[] = [];
    const api = ky.create({ fetch: (input, init) => (used.push("instance"), fetch(input, init)) });
    await chat(client({ ky: api, fetch: (input, init) => (used.push("client"), fetch(input, init)) }), params);
    expect(used).toEqual(["client"]);
  });

  it("keeps the SDK's own policy over the instance's: no ky retries, no 10 s ky timeout, HTTP errors as SDK errors", async () => {
    const api = ky.create({ retry: 5, timeout: 1, throwHttpErrors: true });
    server.enqueue({ ...busy, headerDelay: 30 });
    const error = await chat(client({ ky: api }), params).catch((e) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(server.requests.filter((r) => r.path.endsWith("/chat/completions")).length).toBeGreaterThan(0);
    server.enqueue({ headerDelay: 30, body: { choices: [{ message: { role: "assistant", content: "late but fine" }, finish_reason: "stop" }] } });
    expect((await chat(client({ ky: api }), params)).text).toBe("late but fine");
  });
});

describe("hooks, as the SDK runs them", () => {
  it("runs beforeRequest on every attempt with the attempt's retryCount, and a header it sets is sent", async () => {
    const counts: number[] = [];
    server.enqueue(busy);
    const hooks: Hooks = {
      beforeRequest: [({ request, retryCount }) => {
        counts.push(retryCount);
        request.headers.set("x-attempt", String(retryCount));
      }],
    };
    await chat(client({ hooks, maxRetries: 1 }), params);
    expect(counts).toEqual([0, 1]);
    expect(lastRequest().headers["x-attempt"]).toBe("1");
  });

  it("sends the Request a beforeRequest hook returns: another URL, a signed body", async () => {
    const hooks: Hooks = {
      beforeRequest: [
        async ({ request }) => {
          const body = JSON.parse(await request.clone().text());
          const signed = JSON.stringify({ ...body, user: "signed-user" });
          return new Request(request.url.replace("/chat/completions", "/chat/completions?via=hook"), {
            method: request.method,
            headers: request.headers,
            body: signed,
          });
        },
      ],
    };
    await chat(client({ hooks }), params);
    expect(lastRequest().path).toBe("/api/v1/chat/completions?via=hook");
    expect(lastRequest().body.user).toBe("signed-user");
  });

  it("shows afterResponse every response, the 429 before the retry included", async () => {
    const statuses: number[] = [];
    server.enqueue(limited);
    await chat(client({ hooks: { afterResponse: [({ response }) => void statuses.push(response.status)] }, maxRetries: 1 }), params);
    expect(statuses).toEqual([429, 200]);
  });

  it("retries when afterResponse returns ky.retry({ delay }), counted against maxRetries", async () => {
    let asked = 0;
    const hooks: Hooks = { afterResponse: [({ retryCount }) => (retryCount === 0 ? (asked++, ky.retry({ delay: 5 })) : undefined)] };
    const before = server.requests.length;
    const result = await chat(client({ hooks, maxRetries: 1 }), params);
    expect(result.text).not.toBe("");
    expect(asked).toBe(1);
    expect(server.requests.length - before).toBe(2);

    const always: Hooks = { afterResponse: [() => ky.retry({ delay: 1, code: "AGAIN" })] };
    const start = server.requests.length;
    const error = await chat(client({ hooks: always, maxRetries: 2 }), params).catch((e) => e);
    expect(error).toBeInstanceOf(HookError);
    expect(error.hook).toBe("afterResponse");
    expect(error.message).toMatch(/after the last of 2 retries/);
    expect(server.requests.length - start).toBe(3);
  });

  it("runs beforeRetry before each SDK retry with the SDK error, and ky.stop ends the call with that error", async () => {
    const seen: { name: string; retryCount: number }[] = [];
    server.enqueue(limited, limited);
    const hooks: Hooks = { beforeRetry: [({ error, retryCount }) => void seen.push({ name: error.name, retryCount })] };
    await chat(client({ hooks, maxRetries: 2 }), params);
    expect(seen).toEqual([{ name: "RateLimitError", retryCount: 1 }, { name: "RateLimitError", retryCount: 2 }]);

    server.enqueue(limited);
    const before = server.requests.length;
    const error = await chat(client({ hooks: { beforeRetry: [() => ky.stop] }, maxRetries: 2 }), params).catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(server.requests.length - before).toBe(1);
  });

  it("runs beforeError once, on the error about to be thrown, and throws what it returns", async () => {
    const seen: string[] = [];
    class AppError extends Error {}
    server.enqueue(busy, busy);
    const hooks: Hooks = {
      beforeError: [({ error, retryCount }) => {
        seen.push(`${error.name}@${retryCount}`);
        return new AppError(`wrapped: ${error.message}`, { cause: error });
      }],
    };
    const error = await chat(client({ hooks, maxRetries: 1 }), params).catch((e) => e);
    expect(seen).toEqual(["ServerError@1"]);
    expect(error).toBeInstanceOf(AppError);
    expect(error.cause).toBeInstanceOf(ServerError);
  });

  it("runs init hooks on every attempt, and what they set on the options is sent", async () => {
    let runs = 0;
    server.enqueue(busy);
    const hooks: Hooks = {
      init: [(options) => {
        runs += 1;
        const headers = new Headers(options.headers as HeadersInit);
        headers.set("x-init", String(runs));
        options.headers = headers;
      }],
    };
    await chat(client({ hooks, maxRetries: 1 }), params);
    expect(runs).toBe(2);
    expect(lastRequest().headers["x-init"]).toBe("2");
    expect(lastRequest().headers["authorization"]).toBe(`Bearer ${TEST_KEY}`);
  });

  it("runs the instance's hooks, then the client's, then the call's", async () => {
    const order: string[] = [];
    const mark = (name: string): Hooks => ({ beforeRequest: [() => void order.push(name)] });
    const api = ky.create({ hooks: mark("instance") });
    await chat(client({ ky: api, hooks: mark("client") }), params, { hooks: mark("call") });
    expect(order).toEqual(["instance", "client", "call"]);
  });
});

describe("when a hook fails or stalls", () => {
  it("reports a throwing hook as HookError with its error as cause, sends nothing and does not retry", async () => {
    const before = server.requests.length;
    const failure = new Error("token store offline");
    const error = await chat(client({ maxRetries: 2, hooks: { beforeRequest: [() => { throw failure; }] } }), params).catch((e) => e);
    expect(error).toBeInstanceOf(HookError);
    expect(error.hook).toBe("beforeRequest");
    expect(error.cause).toBe(failure);
    expect(error.message).toMatch(/beforeRequest hook threw Error: token store offline/);
    expect(server.requests.length).toBe(before);
  });

  it("keeps the key out of a hook error that quotes it or holds the request", async () => {
    const hooks: Hooks = {
      beforeRequest: [({ request }) => {
        throw Object.assign(new Error(`refused ${request.headers.get("authorization")}`), { request, options: { headers: request.headers } });
      }],
    };
    const error = await chat(client({ hooks }), params).catch((e) => e);
    expect(error).toBeInstanceOf(HookError);
    const printed = inspect(error, { depth: 10, showHidden: true });
    expect(printed).not.toContain(TEST_KEY);
    expect(printed).toContain("refused Bearer [redacted]");
  });

  it("stops at once when the caller aborts while a hook is still awaiting", async () => {
    const controller = new AbortController();
    const hooks: Hooks = { beforeRequest: [() => new Promise<void>(() => undefined)] };
    setTimeout(() => controller.abort(), 30);
    const started = Date.now();
    const error = await chat(client({ hooks }), params, { signal: controller.signal }).catch((e) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("times out a hook that never returns, as the deadline says", async () => {
    const hooks: Hooks = { afterResponse: [() => new Promise<void>(() => undefined)] };
    const error = await chat(client({ hooks, timeout: 80 }), params).catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.timeoutMs).toBe(80);
  });
});

describe("a remote image's load()", () => {
  it("downloads through the app's fetch, with none of the app's or the SDK's headers and no hooks", async () => {
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");
    const imageURL = "https://images.example/dot.png";
    const fetched: { url: string; headers: Headers }[] = [];
    const api = ky.create({
      headers: { "x-app": "search" },
      fetch: async (input, init) => {
        const request = input as Request;
        fetched.push({ url: request.url, headers: request.headers });
        if (request.url === imageURL) return new Response(png, { headers: { "content-type": "image/png" } });
        return fetch(input, init);
      },
    });
    let hookRuns = 0;
    server.enqueue({ body: { choices: [{ finish_reason: "stop", message: { role: "assistant", content: "", images: [{ type: "image_url", image_url: { url: imageURL } }] } }] } });
    const c = client({ ky: api, headers: { "x-sdk-header": "1" }, hooks: { beforeRequest: [() => void hookRuns++] } });
    const result = await generateImage(c, { model: "google/gemini-2.5-flash-image", prompt: "a dot" });
    expect(hookRuns).toBe(1);
    const image = await result.remoteImages[0]!.load();
    expect(image.mimeType).toBe("image/png");
    expect(hookRuns).toBe(1);
    const download = fetched.find((f) => f.url === imageURL)!;
    expect(download.headers.get("authorization")).toBeNull();
    expect(download.headers.get("x-app")).toBeNull();
    expect(download.headers.get("x-sdk-header")).toBeNull();
  });
});

describe("the key never rides on what passes through ky", () => {
  it("takes the Request out of a custom fetch's error of any name, and the key out of its message", async () => {
    const leaky: typeof fetch = async (input) => {
      const request = input as Request;
      const inner = Object.assign(new Error(`proxy said no to ${request.headers.get("authorization")}`), { code: "EPROXY" });
      throw Object.assign(new Error("Request timed out", { cause: inner }), { name: "TimeoutError", request, options: { headers: request.headers } });
    };
    const error = await chat(client({ fetch: leaky }), params).catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).not.toContain(TEST_KEY);
    const printed = inspect(error, { depth: 10, showHidden: true });
    expect(printed).not.toContain(TEST_KEY);
    expect(printed).toContain("EPROXY");
    expect(error.cause.name).toBe("TimeoutError");
    expect(error.cause.request).toBeUndefined();
  });

  it("redacts the key from the SDK error's message when the fetch failure's own message quotes the header", async () => {
    const leaky: typeof fetch = async (input) => {
      throw new TypeError(`fetch failed: Authorization: ${(input as Request).headers.get("authorization")}`);
    };
    const error = await chat(client({ fetch: leaky }), params).catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).not.toContain(TEST_KEY);
    expect(inspect(error, { depth: 10, showHidden: true })).not.toContain(TEST_KEY);
  });

  it("strips a Request held three causes deep, whatever the errors are called", async () => {
    const leaky: typeof fetch = async (input) => {
      const deepest = Object.assign(new Error("socket hang up"), { name: "SocketError", request: input });
      const middle = Object.assign(new Error("upstream", { cause: deepest }), { name: "ProxyError", config: { headers: (input as Request).headers } });
      throw new Error("wrapper failed", { cause: middle });
    };
    const error = await chat(client({ fetch: leaky }), params).catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    const printed = inspect(error, { depth: Infinity, showHidden: true });
    expect(printed).not.toContain(TEST_KEY);
    expect(printed).toContain("socket hang up");
  });

  it("never hands out ky's NetworkError: the cause is what fetch threw", async () => {
    const error = await chat(createClient({ apiKey: TEST_KEY, baseURL: "http://127.0.0.1:9/api/v1", maxRetries: 0 }), params).catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.cause?.name).not.toBe("NetworkError");
    expect(inspect(error, { depth: 10, showHidden: true })).not.toContain(TEST_KEY);
  });
});
