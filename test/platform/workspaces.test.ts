import { describe, expect, it } from "vitest";
import {
  addWorkspaceMembers, createWorkspace, deleteWorkspace, deleteWorkspaceBudget, getWorkspace, getWorkspaceBudget,
  iterateWorkspaceMembers, iterateWorkspaces, listWorkspaceBudgets, listWorkspaceMembers, listWorkspaces,
  removeWorkspaceMembers, setWorkspaceBudget, updateWorkspace,
} from "../../src/platform/index.js";
import { api, useNock } from "../helpers/nock.js";
import { V1, examples, fast, managementClient, sharesTheFailurePaths } from "./plat-b-helpers.js";

useNock();
const created = { name: "Production", slug: "production", description: "Production environment workspace" };

describe("workspaces", () => {
  it("lists, gets, creates, updates and deletes workspaces", async () => {
    api().get(`${V1}/workspaces`).query({ limit: "10" }).reply(200, examples["listWorkspaces"]);
    api().get(`${V1}/workspaces/production`).reply(200, examples["getWorkspace"]);
    api().post(`${V1}/workspaces`, created).reply(201, examples["createWorkspace"]);
    api().patch(`${V1}/workspaces/production`, { name: "Updated Workspace", slug: "updated-workspace" }).reply(200, examples["updateWorkspace"]);
    api().delete(`${V1}/workspaces/staging`).reply(200, examples["deleteWorkspace"]);
    const client = managementClient();
    expect((await listWorkspaces(client, { limit: 10 })).data[0]?.slug).toBe(examples["listWorkspaces"].data[0].slug);
    expect((await getWorkspace(client, "production")).id).toBe(examples["getWorkspace"].data.id);
    expect((await createWorkspace(client, created)).name).toBe(examples["createWorkspace"].data.name);
    expect((await updateWorkspace(client, "production", { name: "Updated Workspace", slug: "updated-workspace" })).slug).toBe(examples["updateWorkspace"].data.slug);
    expect(await deleteWorkspace(client, "staging")).toEqual({ deleted: true });
  });

  it("refuses a blank name or slug, a blank rename and a sampling rate outside 0–1", async () => {
    const client = managementClient();
    await expect(createWorkspace(client, { name: "", slug: "x" })).rejects.toMatchObject({ name: "ValidationError", field: "name" });
    await expect(createWorkspace(client, { name: "X", slug: " " })).rejects.toMatchObject({ field: "slug" });
    await expect(updateWorkspace(client, "production", { name: "" })).rejects.toMatchObject({ field: "name" });
    await expect(updateWorkspace(client, "production", { io_logging_sampling_rate: -0.1 })).rejects.toMatchObject({ field: "io_logging_sampling_rate" });
  });

  it("walks the workspaces page by page and stops at a short page", async () => {
    const w = examples["listWorkspaces"].data[0];
    api().get(`${V1}/workspaces`).query({ offset: "0", limit: "2" }).reply(200, { data: [w, { ...w, id: "2" }] });
    api().get(`${V1}/workspaces`).query({ offset: "2", limit: "2" }).reply(200, { data: [{ ...w, id: "3" }] });
    const ids: string[] = [];
    for await (const x of iterateWorkspaces(managementClient(), { pageSize: 2 })) ids.push(x.id);
    expect(ids).toEqual([w.id, "2", "3"]);
  });

  sharesTheFailurePaths(
    { method: "GET", path: "/workspaces", run: (c) => listWorkspaces(c) },
    { method: "POST", path: "/workspaces", run: (c) => createWorkspace(c, created) },
  );
});

