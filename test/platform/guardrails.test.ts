import { describe, expect, it } from "vitest";
import {
  assignKeysToGuardrail, assignMembersToGuardrail, createGuardrail, deleteGuardrail, getGuardrail,
  iterateGuardrailKeyAssignments, iterateGuardrailMemberAssignments, iterateGuardrails, iterateKeyAssignments,
  iterateMemberAssignments, listGuardrailKeyAssignments, listGuardrailMemberAssignments, listGuardrails,
  listKeyAssignments, listMemberAssignments, unassignKeysFromGuardrail, unassignMembersFromGuardrail, updateGuardrail,
} from "../../src/platform/index.js";
import { fixtureJSON } from "../helpers/fixtures.js";
import { api, useNock } from "../helpers/nock.js";
import { MANAGEMENT_KEY, V1, fast, managementClient, sharesTheFailurePaths } from "./plat-b-helpers.js";

useNock();
/** The 200/201 example of each guardrail operation by operationId, and the request examples under `requests`. */
const examples = fixtureJSON<Record<string, any>>("platform/guardrails-examples.json");
const requests = examples["requests"];
const ID = "550e8400-e29b-41d4-a716-446655440000";

describe("guardrails", () => {
  it("lists, gets, creates, updates and deletes guardrails with the document's bodies", async () => {
    api().get(`${V1}/guardrails`).query({ offset: "0", limit: "50", workspace_id: "ws-1" }).reply(200, examples["listGuardrails"]);
    api().get(`${V1}/guardrails/${ID}`).reply(200, examples["getGuardrail"]);
    api().post(`${V1}/guardrails`, requests["createGuardrail"]).reply(201, examples["createGuardrail"]);
    api().patch(`${V1}/guardrails/${ID}`, requests["updateGuardrail"]).reply(200, examples["updateGuardrail"]);
    api().delete(`${V1}/guardrails/${ID}`).reply(200, examples["deleteGuardrail"]);
    const client = managementClient();
    const page = await listGuardrails(client, { offset: 0, limit: 50, workspace_id: "ws-1" });
    expect(page.total_count).toBe(1);
    expect(page.data[0]?.allowed_providers).toEqual(["openai", "anthropic", "google"]);
    expect((await getGuardrail(client, ID)).limit_usd).toBe(100);
    const created = await createGuardrail(client, requests["createGuardrail"]);
    expect(created.enforce_zdr_openai).toBe(true);
    expect(created.workspace_id).toBe(examples["createGuardrail"].data.workspace_id);
    const updated = await updateGuardrail(client, ID, requests["updateGuardrail"]);
    expect([updated.name, updated.reset_interval, updated.limit_usd]).toEqual(["Updated Guardrail Name", "weekly", 75]);
    expect(await deleteGuardrail(client, ID)).toEqual({ deleted: true });
  });

  it("keeps fields the SDK does not know, and the content filters as sent", async () => {
    const data = { ...examples["getGuardrail"].data, content_filter_builtins: [{ slug: "email", action: "redact", label: "[EMAIL]" }], new_field: 1 };
    api().get(`${V1}/guardrails/${ID}`).reply(200, { data });
    const g = await getGuardrail(managementClient(), ID);
    expect(g["new_field"]).toBe(1);
    expect(g.content_filter_builtins?.[0]?.label).toBe("[EMAIL]");
  });

  it("sends the id URL-encoded", async () => {
    api().get(`${V1}/guardrails/a%2Fb`).reply(200, examples["getGuardrail"]);
    await getGuardrail(managementClient(), "a/b");
  });

  it("refuses a bad create or update body before sending, naming the field", async () => {
    const client = managementClient();
    await expect(createGuardrail(client, { name: " " })).rejects.toMatchObject({ name: "ValidationError", field: "name" });
    await expect(createGuardrail(client, {} as never)).rejects.toMatchObject({ field: "name" });
    await expect(createGuardrail(client, { name: "g", limit_usd: -1 })).rejects.toMatchObject({ field: "limit_usd" });
    await expect(createGuardrail(client, { name: "g", reset_interval: "yearly" as never })).rejects.toMatchObject({ field: "reset_interval" });
    await expect(createGuardrail(client, { name: "g", allowed_models: [] })).rejects.toMatchObject({ field: "allowed_models" });
    await expect(createGuardrail(client, { name: "g", ignored_providers: ["azure", ""] })).rejects.toMatchObject({ field: "ignored_providers[1]" });
    await expect(createGuardrail(client, { name: "g", content_filters: [{ pattern: "", action: "block" }] })).rejects.toMatchObject({ field: "content_filters[0].pattern" });
    await expect(createGuardrail(client, { name: "g", content_filter_builtins: [{ slug: "email" } as never] })).rejects.toMatchObject({ field: "content_filter_builtins[0].action" });
    await expect(updateGuardrail(client, ID, { name: "" })).rejects.toMatchObject({ field: "name" });
    await expect(updateGuardrail(client, "", { limit_usd: 1 })).rejects.toMatchObject({ field: "id" });
    await expect(updateGuardrail(client, ID, null as never)).rejects.toMatchObject({ field: "params" });
    await expect(getGuardrail(client, "")).rejects.toMatchObject({ field: "id" });
  });

  it("accepts null where the wire clears a setting (no limit, no interval, no list)", async () => {
    const body = { limit_usd: null, reset_interval: null, allowed_models: null, content_filters: null };
    api().patch(`${V1}/guardrails/${ID}`, body).reply(200, examples["updateGuardrail"]);
    await updateGuardrail(managementClient(), ID, body);
  });

  it("does not retry an update on 5xx (it may have taken effect), and retries a delete", async () => {
    api().patch(`${V1}/guardrails/${ID}`).reply(503, { error: { code: 503, message: "busy" } }, fast);
    await expect(updateGuardrail(managementClient({ maxRetries: 2 }), ID, { limit_usd: 1 })).rejects.toMatchObject({ status: 503 });
    api().delete(`${V1}/guardrails/${ID}`).reply(503, { error: { code: 503, message: "busy" } }, fast);
    api().delete(`${V1}/guardrails/${ID}`).reply(200, examples["deleteGuardrail"]);
    expect((await deleteGuardrail(managementClient({ maxRetries: 1 }), ID)).deleted).toBe(true);
  });

  it("names data.id when a guardrail comes back without one", async () => {
    const { id: _, ...data } = examples["getGuardrail"].data;
    api().get(`${V1}/guardrails/${ID}`).reply(200, { data });
    await expect(getGuardrail(managementClient(), ID)).rejects.toMatchObject({ name: "ResponseValidationError", message: expect.stringMatching(/data\.id/) });
  });

  it("walks the guardrails of a workspace page by page and stops at the reported total", async () => {
    const g = examples["listGuardrails"].data[0];
    api().get(`${V1}/guardrails`).query({ workspace_id: "ws-1", offset: "0", limit: "2" }).reply(200, { data: [g, { ...g, id: "2" }], total_count: 4 });
    api().get(`${V1}/guardrails`).query({ workspace_id: "ws-1", offset: "2", limit: "2" }).reply(200, { data: [{ ...g, id: "3" }, { ...g, id: "4" }], total_count: 4 });
    const ids: string[] = [];
    for await (const x of iterateGuardrails(managementClient(), { workspace_id: "ws-1" }, { pageSize: 2 })) ids.push(x.id);
    expect(ids).toEqual([g.id, "2", "3", "4"]);
  });

  sharesTheFailurePaths(
    { method: "GET", path: "/guardrails", run: (c) => listGuardrails(c) },
    { method: "POST", path: "/guardrails", run: (c) => createGuardrail(c, { name: "g" }) },
  );
});

