// Guardrails against the local OpenRouter (real sockets): the failure paths every endpoint shares (aborts,
// deadlines, retries, a malformed body, the key in no error), scripted pages, and the default answers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../../src/core/client.js";
import type { RequestOptions } from "../../src/core/options.js";
import { createOpenRouter } from "../../src/openrouter.js";
import { assignKeysToGuardrail, getGuardrail, iterateGuardrails, listGuardrails } from "../../src/platform/index.js";
import { createPlatformFacade } from "../../src/platform/platform-facade.js";
import { sharedFailurePaths } from "../helpers/endpoint-failures.js";
import { fixtureJSON } from "../helpers/fixtures.js";
import { TEST_KEY } from "../helpers/nock.js";
import { type LocalOpenRouter, startLocalOpenRouter } from "../server/openrouter-server.js";
import { MANAGEMENT_KEY } from "./plat-b-helpers.js";

const examples = fixtureJSON<Record<string, any>>("platform/guardrails-examples.json");
const ID = "550e8400-e29b-41d4-a716-446655440000";
// The shared helpers build a client with TEST_KEY as its apiKey and check that TEST_KEY is what was sent and is in no
// error: here it goes per call as the management key, the one these endpoints send.
const asManagement = (options?: RequestOptions): RequestOptions => ({ ...options, managementKey: TEST_KEY });

sharedFailurePaths({
  name: "getGuardrail()",
  call: (client, options) => getGuardrail(client, ID, asManagement(options)),
  ok: { body: examples["getGuardrail"] },
  malformed: { body: { data: { ...examples["getGuardrail"].data, name: 7 } } },
  malformedMessage: /data\.name/,
});

sharedFailurePaths({
  name: "assignKeysToGuardrail()",
  call: (client, options) => assignKeysToGuardrail(client, ID, { key_hashes: ["h"] }, asManagement(options)),
  ok: { body: examples["bulkAssignKeysToGuardrail"] },
  malformed: { body: { assigned_count: null } },
  malformedMessage: /assigned_count/,
  idempotent: false,
});

describe("guardrails on the local OpenRouter", () => {
  let server: LocalOpenRouter;
  beforeAll(async () => {
    server = await startLocalOpenRouter();
  });
  afterAll(async () => {
    await server.close();
  });
  const client = () => createClient({ baseURL: server.baseURL, apiKey: "sk-or-v1-local", managementKey: MANAGEMENT_KEY, maxRetries: 0 });

  it("pages as scripted: the asked page size and the workspace filter, then a stop at the short page", async () => {
    const g = examples["listGuardrails"].data[0];
    server.enqueue({ body: { data: [g, { ...g, id: "2" }], total_count: 5 } }, { body: { data: [{ ...g, id: "3" }], total_count: 5 } });
    const before = server.requests.length;
    const ids: string[] = [];
    for await (const x of iterateGuardrails(client(), { workspace_id: "ws" }, { pageSize: 2 })) ids.push(x.id);
    expect(ids).toEqual([g.id, "2", "3"]);
    expect(server.requests.slice(before).map((r) => r.path)).toEqual(["/api/v1/guardrails?workspace_id=ws&offset=0&limit=2", "/api/v1/guardrails?workspace_id=ws&offset=2&limit=2"]);
  });

  it("an abort during a slow list throws AbortError and closes the socket", async () => {
    server.enqueue({ headerDelay: 5_000, body: {} });
    const seen = server.requests.length;
    const controller = new AbortController();
    const pending = listGuardrails(client(), {}, { signal: controller.signal });
    while (server.requests.length === seen) await new Promise((done) => setTimeout(done, 5));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    await server.lastSocketClosed();
  });

  it("every facade method answers from the server's defaults, with the management key", async () => {
    const p = createPlatformFacade(client());
    const before = server.requests.length;
    expect((await p.guardrails.list()).total_count).toBe(1);
    expect((await p.guardrails.get(ID)).name).toBe("Production Guardrail");
    expect((await p.guardrails.create({ name: "My New Guardrail" })).name).toBe("My New Guardrail");
    expect((await p.guardrails.update(ID, { limit_usd: 75 })).limit_usd).toBe(75);
    expect(await p.guardrails.delete(ID)).toEqual({ deleted: true });
    expect((await p.guardrails.listKeys(ID)).data[0]?.key_name).toBe("Production Key");
    expect(await p.guardrails.assignKeys(ID, { key_hashes: ["h"] })).toEqual({ assigned_count: 3 });
    expect(await p.guardrails.unassignKeys(ID, { key_hashes: ["h"] })).toEqual({ unassigned_count: 3 });
    expect((await p.guardrails.listMembers(ID)).data[0]?.user_id).toBe("user_abc123");
    expect(await p.guardrails.assignMembers(ID, { member_user_ids: ["u"] })).toEqual({ assigned_count: 2 });
    expect(await p.guardrails.unassignMembers(ID, { member_user_ids: ["u"] })).toEqual({ unassigned_count: 2 });
    // Not answered by the /keys route of the API-key endpoints.
    expect((await p.guardrails.listAllKeyAssignments()).data[0]?.key_hash).toBe(examples["listKeyAssignments"].data[0].key_hash);
    expect((await p.guardrails.listAllMemberAssignments()).data[0]?.organization_id).toBe("org_xyz789");
    const walked: unknown[] = [];
    for await (const x of p.guardrails.iterate()) walked.push(x);
    for await (const x of p.guardrails.iterateKeys(ID)) walked.push(x);
    for await (const x of p.guardrails.iterateMembers(ID)) walked.push(x);
    for await (const x of p.guardrails.iterateAllKeyAssignments()) walked.push(x);
    for await (const x of p.guardrails.iterateAllMemberAssignments()) walked.push(x);
    expect(walked).toHaveLength(5);
    expect(server.requests.slice(before).every((r) => r.headers.authorization === `Bearer ${MANAGEMENT_KEY}`)).toBe(true);
  });

  it("createOpenRouter().platform.guardrails delegates with its own client", async () => {
    const or = createOpenRouter({ baseURL: server.baseURL, apiKey: "sk-or-v1-local", managementKey: MANAGEMENT_KEY, maxRetries: 0 });
    const page = await or.platform.guardrails.list({ limit: 5 });
    expect(page.data[0]?.id).toBe(ID);
    expect(server.requests.at(-1)?.path).toBe("/api/v1/guardrails?limit=5");
  });
});
