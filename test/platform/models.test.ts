import { describe, expect, it } from "vitest";
import { AuthenticationError, ResponseValidationError } from "../../src/errors/index.js";
import { iterateUserModels, listProviders, listUserModels, listZdrEndpoints } from "../../src/platform/index.js";
import { TEST_KEY, api, testClient, useNock } from "../helpers/nock.js";
import { MANAGEMENT_KEY, platformFixture } from "./fixtures.js";

useNock();
const client = (extra = {}) => testClient({ managementKey: MANAGEMENT_KEY, ...extra });

describe("listUserModels() and iterateUserModels()", () => {
  it("sends the inference key (not the management key) and returns the page", async () => {
    api().get("/api/v1/models/user").query({ offset: "0", limit: "10" }).matchHeader("authorization", `Bearer ${TEST_KEY}`).reply(200, platformFixture("models-user.json"));
    const page = await listUserModels(client(), { offset: 0, limit: 10 });
    expect(page.data[0]?.id).toBe("openai/gpt-4");
    expect(page.links?.next).toBeUndefined();
  });

  it("walks pages of pageSize until total_count", async () => {
    const model = platformFixture("models-user.json").data[0];
    api().get("/api/v1/models/user").query({ offset: "0", limit: "2" }).reply(200, { data: [model, model], total_count: 3 });
    api().get("/api/v1/models/user").query({ offset: "2", limit: "2" }).reply(200, { data: [model], total_count: 3 });
    let n = 0;
    for await (const _ of iterateUserModels(client(), { pageSize: 2 })) n++;
    expect(n).toBe(3);
  });

  it("refuses limit 0 before sending, and says what a 401 means", async () => {
    await expect(listUserModels(client(), { limit: 0 })).rejects.toMatchObject({ name: "ValidationError", field: "limit" });
    api().get("/api/v1/models/user").reply(401, { error: { code: 401, message: "No auth credentials found" } });
    const error = await listUserModels(client()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(String(error)).not.toContain(TEST_KEY);
  });
});

describe("listProviders() and listZdrEndpoints()", () => {
  it("returns the public lists as arrays", async () => {
    api().get("/api/v1/providers").reply(200, platformFixture("providers.json"));
    api().get("/api/v1/endpoints/zdr").reply(200, platformFixture("endpoints-zdr.json"));
    expect((await listProviders(client()))[0]?.slug).toBe("openai");
    expect((await listZdrEndpoints(client()))[0]?.model_id).toBe("openai/gpt-4");
  });

  it("retries a 500 (a GET) and names data when it is broken", async () => {
    api().get("/api/v1/providers").reply(500, { error: { code: 500, message: "Internal Server Error" } });
    api().get("/api/v1/providers").reply(200, { data: [1] });
    const error = await listProviders(client({ maxRetries: 1 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as Error).message).toContain("data[0] is not an object");
  });
});