describe("guardrail key assignments", () => {
  const hashes = requests["bulkAssignKeysToGuardrail"];

  it("lists a guardrail's keys and every key assignment, and assigns and unassigns keys in bulk", async () => {
    api().get(`${V1}/guardrails/${ID}/assignments/keys`).query({ offset: "0", limit: "10" }).reply(200, examples["listGuardrailKeyAssignments"]);
    api().get(`${V1}/guardrails/assignments/keys`).reply(200, examples["listKeyAssignments"]);
    api().post(`${V1}/guardrails/${ID}/assignments/keys`, hashes).matchHeader("authorization", `Bearer ${MANAGEMENT_KEY}`).reply(200, examples["bulkAssignKeysToGuardrail"]);
    api().post(`${V1}/guardrails/${ID}/assignments/keys/remove`, requests["bulkUnassignKeysFromGuardrail"]).reply(200, examples["bulkUnassignKeysFromGuardrail"]);
    const client = managementClient();
    expect((await listGuardrailKeyAssignments(client, ID, { offset: 0, limit: 10 })).data[0]?.key_name).toBe("Production Key");
    expect((await listKeyAssignments(client)).data[0]?.key_hash).toBe(hashes.key_hashes[0]);
    expect(await assignKeysToGuardrail(client, ID, hashes)).toEqual({ assigned_count: 3 });
    expect(await unassignKeysFromGuardrail(client, ID, requests["bulkUnassignKeysFromGuardrail"])).toEqual({ unassigned_count: 3 });
  });

  it("refuses an empty list of hashes, a blank hash and an empty guardrail id before sending", async () => {
    const client = managementClient();
    await expect(assignKeysToGuardrail(client, ID, { key_hashes: [] })).rejects.toMatchObject({ name: "ValidationError", field: "key_hashes" });
    await expect(unassignKeysFromGuardrail(client, ID, { key_hashes: ["h", " "] })).rejects.toMatchObject({ field: "key_hashes[1]" });
    await expect(assignKeysToGuardrail(client, "", hashes)).rejects.toMatchObject({ field: "guardrailId" });
    await expect(listGuardrailKeyAssignments(client, "")).rejects.toMatchObject({ field: "guardrailId" });
  });

  it("names the count when an (un)assignment answer lacks it", async () => {
    api().post(`${V1}/guardrails/${ID}/assignments/keys`).reply(200, { assigned: 3 });
    await expect(assignKeysToGuardrail(managementClient(), ID, hashes)).rejects.toMatchObject({ name: "ResponseValidationError", message: expect.stringMatching(/assigned_count/) });
    api().post(`${V1}/guardrails/${ID}/assignments/keys/remove`).reply(200, { unassigned_count: "3" });
    await expect(unassignKeysFromGuardrail(managementClient(), ID, hashes)).rejects.toMatchObject({ message: expect.stringMatching(/unassigned_count/) });
  });

  it("walks a guardrail's keys and every key assignment, stopping at `limit`", async () => {
    const a = examples["listKeyAssignments"].data[0];
    api().get(`${V1}/guardrails/${ID}/assignments/keys`).query({ offset: "0", limit: "3" }).reply(200, { data: [a, a, a, a], total_count: 9 });
    api().get(`${V1}/guardrails/assignments/keys`).query({ offset: "0", limit: "100" }).reply(200, { data: [a], total_count: 1 });
    let n = 0;
    for await (const _ of iterateGuardrailKeyAssignments(managementClient(), ID, { limit: 3 })) n++;
    expect(n).toBe(3);
    const all: unknown[] = [];
    for await (const x of iterateKeyAssignments(managementClient())) all.push(x);
    expect(all).toEqual([a]);
  });

  sharesTheFailurePaths(
    { method: "GET", path: `/guardrails/${ID}/assignments/keys`, run: (c) => listGuardrailKeyAssignments(c, ID) },
    { method: "POST", path: `/guardrails/${ID}/assignments/keys`, run: (c) => assignKeysToGuardrail(c, ID, hashes) },
  );
});

