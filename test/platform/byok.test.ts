import { describe, expect, it } from "vitest";
import {
  createByokKey, deleteByokKey, getByokKey, iterateByokKeys, listByokKeys, updateByokKey,
} from "../../src/platform/index.js";
import { api, useNock } from "../helpers/nock.js";
import { MANAGEMENT_KEY, V1, examples, managementClient, sharesTheFailurePaths } from "./plat-b-helpers.js";

useNock();
const id = "11111111-2222-3333-4444-555555555555";
const rawKey = "sk-proj-abc123secretsecretsecret";

describe("BYOK credentials", () => {
  it("lists one page with its query, as the wire answers it", async () => {
    api().get(`${V1}/byok`).query({ provider: "openai", limit: "20" }).reply(200, examples["listBYOKKeys"]);
    const page = await listByokKeys(managementClient(), { provider: "openai", limit: 20 });
    expect(page.total_count).toBe(examples["listBYOKKeys"].total_count);
    expect(page.data[0]?.provider).toBe(examples["listBYOKKeys"].data[0].provider);
  });

  it("gets, updates and deletes one credential by its encoded id", async () => {
    api().get(`${V1}/byok/${id}`).reply(200, examples["getBYOKKey"]);
    api().patch(`${V1}/byok/${id}`, { disabled: false, name: "Updated OpenAI Key" }).reply(200, examples["updateBYOKKey"]);
    api().delete(`${V1}/byok/a%2Fb`).reply(200, examples["deleteBYOKKey"]);
    expect((await getByokKey(managementClient(), id)).id).toBe(examples["getBYOKKey"].data.id);
    expect((await updateByokKey(managementClient(), id, { disabled: false, name: "Updated OpenAI Key" })).label).toBe(examples["updateBYOKKey"].data.label);
    expect(await deleteByokKey(managementClient(), "a/b")).toEqual({ deleted: true });
  });

  it("creates a credential and keeps the raw key out of every debug line", async () => {
    api().post(`${V1}/byok`, { provider: "openai", key: rawKey, name: "Production OpenAI Key" }).reply(201, examples["createBYOKKey"]);
    const lines: string[] = [];
    const key = await createByokKey(managementClient({ debug: (line) => lines.push(line) }), { provider: "openai", key: rawKey, name: "Production OpenAI Key" });
    expect(key.id).toBe(examples["createBYOKKey"].data.id);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join("\n")).not.toContain(rawKey);
    expect(lines.join("\n")).not.toContain(MANAGEMENT_KEY);
  });

  it("refuses a blank provider, a blank key, an empty id and a blank rotated key before sending", async () => {
    const client = managementClient();
    await expect(createByokKey(client, { provider: "", key: rawKey })).rejects.toMatchObject({ name: "ValidationError", field: "provider" });
    await expect(createByokKey(client, { provider: "openai", key: " " })).rejects.toMatchObject({ name: "ValidationError", field: "key" });
    await expect(getByokKey(client, "")).rejects.toMatchObject({ name: "ValidationError", field: "id" });
    await expect(updateByokKey(client, id, { key: "" })).rejects.toMatchObject({ name: "ValidationError", field: "key" });
  });

  it("refuses a page query that is not whole numbers in range before sending", async () => {
    await expect(listByokKeys(managementClient(), { limit: 0 })).rejects.toMatchObject({ name: "ValidationError", field: "limit" });
    await expect(listByokKeys(managementClient(), { offset: 1.5 })).rejects.toMatchObject({ name: "ValidationError", field: "offset" });
  });

  it("walks every page", async () => {
    const key = examples["listBYOKKeys"].data[0];
    api().get(`${V1}/byok`).query({ provider: "openai", offset: "0", limit: "2" }).reply(200, { data: [key, { ...key, id: "b" }], total_count: 3 });
    api().get(`${V1}/byok`).query({ provider: "openai", offset: "2", limit: "2" }).reply(200, { data: [{ ...key, id: "c" }], total_count: 3 });
    const ids: string[] = [];
    for await (const k of iterateByokKeys(managementClient(), { provider: "openai" }, { pageSize: 2 })) ids.push(k.id);
    expect(ids).toEqual([key.id, "b", "c"]);
  });

  sharesTheFailurePaths(
    { method: "GET", path: "/byok", run: (c) => listByokKeys(c) },
    { method: "POST", path: "/byok", run: (c) => createByokKey(c, { provider: "openai", key: rawKey }) },
  );
});
