import { describe, expect, it } from "vitest";
import {
  createPresetFromChat, createPresetFromMessages, createPresetFromResponses, getPreset, getPresetVersion, iteratePresets,
  iteratePresetVersions, listPresets, listPresetVersions,
} from "../../src/platform/index.js";
import { createOpenRouter } from "../../src/openrouter.js";
import { fixtureJSON } from "../helpers/fixtures.js";
import { sharedFailurePaths } from "../helpers/endpoint-failures.js";
import nock from "nock";
import { TEST_BASE_URL, TEST_KEY, TEST_ORIGIN, api, useNock } from "../helpers/nock.js";
import { MANAGEMENT_KEY, V1, fast, managementClient } from "./plat-b-helpers.js";

useNock();
/** The OpenAPI document's examples, keyed by operationId; `requests` holds the create-from request bodies. */
const examples = fixtureJSON<Record<string, any>>("platform/presets-examples.json");
/** Matches only a request that carries the inference key. */
const inferenceApi = () => nock(TEST_ORIGIN, { reqheaders: { authorization: `Bearer ${TEST_KEY}` } });

describe("presets (inference key)", () => {
  it("lists and gets presets with the inference key, never the management key", async () => {
    inferenceApi().get(`${V1}/presets`).query({ offset: "0", limit: "50" }).reply(200, examples["listPresets"]);
    inferenceApi().get(`${V1}/presets/my-preset`).reply(200, examples["getPreset"]);
    const client = managementClient();
    const page = await listPresets(client, { offset: 0, limit: 50 });
    expect(page.total_count).toBe(1);
    expect(page.data[0]?.slug).toBe("my-preset");
    const preset = await getPreset(client, "my-preset");
    expect(preset.designated_version?.config).toEqual({ model: "openai/gpt-4o", temperature: 0.7 });
    expect(preset.designated_version?.system_prompt).toBe("You are a helpful assistant.");
    expect(MANAGEMENT_KEY).not.toBe(TEST_KEY);
  });

  it("lists a preset's versions and gets one by number, a string number alike", async () => {
    api().get(`${V1}/presets/my-preset/versions`).reply(200, examples["listPresetVersions"]);
    api().get(`${V1}/presets/my-preset/versions/1`).twice().reply(200, examples["getPresetVersion"]);
    const client = managementClient();
    expect((await listPresetVersions(client, "my-preset")).data[0]?.version).toBe(1);
    expect((await getPresetVersion(client, "my-preset", 1)).preset_id).toBe(examples["getPresetVersion"].data.preset_id);
    expect((await getPresetVersion(client, "my-preset", "1")).version).toBe(1);
  });

  it("sends a slug URL-encoded, so that it cannot reach another path", async () => {
    api().get(`${V1}/presets/a%2Fb`).reply(200, examples["getPreset"]);
    await getPreset(managementClient(), "a/b");
  });

  it("creates a preset from a chat, a responses and a messages body, each sent as written", async () => {
    const { requests } = examples;
    inferenceApi().post(`${V1}/presets/my-preset/chat/completions`, requests["createPresetsChatCompletions"]).reply(200, examples["createPresetsChatCompletions"]);
    inferenceApi().post(`${V1}/presets/my-preset/responses`, requests["createPresetsResponses"]).reply(200, examples["createPresetsResponses"]);
    inferenceApi().post(`${V1}/presets/my-preset/messages`, requests["createPresetsMessages"]).reply(200, examples["createPresetsMessages"]);
    const client = managementClient();
    expect((await createPresetFromChat(client, "my-preset", requests["createPresetsChatCompletions"])).designated_version?.config["model"]).toBe("openai/gpt-5.4");
    expect((await createPresetFromResponses(client, "my-preset", requests["createPresetsResponses"])).slug).toBe("my-preset");
    expect((await createPresetFromMessages(client, "my-preset", requests["createPresetsMessages"])).designated_version?.config["max_tokens"]).toBe(1024);
  });

  it("refuses a blank slug, a bad version, bad paging and a non-object body before sending", async () => {
    const client = managementClient();
    await expect(getPreset(client, "")).rejects.toMatchObject({ name: "ValidationError", field: "slug" });
    await expect(getPresetVersion(client, "my-preset", 0)).rejects.toMatchObject({ field: "version" });
    await expect(getPresetVersion(client, "my-preset", "latest")).rejects.toMatchObject({ field: "version" });
    await expect(listPresets(client, { limit: 0 })).rejects.toMatchObject({ field: "limit" });
    await expect(listPresetVersions(client, " ")).rejects.toMatchObject({ field: "slug" });
    await expect(iteratePresetVersions(client, "").next()).rejects.toMatchObject({ field: "slug" });
    await expect(createPresetFromChat(client, "my-preset", null as never)).rejects.toMatchObject({ field: "params" });
  });

  it("walks presets and versions page by page", async () => {
    const p = examples["listPresets"].data[0];
    api().get(`${V1}/presets`).query({ offset: "0", limit: "2" }).reply(200, { data: [p, { ...p, id: "2" }], total_count: 3 });
    api().get(`${V1}/presets`).query({ offset: "2", limit: "2" }).reply(200, { data: [{ ...p, id: "3" }], total_count: 3 });
    const ids: string[] = [];
    for await (const preset of iteratePresets(managementClient(), { pageSize: 2 })) ids.push(preset.id);
    expect(ids).toEqual([p.id, "2", "3"]);
    const v = examples["listPresetVersions"].data[0];
    api().get(`${V1}/presets/my-preset/versions`).query({ offset: "0", limit: "100" }).reply(200, { data: [v, { ...v, version: 2 }] });
    const versions: number[] = [];
    for await (const version of iteratePresetVersions(managementClient(), "my-preset")) versions.push(version.version);
    expect(versions).toEqual([1, 2]);
  });

  it("does not retry a create on 5xx (a version may have been made), but does on 429", async () => {
    const body = examples["requests"]["createPresetsChatCompletions"];
    api().post(`${V1}/presets/my-preset/chat/completions`).reply(500, { error: { code: 500, message: "boom" } }, fast);
    await expect(createPresetFromChat(managementClient({ maxRetries: 2 }), "my-preset", body)).rejects.toMatchObject({ status: 500 });
    api().post(`${V1}/presets/my-preset/chat/completions`).reply(429, { error: { code: 429, message: "slow down" } }, fast);
    api().post(`${V1}/presets/my-preset/chat/completions`).reply(200, examples["createPresetsChatCompletions"]);
    await createPresetFromChat(managementClient({ maxRetries: 2 }), "my-preset", body);
  });

  it("a 409 (a concurrent change) is an APIError with its status; an unknown slug is a NotFoundError", async () => {
    api().post(`${V1}/presets/my-preset/messages`).reply(409, { error: { code: 409, message: "Resource conflict. Please try again later." } });
    await expect(createPresetFromMessages(managementClient(), "my-preset", examples["requests"]["createPresetsMessages"])).rejects.toMatchObject({ name: "APIError", status: 409 });
    api().get(`${V1}/presets/missing`).reply(404, { error: { code: 404, message: "Resource not found" } });
    await expect(getPreset(managementClient(), "missing")).rejects.toMatchObject({ name: "NotFoundError" });
  });

  it("the facade delegates to the same functions", async () => {
    api().get(`${V1}/presets/my-preset/versions/1`).reply(200, examples["getPresetVersion"]);
    const or = createOpenRouter({ apiKey: TEST_KEY, baseURL: TEST_BASE_URL, maxRetries: 0 });
    expect((await or.platform.presets.getVersion("my-preset", 1)).version).toBe(1);
  });
});

sharedFailurePaths({
  name: "getPreset()",
  call: (client, o) => getPreset(client, "my-preset", o),
  malformed: { body: { data: "my-preset" } },
  malformedMessage: "data",
});

sharedFailurePaths({
  name: "createPresetFromResponses()",
  call: (client, o) => createPresetFromResponses(client, "my-preset", examples["requests"]["createPresetsResponses"], o),
  ok: { body: examples["createPresetsResponses"] },
  malformed: { body: { preset: examples["createPresetsResponses"].data } },
  malformedMessage: /\bdata\b/,
  idempotent: false,
});