describe("guardrail member assignments", () => {
  const members = requests["bulkAssignMembersToGuardrail"];

  it("lists a guardrail's members and every member assignment, and assigns and unassigns members in bulk", async () => {
    api().get(`${V1}/guardrails/${ID}/assignments/members`).reply(200, examples["listGuardrailMemberAssignments"]);
    api().get(`${V1}/guardrails/assignments/members`).query({ offset: "5" }).reply(200, examples["listMemberAssignments"]);
    api().post(`${V1}/guardrails/${ID}/assignments/members`, members).reply(200, examples["bulkAssignMembersToGuardrail"]);
    api().post(`${V1}/guardrails/${ID}/assignments/members/remove`, requests["bulkUnassignMembersFromGuardrail"]).reply(200, examples["bulkUnassignMembersFromGuardrail"]);
    const client = managementClient();
    expect((await listGuardrailMemberAssignments(client, ID)).data[0]?.organization_id).toBe("org_xyz789");
    expect((await listMemberAssignments(client, { offset: 5 })).data[0]?.user_id).toBe("user_abc123");
    expect((await assignMembersToGuardrail(client, ID, members)).assigned_count).toBe(2);
    expect((await unassignMembersFromGuardrail(client, ID, requests["bulkUnassignMembersFromGuardrail"])).unassigned_count).toBe(2);
  });

  it("refuses an empty list of user ids and a negative offset before sending", async () => {
    const client = managementClient();
    await expect(assignMembersToGuardrail(client, ID, { member_user_ids: [] })).rejects.toMatchObject({ name: "ValidationError", field: "member_user_ids" });
    await expect(unassignMembersFromGuardrail(client, ID, {} as never)).rejects.toMatchObject({ field: "member_user_ids" });
    await expect(listMemberAssignments(client, { offset: -1 })).rejects.toMatchObject({ field: "offset" });
  });

  it("walks a guardrail's members and every member assignment until a short page", async () => {
    const m = examples["listMemberAssignments"].data[0];
    api().get(`${V1}/guardrails/${ID}/assignments/members`).query({ offset: "0", limit: "2" }).reply(200, { data: [m, m] });
    api().get(`${V1}/guardrails/${ID}/assignments/members`).query({ offset: "2", limit: "2" }).reply(200, { data: [] });
    api().get(`${V1}/guardrails/assignments/members`).query({ offset: "0", limit: "2" }).reply(200, { data: [m] });
    let n = 0;
    for await (const _ of iterateGuardrailMemberAssignments(managementClient(), ID, { pageSize: 2 })) n++;
    expect(n).toBe(2);
    for await (const x of iterateMemberAssignments(managementClient(), { pageSize: 2 })) expect(x.user_id).toBe(m.user_id);
  });

  sharesTheFailurePaths(
    { method: "GET", path: "/guardrails/assignments/members", run: (c) => listMemberAssignments(c) },
    { method: "POST", path: `/guardrails/${ID}/assignments/members/remove`, run: (c) => unassignMembersFromGuardrail(c, ID, members) },
  );
});
