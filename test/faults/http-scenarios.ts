import { expect } from "vitest";
import { NoProviderError, ProviderError, RateLimitError, ResponseValidationError } from "../../src/errors/index.js";
import type { Script } from "../server/openrouter-server.js";
import type { Outcome, Scenario } from "./fault-harness.js";
import { completion, errorBody, html } from "./fault-wire.js";

// What OpenRouter (or something in front of it) can answer: pages instead of JSON, every Retry-After shape, storms
// of 503, errors inside an HTTP 200.

export const httpScenarios: Scenario[] = [
  {
    name: "an HTML error page with 502",
    chat: {
      scripts: [{ status: 502, headers: { "content-type": "text/html" }, body: html("502 Bad Gateway") }],
      expect: ProviderError,
      within: 1_000,
      check: (o) => {
        expect(o.error.status).toBe(502);
        expect(o.error.message).toMatch(/HTML page \("502 Bad Gateway"\)/);
      },
    },
    stream: { scripts: [{ status: 502, headers: { "content-type": "text/html" }, body: html("502 Bad Gateway") }], expect: ProviderError, within: 1_000 },
    models: { scripts: [{ status: 502, headers: { "content-type": "text/html" }, body: html("502 Bad Gateway") }], expect: ProviderError, within: 1_000 },
  },
  {
    name: "an HTML page with 200 (a captive portal, a proxy's login page)",
    chat: {
      scripts: [{ headers: { "content-type": "text/html" }, body: html("Sign in to the Wi-Fi") }],
      expect: ResponseValidationError,
      within: 1_000,
      check: (o) => expect(o.error.text).toContain("Sign in to the Wi-Fi"),
    },
    stream: {
      scripts: [{ headers: { "content-type": "text/html" }, body: html("Sign in to the Wi-Fi") }],
      expect: ResponseValidationError,
      within: 1_000,
      check: (o) => expect(o.error.message).toMatch(/event stream/),
    },
    models: { scripts: [{ headers: { "content-type": "text/html" }, body: html("Sign in to the Wi-Fi") }], expect: ResponseValidationError, within: 1_000 },
  },
  ...retryAfterScenarios(),
  {
    name: "503 storm beyond maxRetries",
    chat: { scripts: storm(4), options: { maxRetries: 3 }, expect: NoProviderError, within: 1_500, requests: 4 },
    stream: { scripts: storm(4), options: { maxRetries: 3 }, expect: NoProviderError, within: 1_500, requests: 4 },
    models: { scripts: storm(4), options: { maxRetries: 3 }, expect: NoProviderError, within: 1_500, requests: 4 },
  },
  {
    name: "200 with an error body",
    chat: { scripts: [{ body: upstream429() }], expect: RateLimitError, within: 1_000, check: checkUpstream429 },
    stream: { scripts: [{ body: upstream429() }], expect: RateLimitError, within: 1_000, check: checkUpstream429 },
    models: { scripts: [{ body: upstream429() }], expect: RateLimitError, within: 1_000, check: checkUpstream429 },
  },
  {
    name: "200 with an error choice next to partial content",
    chat: {
      scripts: [
        {
          body: {
            ...completion("half an"),
            choices: [{ index: 0, finish_reason: "error", error: { code: 502, message: "Upstream error" }, message: { role: "assistant", content: "half an" } }],
          },
        },
      ],
      expect: ProviderError,
      within: 1_000,
    },
  },
  {
    name: "200 with choices: []",
    chat: { scripts: [{ body: { ...completion(""), choices: [] } }], expect: ResponseValidationError, within: 1_000 },
  },
];

function retryAfterScenarios(): Scenario[] {
  const limited = (headers: Record<string, string>): Script => ({ status: 429, headers, body: errorBody(429, "Rate limit exceeded") });
  // Each case: the header, the scripts, and what the three targets expect.
  const waitsThenSucceeds = (name: string, scripts: () => Script[], min: number, within: number): Scenario => {
    const one = { scripts, options: { maxRetries: 1 }, expect: "ok" as const, within, requests: 2, check: (o: Outcome) => expect(o.ms).toBeGreaterThanOrEqual(min) };
    return { name, chat: one, stream: one, models: one };
  };
  const throwsAtOnce = (name: string, scripts: () => Script[], retryAfterMs: (ms: number) => void): Scenario => {
    const one = {
      scripts,
      options: { maxRetries: 2 },
      expect: RateLimitError,
      within: 500,
      requests: 1,
      check: (o: Outcome) => retryAfterMs(o.error.retryAfterMs),
    };
    return { name, chat: one, stream: one, models: one };
  };
  return [
    waitsThenSucceeds("429 with Retry-After in seconds", () => [limited({ "retry-after": "1" })], 950, 3_000),
    // HTTP dates have whole seconds: the first whole second at least 0.5 s away waits 0.5 to 1.5 s.
    waitsThenSucceeds("429 with Retry-After as an HTTP date", () => [limited({ "retry-after": new Date(Math.ceil((Date.now() + 500) / 1000) * 1000).toUTCString() })], 400, 2_500),
    // Unusable: ignored, so the usual backoff (0.5 s, minus up to 25 % jitter) applies.
    waitsThenSucceeds("429 with a negative Retry-After", () => [limited({ "retry-after": "-5" })], 350, 2_000),
    throwsAtOnce("429 with Retry-After far in the future (seconds, beyond the cap)", () => [limited({ "retry-after": "3600" })], (ms) => expect(ms).toBe(3_600_000)),
    throwsAtOnce(
      "429 with Retry-After far in the future (an HTTP date a day away)",
      () => [limited({ "retry-after": new Date(Date.now() + 86_400_000).toUTCString() })],
      (ms) => expect(Math.abs(ms - 86_400_000)).toBeLessThan(5_000),
    ),
  ];
}

function storm(count: number): Script[] {
  return Array.from({ length: count }, () => ({ status: 503, headers: { "retry-after-ms": "20" }, body: errorBody(503, "No instances available") }));
}

function upstream429() {
  return errorBody(429, "Provider returned error", { raw: "openai/gpt-4o is temporarily rate-limited upstream", provider_name: "Chutes" });
}

function checkUpstream429(o: Outcome) {
  expect(o.error.status).toBe(429);
  expect(o.error.message).toContain("[Chutes] openai/gpt-4o is temporarily rate-limited upstream");
}
