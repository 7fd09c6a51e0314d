import { describe, expect, it } from "vitest";
import { chat } from "../../src/chat/chat.js";
import {
  AbortError,
  AuthenticationError,
  BadRequestError,
  ConnectionError,
  InsufficientCreditsError,
  ModerationError,
  NoProviderError,
  NotFoundError,
  PayloadTooLargeError,
  RateLimitError,
  ServerError,
  UnprocessableEntityError,
} from "../../src/errors/index.js";
import { fixtureJSON } from "../helpers/fixtures.js";
import { api, testClient, useNock } from "../helpers/nock.js";

useNock();

const ok = () => fixtureJSON("chat-nonstream-basic.json");
const params = { model: "openai/gpt-4.1-nano", prompt: "x" };
const fast = { "retry-after-ms": "1" };

describe("retries", () => {
  for (const status of [408, 429, 500, 502, 503, 504, 524, 529]) {
    it(`retries a ${status} and returns the answer that follows`, async () => {
      api().post("/api/v1/chat/completions").reply(status, { error: { code: status, message: "try again" } }, fast);
      api().post("/api/v1/chat/completions").reply(200, ok());
      const result = await chat(testClient({ maxRetries: 2 }), params);
      expect(result.text).toBe('{"ok": true}');
    });
  }

  for (const [status, type] of [
    [400, BadRequestError],
    [401, AuthenticationError],
    [402, InsufficientCreditsError],
    [403, ModerationError],
    [404, NotFoundError],
    [413, PayloadTooLargeError],
    [422, UnprocessableEntityError],
  ] as const) {
    it(`never retries a ${status}`, async () => {
      // One interceptor: a second attempt would hit nock's "no match" and fail differently.
      api().post("/api/v1/chat/completions").reply(status, { error: { code: status, message: "no" } }, fast);
      await expect(chat(testClient({ maxRetries: 3 }), params)).rejects.toBeInstanceOf(type);
    });
  }

  it("gives up after maxRetries and throws the last status's error", async () => {
    let calls = 0;
    api()
      .post("/api/v1/chat/completions")
      .times(3)
      .reply(() => (calls++, [503, { error: { code: 503, message: "No instances available" } }, fast]));
    const error = await chat(testClient({ maxRetries: 2 }), params).catch((e) => e);
    expect(error).toBeInstanceOf(NoProviderError);
    expect(calls).toBe(3);
  });

  it("honours Retry-After in seconds", async () => {
    api().post("/api/v1/chat/completions").reply(429, { error: { code: 429, message: "slow down" } }, { "Retry-After": "1" });
    api().post("/api/v1/chat/completions").reply(200, ok());
    const started = Date.now();
    await chat(testClient({ maxRetries: 1 }), params);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("honours Retry-After as an HTTP date", async () => {
    const when = new Date(Date.now() + 1_500).toUTCString(); // second precision: waits 0.5–1.5 s
    api().post("/api/v1/chat/completions").reply(503, { error: { code: 503, message: "busy" } }, { "Retry-After": when });
    api().post("/api/v1/chat/completions").reply(200, ok());
    const started = Date.now();
    await chat(testClient({ maxRetries: 1 }), params);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
  });

  it("honours X-RateLimit-Reset as epoch milliseconds", async () => {
    const reset = String(Date.now() + 400);
    api().post("/api/v1/chat/completions").reply(429, { error: { code: 429, message: "limited" } }, { "X-RateLimit-Reset": reset });
    api().post("/api/v1/chat/completions").reply(200, ok());
    const started = Date.now();
    await chat(testClient({ maxRetries: 1 }), params);
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(300);
    expect(waited).toBeLessThan(3_000);
  });

  it("throws RateLimitError at once when the server asks for a wait beyond maxRetryDelay", async () => {
    api()
      .post("/api/v1/chat/completions")
      .reply(429, { error: { code: 429, message: "limited" } }, { "Retry-After": "3600" });
    const started = Date.now();
    const error = await chat(testClient({ maxRetries: 2 }), params).catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfterMs).toBe(3_600_000);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it("does not retry the free-tier daily cap (fixture) and reports its reset", async () => {
    const body = fixtureJSON("error-429.json");
    const reset = Date.now() + 6 * 3600_000;
    body.error.metadata.headers["X-RateLimit-Reset"] = String(reset);
    api().post("/api/v1/chat/completions").reply(429, body);
    const error = await chat(testClient({ maxRetries: 2 }), params).catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfterMs).toBeGreaterThan(5 * 3600_000);
    expect(error.message).toMatch(/free-models-per-day.*daily cap/);
  });

  it("does not retry a daily cap whose reset is unknown", async () => {
    const body = fixtureJSON("error-429.json");
    delete body.error.metadata.headers;
    api().post("/api/v1/chat/completions").reply(429, body);
    await expect(chat(testClient({ maxRetries: 2 }), params)).rejects.toBeInstanceOf(RateLimitError);
  });

  it("reads the 402 fixture: no retry, the affordable tokens, and what to do", async () => {
    api().post("/api/v1/chat/completions").reply(402, fixtureJSON("error-402.json"));
    const error = await chat(testClient({ maxRetries: 2 }), params).catch((e) => e);
    expect(error).toBeInstanceOf(InsufficientCreditsError);
    expect(error.status).toBe(402);
    expect(error.code).toBe(402);
    expect(error.requestedTokens).toBe(32000);
    expect(error.affordableTokens).toBe(27342);
    expect(error.message).toMatch(/lower max_tokens/);
  });

  it("retries connection failures, then throws ConnectionError naming the cause", async () => {
    // nock 15 hangs fetch on replyWithError({ code }) objects; the string form fails the request properly.
    api().post("/api/v1/chat/completions").times(2).replyWithError("connect ECONNREFUSED 10.0.0.1:443");
    const error = await chat(testClient({ maxRetries: 1 }), params).catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toMatch(/Could not reach openrouter.test.*ECONNREFUSED/);
  });

  it("recovers when a retry after a connection failure succeeds", async () => {
    api().post("/api/v1/chat/completions").replyWithError("socket hang up");
    api().post("/api/v1/chat/completions").reply(200, ok());
    const result = await chat(testClient({ maxRetries: 1 }), params);
    expect(result.text).toBe('{"ok": true}');
  });

  it("stops waiting for a retry at once when the caller aborts", async () => {
    api().post("/api/v1/chat/completions").reply(503, { error: { code: 503, message: "busy" } }, { "Retry-After": "30" });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("user left")), 100);
    const started = Date.now();
    const error = await chat(testClient({ maxRetries: 2 }), params, { signal: controller.signal }).catch((e) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("maps other 5xx to ServerError and keeps the HTML page's title", async () => {
    api().post("/api/v1/chat/completions").reply(524, "<!DOCTYPE html><html><head><title>A timeout occurred</title></head></html>", { "content-type": "text/html" });
    const error = await chat(testClient(), params).catch((e) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(error.status).toBe(524);
    expect(error.message).toContain("A timeout occurred");
  });
});
