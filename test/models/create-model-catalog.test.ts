import { afterEach, describe, expect, it, vi } from "vitest";
import { chat } from "../../src/chat/chat.js";
import { checkModelId } from "../../src/models/model-id.js";
import { ConnectionError, ValidationError } from "../../src/errors/index.js";
import { createModelCatalog } from "../../src/models/index.js";
import { fixtureJSON } from "../helpers/fixtures.js";
import { api, testClient, useNock } from "../helpers/nock.js";
import { imageModel, modelsList } from "./model-fixtures.js";

useNock();
afterEach(() => {
  vi.useRealTimers();
});

function catalogBody() {
  const body = modelsList();
  body.data.push({ ...imageModel(), id: "acme/painter", canonical_slug: "acme/painter-20260101" });
  body.data.push({ ...body.data[1], id: "meta-llama/llama-3.1-8b-instruct:free", pricing: { prompt: "0", completion: "0" } });
  return body;
}

function serveCatalog(times = 1) {
  return api().get("/api/v1/models").query({ output_modalities: "all" }).times(times).reply(200, () => catalogBody());
}

describe("createModelCatalog()", () => {
  it("fetches nothing until first used", async () => {
    createModelCatalog(testClient());
    // useNock's afterEach fails on any request made without an interceptor; none is made.
  });

  it("lists every modality, with one request shared by concurrent callers", async () => {
    serveCatalog(1);
    const catalog = createModelCatalog(testClient());
    const [models, nano, painter] = await Promise.all([catalog.models(), catalog.get("openai/gpt-4.1-nano"), catalog.get("acme/painter")]);
    expect(models).toHaveLength(5);
    expect(nano?.name).toBe("OpenAI: GPT-4.1 Nano");
    expect(painter?.architecture?.output_modalities).toEqual(["image"]);
  });

  it("finds a model by canonical slug, and a variant by its own id or else its base model", async () => {
    serveCatalog(1);
    const catalog = createModelCatalog(testClient());
    expect((await catalog.get("openai/gpt-4.1-nano-2025-04-14"))?.id).toBe("openai/gpt-4.1-nano");
    expect((await catalog.get("meta-llama/llama-3.1-8b-instruct:free"))?.pricing.prompt).toBe("0");
    expect((await catalog.get("openai/gpt-4.1-nano:online"))?.id).toBe("openai/gpt-4.1-nano");
    expect(await catalog.get("acme/unknown")).toBeUndefined();
  });

  it("reuses the list within the TTL and fetches again after it", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-01T00:00:00Z"));
    serveCatalog(1);
    const catalog = createModelCatalog(testClient(), { ttl: 60_000 });
    await catalog.models();
    vi.setSystemTime(new Date("2026-11-01T00:00:59Z"));
    await catalog.models(); // still fresh: no request
    vi.setSystemTime(new Date("2026-11-01T00:01:01Z"));
    serveCatalog(1);
    await catalog.models();
  });

  it("keeps serving the previous list when a refresh fails", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-01T00:00:00Z"));
    serveCatalog(1);
    const catalog = createModelCatalog(testClient(), { ttl: 1000 });
    await catalog.models();
    vi.setSystemTime(new Date("2026-11-01T00:00:02Z"));
    api().get("/api/v1/models").query(true).replyWithError("ECONNRESET");
    expect(await catalog.models()).toHaveLength(5);
  });

  it("rejects when the first fetch fails, and tries again on the next call", async () => {
    api().get("/api/v1/models").query(true).replyWithError("ECONNREFUSED");
    const catalog = createModelCatalog(testClient());
    await expect(catalog.models()).rejects.toBeInstanceOf(ConnectionError);
    serveCatalog(1);
    expect(await catalog.models()).toHaveLength(5);
  });

  it("refresh() fetches whatever the TTL says", async () => {
    serveCatalog(2);
    const catalog = createModelCatalog(testClient(), { ttl: Infinity });
    await catalog.models();
    expect(await catalog.refresh()).toHaveLength(5);
  });

  it("refuses a bad ttl or something that is not a client", () => {
    expect(() => createModelCatalog(testClient(), { ttl: 0 })).toThrow(ValidationError);
    expect(() => createModelCatalog({} as never)).toThrow(ValidationError);
  });

  it("serves the modality guard when passed as the client's catalog", async () => {
    serveCatalog(1);
    const catalog = createModelCatalog(testClient());
    const client = testClient({ catalog });
    api()
      .post("/api/v1/chat/completions", (body) => JSON.stringify(body.modalities) === JSON.stringify(["image"]))
      .reply(200, fixtureJSON("chat-image-gemini.json"));
    const result = await chat(client, { model: "acme/painter", prompt: "A red fox" });
    expect(result.images).toHaveLength(1);
  });

  it("feeds model-id suggestions with canonical slugs", async () => {
    serveCatalog(1);
    const models = await createModelCatalog(testClient()).models();
    expect(() => checkModelId("acme/painter-20260101", models)).toThrow(/"acme\/painter"/);
  });
});
