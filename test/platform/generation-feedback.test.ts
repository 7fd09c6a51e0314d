import { describe, expect, it } from "vitest";
import { submitGenerationFeedback } from "../../src/platform/index.js";
import { createOpenRouter } from "../../src/openrouter.js";
import { fixtureJSON } from "../helpers/fixtures.js";
import { sharedFailurePaths } from "../helpers/endpoint-failures.js";
import nock from "nock";
import { TEST_BASE_URL, TEST_KEY, TEST_ORIGIN, api, useNock } from "../helpers/nock.js";
import { MANAGEMENT_KEY, V1, fast, managementClient } from "./plat-b-helpers.js";

useNock();
/** The OpenAPI document's request and 200 examples of submitGenerationFeedback. */
const answer = fixtureJSON("platform/generation-feedback.json");
const params = { category: "incorrect_response", comment: "The model repeated the same paragraph three times.", generation_id: "gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG" } as const;

describe("submitGenerationFeedback() (management key)", () => {
  it("sends the feedback with the management key and returns { success: true }", async () => {
    api().post(`${V1}/generation/feedback`, params).matchHeader("authorization", `Bearer ${MANAGEMENT_KEY}`).reply(200, answer);
    expect(await submitGenerationFeedback(managementClient(), params)).toEqual({ success: true });
  });

  it("refuses a blank generation id, an unknown or missing category and a comment over 1000 characters", async () => {
    const client = managementClient();
    await expect(submitGenerationFeedback(client, { ...params, generation_id: "" })).rejects.toMatchObject({ name: "ValidationError", field: "generation_id" });
    await expect(submitGenerationFeedback(client, { ...params, category: "rude" as never })).rejects.toMatchObject({ field: "category" });
    await expect(submitGenerationFeedback(client, { generation_id: "gen-1" } as never)).rejects.toMatchObject({ field: "category" });
    await expect(submitGenerationFeedback(client, { ...params, comment: "x".repeat(1001) })).rejects.toMatchObject({ field: "comment" });
  });

  it("without a management key, the inference key is still not sent", async () => {
    nock(TEST_ORIGIN, { badheaders: ["authorization"] }).post(`${V1}/generation/feedback`).reply(401, { error: { code: 401, message: "Missing Authentication header" } });
    const error = await submitGenerationFeedback(managementClient({ managementKey: undefined }), params).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/managementKey/);
    expect((error as Error).message).not.toContain(TEST_KEY);
  });

  it("says a 401 needs a management key, and does not retry a 5xx", async () => {
    api().post(`${V1}/generation/feedback`).reply(401, { error: { code: 401, message: "Missing Authentication header" } });
    const error = await submitGenerationFeedback(managementClient(), params).catch((e: Error) => e);
    expect(error).toMatchObject({ name: "AuthenticationError" });
    expect((error as Error).message).toMatch(/OPENROUTER_MANAGEMENT_KEY/);
    api().post(`${V1}/generation/feedback`).reply(500, { error: { code: 500, message: "boom" } }, fast);
    await expect(submitGenerationFeedback(managementClient({ maxRetries: 2 }), params)).rejects.toMatchObject({ status: 500 });
  });

  it("refuses an answer whose success is not true", async () => {
    api().post(`${V1}/generation/feedback`).reply(200, { data: { success: false } });
    await expect(submitGenerationFeedback(managementClient(), params)).rejects.toMatchObject({ name: "ResponseValidationError", message: expect.stringContaining("data.success") });
  });

  it("the facade delegates (platform.generations.submitFeedback)", async () => {
    api().post(`${V1}/generation/feedback`).reply(200, answer);
    const or = createOpenRouter({ managementKey: MANAGEMENT_KEY, baseURL: TEST_BASE_URL, maxRetries: 0 });
    expect((await or.platform.generations.submitFeedback(params)).success).toBe(true);
  });
});

// The shared helper's client holds only the inference key: the management key is given per call, set to the same
// value so that its checks (the header sent, the key in no error) apply to the key this endpoint takes.
sharedFailurePaths({
  name: "submitGenerationFeedback()",
  call: (client, o) => submitGenerationFeedback(client, params, { ...o, managementKey: TEST_KEY }),
  ok: { body: answer },
  malformed: { body: { data: {} } },
  malformedMessage: /data\.success/,
  idempotent: false,
});