describe("workspace budgets", () => {
  it("lists, gets, sets and deletes a budget per interval", async () => {
    api().get(`${V1}/workspaces/production/budgets`).reply(200, examples["listWorkspaceBudgets"]);
    api().get(`${V1}/workspaces/production/budgets/monthly`).reply(200, examples["getWorkspaceBudget"]);
    api().put(`${V1}/workspaces/production/budgets/monthly`, { include_byok_in_budgets: true, limit_usd: 100 }).reply(200, examples["upsertWorkspaceBudget"]);
    api().delete(`${V1}/workspaces/production/budgets/daily`).reply(200, examples["deleteWorkspaceBudget"]);
    const client = managementClient();
    expect((await listWorkspaceBudgets(client, "production")).data[0]?.limit_usd).toBe(examples["listWorkspaceBudgets"].data[0].limit_usd);
    expect((await getWorkspaceBudget(client, "production", "monthly")).data.reset_interval).toBe("monthly");
    const set = await setWorkspaceBudget(client, "production", "monthly", { include_byok_in_budgets: true, limit_usd: 100 });
    expect(set.data.limit_usd).toBe(examples["upsertWorkspaceBudget"].data.limit_usd);
    expect((await deleteWorkspaceBudget(client, "production", "daily")).deleted).toBe(true);
  });

  it("retries a budget PUT on 5xx: it sets a state, so repeating it is safe", async () => {
    api().put(`${V1}/workspaces/production/budgets/weekly`).reply(503, { error: { code: 503, message: "busy" } }, fast);
    api().put(`${V1}/workspaces/production/budgets/weekly`).reply(200, examples["upsertWorkspaceBudget"]);
    await setWorkspaceBudget(managementClient({ maxRetries: 1 }), "production", "weekly", { limit_usd: 20 });
  });

  it("refuses an unknown interval and a missing or negative limit before sending", async () => {
    const client = managementClient();
    await expect(getWorkspaceBudget(client, "production", "yearly" as never)).rejects.toMatchObject({ name: "ValidationError", field: "interval" });
    await expect(setWorkspaceBudget(client, "production", "daily", { limit_usd: -1 })).rejects.toMatchObject({ field: "limit_usd" });
    await expect(setWorkspaceBudget(client, "production", "daily", {} as never)).rejects.toMatchObject({ field: "limit_usd" });
    await expect(listWorkspaceBudgets(client, "")).rejects.toMatchObject({ field: "workspaceId" });
  });
});

describe("workspace members", () => {
  it("lists members and adds and removes them in bulk", async () => {
    api().get(`${V1}/workspaces/production/members`).query({ offset: "0", limit: "50" }).reply(200, examples["listWorkspaceMembers"]);
    api().post(`${V1}/workspaces/production/members/add`, { user_ids: ["user_abc123", "user_def456"] }).reply(200, examples["bulkAddWorkspaceMembers"]);
    api().post(`${V1}/workspaces/production/members/remove`, { user_ids: ["user_abc123", "user_def456"] }).reply(200, examples["bulkRemoveWorkspaceMembers"]);
    const client = managementClient();
    expect((await listWorkspaceMembers(client, "production", { offset: 0, limit: 50 })).data[0]?.user_id).toBe("user_abc123");
    expect((await addWorkspaceMembers(client, "production", { user_ids: ["user_abc123", "user_def456"] })).added_count).toBe(examples["bulkAddWorkspaceMembers"].added_count);
    expect((await removeWorkspaceMembers(client, "production", { user_ids: ["user_abc123", "user_def456"] })).removed_count).toBe(2);
  });

  it("refuses an empty list of user ids and a blank id in it", async () => {
    const client = managementClient();
    await expect(addWorkspaceMembers(client, "production", { user_ids: [] })).rejects.toMatchObject({ name: "ValidationError", field: "user_ids" });
    await expect(removeWorkspaceMembers(client, "production", { user_ids: ["u", ""] })).rejects.toMatchObject({ field: "user_ids[1]" });
  });

  it("walks a workspace's members and stops at `limit`", async () => {
    const m = examples["listWorkspaceMembers"].data[0];
    api().get(`${V1}/workspaces/production/members`).query({ offset: "0", limit: "3" }).reply(200, { data: [m, m, m, m], total_count: 10 });
    let n = 0;
    for await (const _ of iterateWorkspaceMembers(managementClient(), "production", { limit: 3 })) n++;
    expect(n).toBe(3);
  });

  sharesTheFailurePaths(
    { method: "GET", path: "/workspaces/production/members", run: (c) => listWorkspaceMembers(c, "production") },
    { method: "POST", path: "/workspaces/production/members/add", run: (c) => addWorkspaceMembers(c, "production", { user_ids: ["u"] }) },
  );
});
