import { describe, expect, it } from "vitest";
import { RETRYABLE_STATUSES, backoffDelay, isDailyCap, serverRetryDelay } from "../../src/core/retry-delay.js";

const now = Date.UTC(2026, 0, 1, 12, 0, 0);
const headers = (init: Record<string, string>) => new Headers(init);

describe("RETRYABLE_STATUSES", () => {
  it("retries timeouts, rate limits and transient server failures", () => {
    for (const status of [408, 429, 500, 502, 503, 504]) expect(RETRYABLE_STATUSES.has(status)).toBe(true);
  });

  it("never retries a request the server refused for good", () => {
    for (const status of [400, 401, 402, 403, 404, 413, 422, 501]) expect(RETRYABLE_STATUSES.has(status)).toBe(false);
  });
});

describe("backoffDelay", () => {
  it("doubles from half a second per retry, without jitter", () => {
    expect([0, 1, 2, 3, 4].map((retry) => backoffDelay(retry, () => 0))).toEqual([500, 1000, 2000, 4000, 8000]);
  });

  it("never waits longer than 8 seconds, however many retries", () => {
    expect(backoffDelay(10, () => 0)).toBe(8000);
    expect(backoffDelay(100, () => 0)).toBe(8000);
  });

  it("takes off up to a quarter at random so that clients that failed together spread out", () => {
    expect(backoffDelay(1, () => 1)).toBe(750);
    expect(backoffDelay(1, () => 0.5)).toBe(875);
    for (let i = 0; i < 50; i++) {
      const delay = backoffDelay(2);
      expect(delay).toBeGreaterThanOrEqual(1500);
      expect(delay).toBeLessThanOrEqual(2000);
    }
  });
});

describe("serverRetryDelay", () => {
  it("is undefined when the server said nothing about waiting", () => {
    expect(serverRetryDelay(headers({}), undefined, now)).toBeUndefined();
    expect(serverRetryDelay(headers({}), { error: { message: "busy" } }, now)).toBeUndefined();
  });

  it("reads retry-after-ms as milliseconds, before every other header", () => {
    expect(serverRetryDelay(headers({ "retry-after-ms": "250", "retry-after": "9" }), undefined, now)).toBe(250);
  });

  it("reads Retry-After as seconds, fractions included", () => {
    expect(serverRetryDelay(headers({ "retry-after": "3" }), undefined, now)).toBe(3000);
    expect(serverRetryDelay(headers({ "retry-after": " 1.5 " }), undefined, now)).toBe(1500);
  });

  it("reads Retry-After as an HTTP date, relative to now", () => {
    const date = new Date(now + 4000).toUTCString();
    expect(serverRetryDelay(headers({ "retry-after": date }), undefined, now)).toBe(4000);
  });

  it("ignores a Retry-After date already past, and a malformed one", () => {
    expect(serverRetryDelay(headers({ "retry-after": new Date(now - 60_000).toUTCString() }), undefined, now)).toBeUndefined();
    expect(serverRetryDelay(headers({ "retry-after": "soon" }), undefined, now)).toBeUndefined();
  });

  it("ignores a negative or malformed retry-after-ms and falls through to the next header", () => {
    expect(serverRetryDelay(headers({ "retry-after-ms": "-5", "retry-after": "2" }), undefined, now)).toBe(2000);
    expect(serverRetryDelay(headers({ "retry-after-ms": "abc" }), undefined, now)).toBeUndefined();
  });

  it("reads X-RateLimit-Reset as epoch milliseconds, as OpenRouter sends it", () => {
    expect(serverRetryDelay(headers({ "x-ratelimit-reset": String(now + 7000) }), undefined, now)).toBe(7000);
  });

  it("accepts X-RateLimit-Reset in epoch seconds too", () => {
    expect(serverRetryDelay(headers({ "x-ratelimit-reset": String(now / 1000 + 5) }), undefined, now)).toBe(5000);
  });

  it("reads a small X-RateLimit-Reset as seconds to wait", () => {
    expect(serverRetryDelay(headers({ "x-ratelimit-reset": "12" }), undefined, now)).toBe(12_000);
  });

  it("ignores a reset time already past", () => {
    expect(serverRetryDelay(headers({ "x-ratelimit-reset": String(now - 1000) }), undefined, now)).toBeUndefined();
  });

  it("finds the reset inside the error body's metadata.headers, whatever its letter case, as a string or a number", () => {
    const body = (value: unknown) => ({ error: { code: 429, metadata: { headers: { "X-RateLimit-Reset": value } } } });
    expect(serverRetryDelay(headers({}), body(String(now + 3000)), now)).toBe(3000);
    expect(serverRetryDelay(headers({}), body(now + 2000), now)).toBe(2000);
    expect(serverRetryDelay(headers({}), body({ nested: true }), now)).toBeUndefined();
  });

  it("prefers the response header to the reset in the body", () => {
    const body = { error: { metadata: { headers: { "x-ratelimit-reset": String(now + 9000) } } } };
    expect(serverRetryDelay(headers({ "x-ratelimit-reset": String(now + 1000) }), body, now)).toBe(1000);
  });

  it("reads error.availability.retry_after as seconds, last", () => {
    expect(serverRetryDelay(headers({}), { error: { availability: { retry_after: 30 } } }, now)).toBe(30_000);
    expect(serverRetryDelay(headers({}), { error: { availability: { retry_after: "30" } } }, now)).toBeUndefined();
    expect(serverRetryDelay(headers({}), { error: { availability: { retry_after: -1 } } }, now)).toBeUndefined();
  });

  it("copes with a body that is not an object", () => {
    expect(serverRetryDelay(headers({}), "Too many requests", now)).toBeUndefined();
    expect(serverRetryDelay(headers({}), null, now)).toBeUndefined();
  });
});

describe("isDailyCap", () => {
  it("recognises a daily limit, however it is worded", () => {
    for (const message of ["Rate limit exceeded: free-models-per-day", "50 requests per day", "Daily limit reached", "PER-DAY"]) {
      expect(isDailyCap(message)).toBe(true);
    }
  });

  it("does not mistake a per-minute limit for a daily one", () => {
    expect(isDailyCap("Rate limit exceeded: 20 requests per minute")).toBe(false);
  });
});
