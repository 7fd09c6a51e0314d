import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import * as errors from "../../src/errors/index.js";
import { fixtureJSON } from "../helpers/fixtures.js";
import { TEST_KEY } from "../helpers/nock.js";

const { createAPIError, isAPIError, isOpenRouterError } = errors;

describe("createAPIError picks the class from the status", () => {
  const table: [number, string][] = [
    [400, "BadRequestError"],
    [401, "AuthenticationError"],
    [402, "InsufficientCreditsError"],
    [403, "ModerationError"],
    [404, "NotFoundError"],
    [408, "RequestTimeoutError"],
    [429, "RateLimitError"],
    [502, "ProviderError"],
    [503, "NoProviderError"],
    [500, "ServerError"],
    [413, "PayloadTooLargeError"],
    [422, "UnprocessableEntityError"],
    [524, "EdgeTimeoutError"],
    [529, "ProviderOverloadedError"],
    [520, "ServerError"],
    [409, "APIError"],
  ];
  it("keeps 524 and 529 ServerErrors, as they were before they had classes of their own", () => {
    for (const status of [524, 529]) {
      expect(createAPIError({ status, body: { error: { code: status, message: "m" } } })).toBeInstanceOf(errors.ServerError);
    }
  });

  it("keeps the server's message of a 413", () => {
    const error = createAPIError({ status: 413, body: { error: { code: 413, message: "Request payload too large" } } });
    expect(error.message).toBe("413 Request payload too large");
  });

  it("finds the new classes by name across realms", () => {
    for (const status of [413, 422, 524, 529]) {
      const { name, message } = createAPIError({ status, body: { error: { code: status, message: "m" } } });
      const foreign = Object.assign(new Error(message), { name });
      expect(isAPIError(foreign)).toBe(true);
      expect(isOpenRouterError(foreign)).toBe(true);
    }
  });

  for (const [status, name] of table) {
    it(`${status} → ${name}, an APIError and an OpenRouterError`, () => {
      const error = createAPIError({ status, body: { error: { code: status, message: "m" } } });
      expect(error.name).toBe(name);
      expect(error).toBeInstanceOf((errors as any)[name]);
      expect(error).toBeInstanceOf(errors.APIError);
      expect(error).toBeInstanceOf(errors.OpenRouterError);
      expect(error.status).toBe(status);
    });
  }
});

describe("error details", () => {
  it("quotes the provider's own message hidden in metadata.raw (JSON string)", () => {
    const error = createAPIError({
      status: 502,
      body: { error: { code: 502, message: "Provider returned error", metadata: { provider_name: "Together", raw: '{"error":{"message":"model overloaded"}}' } } },
    });
    expect(error.message).toBe("502 Provider returned error — [Together] model overloaded");
    expect(error.metadata?.["provider_name"]).toBe("Together");
  });

  it("exposes moderation reasons and the flagged input", () => {
    const error = createAPIError({
      status: 403,
      body: { error: { code: 403, message: "flagged", metadata: { reasons: ["violence"], flagged_input: "…", provider_name: "OpenAI", model_slug: "x" } } },
    }) as errors.ModerationError;
    expect(error.reasons).toEqual(["violence"]);
    expect(error.flaggedInput).toBe("…");
  });

  it("reads error_type, availability and the generation id header", () => {
    const headers = new Headers({ "x-generation-id": "gen-42" });
    const error = createAPIError({
      status: 404,
      headers,
      body: {
        error: {
          code: 404,
          message: "No endpoints found",
          metadata: { error_type: "not_found" },
          availability: { code: "no_endpoints", retryable: false, requested_models: ["x/y"], docs_url: "https://x" },
        },
      },
    });
    expect(error.errorType).toBe("not_found");
    expect(error.availability?.code).toBe("no_endpoints");
    expect(error.generationId).toBe("gen-42");
    expect(error.headers?.get("x-generation-id")).toBe("gen-42");
  });

  it("describes a body that is not JSON", () => {
    expect(createAPIError({ status: 502, body: "<html><title>Bad gateway</title></html>" }).message).toMatch(/HTML page \("Bad gateway"\)/);
    expect(createAPIError({ status: 500, body: "" }).message).toBe("500 HTTP 500 with no error message");
  });

  it("accepts a string code", () => {
    const error = createAPIError({ status: 500, body: { error: { code: "server_error", message: "masked" } } });
    expect(error.code).toBe("server_error");
  });

  it("adds what to do to a 401", () => {
    const error = createAPIError({ status: 401, body: { error: { code: 401, message: "User not found." } } });
    expect(error.message).toMatch(/User not found\..*OPENROUTER_API_KEY/);
  });
});

describe("guards work across realms by name", () => {
  it("recognise an error from another copy of the SDK", () => {
    const foreign = Object.assign(new Error("x"), { name: "RateLimitError" });
    expect(isAPIError(foreign)).toBe(true);
    expect(isOpenRouterError(foreign)).toBe(true);
    expect(isAPIError(new TypeError("x"))).toBe(false);
    expect(isOpenRouterError(new errors.ValidationError("x"))).toBe(true);
    expect(isAPIError(new errors.ValidationError("x"))).toBe(false);
  });
});

describe("no error ever carries the API key", () => {
  const body = { error: { code: 401, message: `bad key ${TEST_KEY}`, metadata: { raw: `auth ${TEST_KEY}` } } };
  const instances: Error[] = [
    createAPIError({ status: 401, body, apiKey: TEST_KEY }),
    createAPIError({ status: 429, body: JSON.stringify(body), apiKey: TEST_KEY }),
    new errors.ConnectionError("x"),
    new errors.TimeoutError({ timeoutMs: 1, phase: "idle" }),
    new errors.AbortError(),
    new errors.ValidationError("x"),
    new errors.ResponseValidationError("x", { text: "y" }),
  ];
  for (const error of instances) {
    it(`${error.name}: message, toString, JSON and inspect`, () => {
      for (const text of [error.message, String(error), JSON.stringify(error), inspect(error, { depth: 10 })]) {
        expect(text).not.toContain(TEST_KEY);
      }
    });
  }

  it("keeps the 402 fixture's numbers", () => {
    const error = createAPIError({ status: 402, body: fixtureJSON("error-402.json") }) as errors.InsufficientCreditsError;
    expect(error.affordableTokens).toBe(27342);
  });
});
