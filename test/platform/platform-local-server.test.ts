// Against the local OpenRouter (real sockets): aborts, paging over scripted pages, and the default answers that the
// examples rely on for every part-B endpoint.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../../src/core/client.js";
import { createOpenRouter } from "../../src/openrouter.js";
import { createPlatformFacade } from "../../src/platform/platform-facade.js";
import {
  getAppRankings, getWorkspace, iterateWorkspaces, listByokKeys, listObservabilityDestinations,
  listOrganizationMembers, listScimGroups, queryAnalytics,
} from "../../src/platform/index.js";
import { type LocalOpenRouter, startLocalOpenRouter } from "../server/openrouter-server.js";
import { createAuthCode, getGenerationContent } from "../../src/account/index.js";
import {
  createPresetFromChat, createPresetFromMessages, createPresetFromResponses, getPreset, getPresetVersion, listPresets,
  listPresetVersions, submitGenerationFeedback,
} from "../../src/platform/index.js";
import { MANAGEMENT_KEY, examples } from "./plat-b-helpers.js";

let server: LocalOpenRouter;
beforeAll(async () => {
  server = await startLocalOpenRouter();
});
afterAll(async () => {
  await server.close();
});
const client = () => createClient({ baseURL: server.baseURL, apiKey: "sk-or-v1-local", managementKey: MANAGEMENT_KEY, maxRetries: 0 });

describe("platform calls on real sockets", () => {
  it("an abort during a slow answer throws AbortError and closes the socket, for each resource", async () => {
    const calls = [
      (signal: AbortSignal) => listByokKeys(client(), {}, { signal }),
      (signal: AbortSignal) => listObservabilityDestinations(client(), {}, { signal }),
      (signal: AbortSignal) => getWorkspace(client(), "production", { signal }),
      (signal: AbortSignal) => listOrganizationMembers(client(), {}, { signal }),
      (signal: AbortSignal) => listScimGroups(client(), {}, { signal }),
      (signal: AbortSignal) => queryAnalytics(client(), { metrics: ["request_count"] }, { signal }),
      (signal: AbortSignal) => getAppRankings(client(), {}, { signal }),
    ];
    for (const call of calls) {
      server.enqueue({ headerDelay: 5_000, body: {} });
      const controller = new AbortController();
      const seen = server.requests.length;
      const pending = call(controller.signal);
      // Abort once the server holds the request (and has taken its slow script), not before it was sent.
      while (server.requests.length === seen) await new Promise((done) => setTimeout(done, 5));
      controller.abort();
      await expect(pending).rejects.toMatchObject({ name: "AbortError" });
      await server.lastSocketClosed();
    }
  });

  it("pages as scripted: the asked page size, then a stop at the short page", async () => {
    const w = examples["listWorkspaces"].data[0];
    server.enqueue({ body: { data: [w, { ...w, id: "2" }], total_count: 5 } }, { body: { data: [{ ...w, id: "3" }], total_count: 5 } });
    const before = server.requests.length;
    const ids: string[] = [];
    for await (const x of iterateWorkspaces(client(), { pageSize: 2 })) ids.push(x.id);
    expect(ids).toEqual([w.id, "2", "3"]);
    expect(server.requests.slice(before).map((r) => r.path)).toEqual(["/api/v1/workspaces?offset=0&limit=2", "/api/v1/workspaces?offset=2&limit=2"]);
  });

  it("an abort between pages stops the walk before the next request", async () => {
    const w = examples["listWorkspaces"].data[0];
    server.enqueue({ body: { data: [w, w], total_count: 10 } });
    const before = server.requests.length;
    const controller = new AbortController();
    const seen: unknown[] = [];
    const walk = (async () => {
      for await (const x of iterateWorkspaces(client(), { pageSize: 2, signal: controller.signal })) {
        seen.push(x);
        if (seen.length === 2) controller.abort();
      }
    })();
    await expect(walk).rejects.toMatchObject({ name: "AbortError" });
    expect(server.requests.length - before).toBe(1);
  });

  it("every facade method answers from the server's defaults", async () => {
    const p = createPlatformFacade(client());
    const id = "11111111-2222-3333-4444-555555555555";
    await p.byok.list();
    await p.byok.get(id);
    await p.byok.create({ provider: "openai", key: "sk-proj-x" });
    await p.byok.update(id, { disabled: true });
    await p.byok.delete(id);
    await p.observability.list();
    await p.observability.get(id);
    await p.observability.create({ name: "n", type: "webhook", config: { url: "https://example.test" } });
    await p.observability.update(id, { enabled: false });
    await p.observability.delete(id);
    await p.workspaces.list();
    await p.workspaces.get("production");
    await p.workspaces.create({ name: "n", slug: "n" });
    await p.workspaces.update("production", { name: "m" });
    await p.workspaces.delete("production");
    await p.workspaces.listBudgets("production");
    await p.workspaces.getBudget("production", "monthly");
    await p.workspaces.setBudget("production", "monthly", { limit_usd: 1 });
    await p.workspaces.deleteBudget("production", "monthly");
    await p.workspaces.listMembers("production");
    await p.workspaces.addMembers("production", { user_ids: ["u"] });
    await p.workspaces.removeMembers("production", { user_ids: ["u"] });
    await p.organization.listMembers();
    await p.scim.listGroupMappings();
    await p.scim.getGroupMapping(id);
    await p.scim.createGroupMapping({ scim_group_id: "g", workspace_id: "w", role: "member" });
    await p.scim.updateGroupMapping(id, { role: "admin" });
    await p.scim.deleteGroupMapping(id, { keep_members: true });
    await p.scim.listGroups();
    await p.analytics.activity();
    await p.analytics.meta();
    await p.analytics.query({ metrics: ["request_count"] });
    await p.datasets.benchmarks();
    await p.datasets.taskClassifications();
    await p.datasets.appRankings();
    await p.datasets.rankingsDaily();
    await p.datasets.sessionCost();
    const walked: unknown[] = [];
    for await (const x of p.workspaces.iterateMembers("production")) walked.push(x);
    expect(walked.length).toBe(examples["listWorkspaceMembers"].data.length);
  });

  it("createOpenRouter().platform delegates with its own client", async () => {
    const or = createOpenRouter({ baseURL: server.baseURL, apiKey: "sk-or-v1-local", managementKey: MANAGEMENT_KEY, maxRetries: 0 });
    const before = server.requests.length;
    const page = await or.platform.workspaces.list({ limit: 5 });
    expect(page.data[0]?.slug).toBe(examples["listWorkspaces"].data[0].slug);
    expect(server.requests[before]?.headers.authorization).toBe(`Bearer ${MANAGEMENT_KEY}`);
  });
});

