// The platform calls over real sockets (the local OpenRouter): aborts, deadlines, scripted pages, and the
// defaults that examples and the demo rely on.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../../src/core/client.js";
import { createApiKey, deleteApiKey, getApiKey, iterateApiKeys, listApiKeys, listProviders, listUserModels, listZdrEndpoints } from "../../src/platform/index.js";
import { type LocalOpenRouter, startLocalOpenRouter } from "../server/openrouter-server.js";
import { MANAGEMENT_KEY } from "./fixtures.js";

let server: LocalOpenRouter;
beforeAll(async () => {
  server = await startLocalOpenRouter();
});
afterAll(async () => {
  await server.close();
});
const client = (extra = {}) => createClient({ baseURL: server.baseURL, apiKey: "sk-or-v1-inference", managementKey: MANAGEMENT_KEY, maxRetries: 0, ...extra });

describe("keys over real sockets", () => {
  it("answers every key call with the document's examples by default", async () => {
    const c = client();
    const created = await createApiKey(c, { name: "customer-42", limit: 10 });
    expect((await listApiKeys(c)).data).toHaveLength(1);
    expect((await getApiKey(c, created.data.hash)).hash).toBe(created.data.hash);
    expect(await deleteApiKey(c, created.data.hash)).toEqual({ deleted: true });
    expect(server.requests.at(-1)?.headers.authorization).toBe(`Bearer ${MANAGEMENT_KEY}`);
  });

  it("aborts a list whose answer stalls", async () => {
    server.enqueue({ headerDelay: 5_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(listApiKeys(client(), {}, { signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
  });

  it("times out a get whose answer stalls", async () => {
    server.enqueue({ headerDelay: 5_000 });
    await expect(getApiKey(client({ timeout: 100 }), "h")).rejects.toMatchObject({ name: "TimeoutError" });
  });

  it("walks scripted pages until a short one", async () => {
    const page = (n: number, from: number) => ({ body: { data: Array.from({ length: n }, (_, i) => ({ hash: `h${from + i}` })) } });
    server.enqueue(page(100, 0), page(100, 100), page(7, 200));
    let count = 0;
    for await (const _ of iterateApiKeys(client())) count++;
    expect(count).toBe(207);
    expect(server.requests.slice(-3).map((r) => new URL(r.path, "http://x").searchParams.get("offset"))).toEqual(["0", "100", "200"]);
  });
});

describe("models and providers over real sockets", () => {
  it("answers with the document's examples by default", async () => {
    expect((await listUserModels(client())).data[0]?.id).toBe("openai/gpt-4");
    expect(server.requests.at(-1)?.headers.authorization).toBe("Bearer sk-or-v1-inference");
    expect((await listProviders(client())).length).toBe(1);
    expect((await listZdrEndpoints(client())).length).toBe(1);
  });

  it("aborts a stalled providers list", async () => {
    server.enqueue({ headerDelay: 5_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(listProviders(client(), { signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
  });
});
