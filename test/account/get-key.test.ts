import { afterEach, describe, expect, it, vi } from "vitest";
import { getCredits, getKey } from "../../src/account/index.js";
import { createClient } from "../../src/core/client.js";
import { ResponseValidationError, ValidationError } from "../../src/errors/index.js";
import { api, testClient, useNock } from "../helpers/nock.js";

useNock();
afterEach(() => {
  vi.unstubAllEnvs();
});

const keyInfo = {
  label: "sk-or-v1-012...def",
  limit: 25,
  limit_remaining: 17.5,
  limit_reset: "monthly",
  include_byok_in_limit: false,
  usage: 7.5,
  usage_daily: 0.5,
  usage_weekly: 2,
  usage_monthly: 7.5,
  byok_usage: 0,
  byok_usage_daily: 0,
  byok_usage_weekly: 0,
  byok_usage_monthly: 0,
  is_free_tier: false,
  is_management_key: false,
  is_provisioning_key: false,
  creator_user_id: null,
  rate_limit: { requests: -1, interval: "10s", note: "This field is deprecated and safe to ignore." },
};

describe("getKey()", () => {
  it("returns the key's limit, what is left, usage, tier and rate limit", async () => {
    api().get("/api/v1/key").reply(200, { data: keyInfo });
    const key = await getKey(testClient());
    expect(key.limit_remaining).toBe(17.5);
    expect(key.is_free_tier).toBe(false);
    expect(key.rate_limit?.requests).toBe(-1);
  });

  it("accepts a key without a limit (nulls) and a new field", async () => {
    api().get("/api/v1/key").reply(200, { data: { ...keyInfo, limit: null, limit_remaining: null, limit_reset: null, brand_new: true } });
    const key = await getKey(testClient());
    expect(key.limit).toBeNull();
    expect((key as unknown as Record<string, unknown>)["brand_new"]).toBe(true);
  });

  it("names the field the SDK relies on when it is missing", async () => {
    const { usage: _usage, ...noUsage } = keyInfo;
    api().get("/api/v1/key").reply(200, { data: noUsage });
    await expect(getKey(testClient())).rejects.toThrow(/data\.usage is missing/);
  });

  it("needs an API key, and says so before sending", async () => {
    vi.stubEnv("OPENROUTER_API_KEY", "");
    vi.stubEnv("OPENROUTER_BASE_URL", "");
    await expect(getKey(createClient())).rejects.toMatchObject({ name: "ValidationError", field: "apiKey" });
  });
});

describe("getCredits()", () => {
  it("returns total credits and usage", async () => {
    api().get("/api/v1/credits").reply(200, { data: { total_credits: 50, total_usage: 42.25 } });
    const credits = await getCredits(testClient());
    expect(credits.total_credits - credits.total_usage).toBe(7.75);
  });

  it("throws ResponseValidationError when a total is not a number", async () => {
    api().get("/api/v1/credits").reply(200, { data: { total_credits: "50", total_usage: 1 } });
    const error = await getCredits(testClient()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as Error).message).toContain("data.total_credits");
    expect(error).not.toBeInstanceOf(ValidationError);
  });
});
