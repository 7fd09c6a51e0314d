import { describe, expect, it } from "vitest";
import {
  createObservabilityDestination, deleteObservabilityDestination, getObservabilityDestination,
  iterateObservabilityDestinations, listObservabilityDestinations, updateObservabilityDestination,
} from "../../src/platform/index.js";
import { api, useNock } from "../helpers/nock.js";
import { V1, examples, managementClient, sharesTheFailurePaths } from "./plat-b-helpers.js";

useNock();
const id = "550e8400-e29b-41d4-a716-446655440000";
const langfuse = { name: "Production Langfuse", type: "langfuse", config: { baseUrl: "https://us.cloud.langfuse.com", publicKey: "pk-l...EfGh", secretKey: "sk-l...AbCd" } };

describe("observability destinations", () => {
  it("lists a workspace's destinations, one page", async () => {
    api().get(`${V1}/observability/destinations`).query({ workspace_id: "ws" }).reply(200, examples["listObservabilityDestinations"]);
    const page = await listObservabilityDestinations(managementClient(), { workspace_id: "ws" });
    expect(page.data[0]?.type).toBe(examples["listObservabilityDestinations"].data[0].type);
    expect(page.total_count).toBe(examples["listObservabilityDestinations"].total_count);
  });

  it("creates, gets, updates and deletes a destination", async () => {
    api().post(`${V1}/observability/destinations`, langfuse).reply(201, examples["createObservabilityDestination"]);
    api().get(`${V1}/observability/destinations/${id}`).reply(200, examples["getObservabilityDestination"]);
    api().patch(`${V1}/observability/destinations/${id}`, { enabled: false, name: "Updated Langfuse" }).reply(200, examples["updateObservabilityDestination"]);
    api().delete(`${V1}/observability/destinations/${id}`).reply(200, examples["deleteObservabilityDestination"]);
    const client = managementClient();
    expect((await createObservabilityDestination(client, langfuse)).config).toEqual(examples["createObservabilityDestination"].data.config);
    expect((await getObservabilityDestination(client, id)).id).toBe(examples["getObservabilityDestination"].data.id);
    expect((await updateObservabilityDestination(client, id, { enabled: false, name: "Updated Langfuse" })).name).toBe(examples["updateObservabilityDestination"].data.name);
    expect((await deleteObservabilityDestination(client, id)).deleted).toBe(true);
  });

  it("refuses a blank name or type, a config that is not an object and a sampling rate outside 0–1", async () => {
    const client = managementClient();
    await expect(createObservabilityDestination(client, { ...langfuse, name: "" })).rejects.toMatchObject({ field: "name" });
    await expect(createObservabilityDestination(client, { ...langfuse, type: "" })).rejects.toMatchObject({ field: "type" });
    await expect(createObservabilityDestination(client, { ...langfuse, config: null as never })).rejects.toMatchObject({ field: "config" });
    await expect(updateObservabilityDestination(client, id, { sampling_rate: 1.5 })).rejects.toMatchObject({ name: "ValidationError", field: "sampling_rate" });
  });

  it("walks the pages until the total", async () => {
    const d = examples["listObservabilityDestinations"].data[0];
    api().get(`${V1}/observability/destinations`).query({ offset: "0", limit: "1" }).reply(200, { data: [d], total_count: 2 });
    api().get(`${V1}/observability/destinations`).query({ offset: "1", limit: "1" }).reply(200, { data: [{ ...d, id: "second" }], total_count: 2 });
    const seen: string[] = [];
    for await (const x of iterateObservabilityDestinations(managementClient(), {}, { pageSize: 1 })) seen.push(x.id);
    expect(seen).toEqual([d.id, "second"]);
  });

  sharesTheFailurePaths(
    { method: "GET", path: "/observability/destinations", run: (c) => listObservabilityDestinations(c) },
    { method: "POST", path: "/observability/destinations", run: (c) => createObservabilityDestination(c, langfuse) },
  );
});