// Presets, generation content and feedback, auth codes: the create-from paths end like the inference routes
// (…/chat/completions, …/responses, …/messages), and each must get a preset back, not a completion.
describe("the local OpenRouter's default answers (presets, generations, auth codes)", () => {
  it("answers every preset call with the OpenAPI examples, the create-from paths with a preset", async () => {
    expect((await listPresets(client())).data[0]?.slug).toBe("my-preset");
    expect((await getPreset(client(), "my-preset")).designated_version?.version).toBe(1);
    expect((await listPresetVersions(client(), "my-preset")).total_count).toBe(1);
    expect((await getPresetVersion(client(), "my-preset", 1)).version).toBe(1);
    expect((await createPresetFromChat(client(), "my-preset", { model: "openai/gpt-5.4", messages: [] })).slug).toBe("my-preset");
    expect((await createPresetFromResponses(client(), "my-preset", { model: "openai/gpt-5.4", input: "Hi" })).slug).toBe("my-preset");
    expect((await createPresetFromMessages(client(), "my-preset", { model: "anthropic/claude-4.6-sonnet", max_tokens: 1024, messages: [] })).slug).toBe("my-preset");
  });

  it("answers generation content, feedback and auth codes", async () => {
    expect((await getGenerationContent(client(), "gen-1")).output.completion).toMatch(/meaning of life/);
    expect(await submitGenerationFeedback(client(), { generation_id: "gen-1", category: "other" })).toEqual({ success: true });
    expect((await createAuthCode(client(), { callback_url: "http://localhost:3000/cb" })).id).toBe("auth_code_xyz789");
  });
});
