import { describe, expect, it } from "vitest";
import {
  createScimGroupMapping, deleteScimGroupMapping, getScimGroupMapping, iterateOrganizationMembers, iterateScimGroupMappings,
  iterateScimGroups, listOrganizationMembers, listScimGroupMappings, listScimGroups, updateScimGroupMapping,
} from "../../src/platform/index.js";
import { api, useNock } from "../helpers/nock.js";
import { V1, examples, managementClient, sharesTheFailurePaths } from "./plat-b-helpers.js";

useNock();
const mappingId = examples["getScimGroupMapping"].data.id as string;
const mapping = { scim_group_id: "grp_engineering", workspace_id: "550e8400-e29b-41d4-a716-446655440000", role: "member" } as const;

describe("organization members", () => {
  it("lists one page and walks them all", async () => {
    const member = examples["listOrganizationMembers"].data[0];
    api().get(`${V1}/organization/members`).reply(200, examples["listOrganizationMembers"]);
    api().get(`${V1}/organization/members`).query({ offset: "0", limit: "1" }).reply(200, { data: [member], total_count: 2 });
    api().get(`${V1}/organization/members`).query({ offset: "1", limit: "1" }).reply(200, { data: [{ ...member, id: "user_2" }], total_count: 2 });
    const page = await listOrganizationMembers(managementClient());
    expect(page.data[0]?.email).toBe("jane.doe@example.com");
    const ids: string[] = [];
    for await (const m of iterateOrganizationMembers(managementClient(), { pageSize: 1 })) ids.push(m.id);
    expect(ids).toEqual([member.id, "user_2"]);
  });

  sharesTheFailurePaths(
    { method: "GET", path: "/organization/members", run: (c) => listOrganizationMembers(c) },
    // The organization has no create: a SCIM mapping stands in for the one POST this test needs.
    { method: "POST", path: "/scim/group-mappings", run: (c) => createScimGroupMapping(c, mapping) },
  );
});

describe("SCIM group mappings and groups", () => {
  it("creates, lists, gets, updates and deletes a mapping", async () => {
    api().post(`${V1}/scim/group-mappings`, mapping).reply(201, examples["createScimGroupMapping"]);
    api().get(`${V1}/scim/group-mappings`).reply(200, examples["listScimGroupMappings"]);
    api().get(`${V1}/scim/group-mappings/${mappingId}`).reply(200, examples["getScimGroupMapping"]);
    api().patch(`${V1}/scim/group-mappings/${mappingId}`, { role: "admin" }).reply(200, examples["updateScimGroupMapping"]);
    api().delete(`${V1}/scim/group-mappings/${mappingId}`).query({ keep_members: "true" }).reply(200, examples["deleteScimGroupMapping"]);
    const client = managementClient();
    expect((await createScimGroupMapping(client, mapping)).role).toBe("member");
    expect((await listScimGroupMappings(client)).total_count).toBe(1);
    expect((await getScimGroupMapping(client, mappingId)).scim_group_id).toBe("grp_engineering");
    expect((await updateScimGroupMapping(client, mappingId, { role: "admin" })).role).toBe("admin");
    expect((await deleteScimGroupMapping(client, mappingId, { keep_members: true })).deleted).toBe(true);
  });

  it("needs keep_members on delete (false would remove members) and a known role", async () => {
    const client = managementClient();
    await expect(deleteScimGroupMapping(client, mappingId, {} as never)).rejects.toMatchObject({ name: "ValidationError", field: "keep_members" });
    await expect(createScimGroupMapping(client, { ...mapping, role: "owner" as never })).rejects.toMatchObject({ field: "role" });
    await expect(updateScimGroupMapping(client, mappingId, { role: undefined as never })).rejects.toMatchObject({ field: "role" });
    await expect(createScimGroupMapping(client, { ...mapping, workspace_id: "" })).rejects.toMatchObject({ field: "workspace_id" });
  });

  it("lists groups and walks mappings and groups", async () => {
    api().get(`${V1}/scim/groups`).reply(200, examples["listScimGroups"]);
    api().get(`${V1}/scim/groups`).query({ offset: "0", limit: "100" }).reply(200, examples["listScimGroups"]);
    api().get(`${V1}/scim/group-mappings`).query({ offset: "0", limit: "100" }).reply(200, examples["listScimGroupMappings"]);
    const client = managementClient();
    expect((await listScimGroups(client)).data[0]?.display_name).toBe("Engineering");
    const groups: string[] = [];
    for await (const g of iterateScimGroups(client)) groups.push(g.display_name);
    const mappings: string[] = [];
    for await (const m of iterateScimGroupMappings(client)) mappings.push(m.id);
    expect(groups).toEqual(["Engineering"]);
    expect(mappings).toEqual([mappingId]);
  });

  sharesTheFailurePaths(
    { method: "GET", path: "/scim/groups", run: (c) => listScimGroups(c) },
    { method: "POST", path: "/scim/group-mappings", run: (c) => createScimGroupMapping(c, mapping) },
  );
});
