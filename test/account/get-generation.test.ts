import { describe, expect, it } from "vitest";
import { getGeneration } from "../../src/account/index.js";
import { AbortError, AuthenticationError, NotFoundError, ResponseValidationError, ValidationError } from "../../src/errors/index.js";
import { TEST_KEY, api, testClient, useNock } from "../helpers/nock.js";

useNock();

const record = {
  id: "gen-1791085542-nGPIiqI34XL7MIrdVHU3",
  created_at: "2026-10-04T12:00:00.000Z",
  model: "deepseek/deepseek-v4-pro-0813",
  provider_name: "NextBit",
  api_type: "completions",
  streamed: false,
  cancelled: false,
  tokens_prompt: 120,
  tokens_completion: 20,
  native_tokens_reasoning: null,
  total_cost: 0.0001584,
  usage: 0.0001584,
  is_byok: false,
  latency: 812,
  generation_time: 640,
  data_region: "global",
  provider_responses: [{ provider_name: "NextBit", status: 200, latency: 800 }],
  brand_new_field: "kept",
};
const notFound = { error: { code: 404, message: "Generation not found" } };

describe("getGeneration()", () => {
  it("returns the record inside data, sending the id and the key", async () => {
    api()
      .get("/api/v1/generation")
      .query({ id: record.id })
      .matchHeader("authorization", `Bearer ${TEST_KEY}`)
      .reply(200, { data: record });
    const generation = await getGeneration(testClient(), record.id);
    expect(generation).toEqual(record);
    expect(generation.total_cost).toBe(0.0001584);
  });

  it("tries again when the record is not there yet", async () => {
    api().get("/api/v1/generation").query(true).times(2).reply(404, notFound);
    api().get("/api/v1/generation").query(true).reply(200, { data: record });
    const generation = await getGeneration(testClient(), record.id, { notFoundRetryDelay: 5 });
    expect(generation.provider_name).toBe("NextBit");
  });

  it("gives up with NotFoundError after the retries", async () => {
    const scope = api().get("/api/v1/generation").query(true).times(3).reply(404, notFound);
    const error = await getGeneration(testClient(), "gen-missing", { notFoundRetries: 2, notFoundRetryDelay: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(scope.isDone()).toBe(true);
  });

  it("does not retry other errors", async () => {
    api().get("/api/v1/generation").query(true).once().reply(401, { error: { code: 401, message: "User not found." } });
    await expect(getGeneration(testClient(), record.id, { notFoundRetryDelay: 1 })).rejects.toBeInstanceOf(AuthenticationError);
  });

  it("stops waiting between tries when aborted", async () => {
    api().get("/api/v1/generation").query(true).reply(404, notFound);
    const controller = new AbortController();
    const pending = getGeneration(testClient(), record.id, { notFoundRetryDelay: 60_000, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("refuses an empty id and bad retry options before sending", async () => {
    await expect(getGeneration(testClient(), "")).rejects.toBeInstanceOf(ValidationError);
    await expect(getGeneration(testClient(), "gen-1", { notFoundRetries: -1 })).rejects.toMatchObject({ field: "notFoundRetries" });
  });

  it("names data.id when the record has none", async () => {
    api().get("/api/v1/generation").query(true).reply(200, { data: { total_cost: 0 } });
    await expect(getGeneration(testClient(), "gen-1")).rejects.toThrow(ResponseValidationError);
  });
});
