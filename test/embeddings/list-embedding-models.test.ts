import { describe, expect, it } from "vitest";
import { listEmbeddingModels } from "../../src/embeddings/index.js";
import { createOpenRouter } from "../../src/openrouter.js";
import { fixtureJSON } from "../helpers/fixtures.js";
import { TEST_BASE_URL, TEST_KEY, api, testClient, useNock } from "../helpers/nock.js";
import { sharedFailurePaths } from "../helpers/endpoint-failures.js";

useNock();

describe("listEmbeddingModels()", () => {
  it("reads the document's example as Model objects", async () => {
    api().get("/api/v1/embeddings/models").reply(200, fixtureJSON("embeddings-models-list.json"));
    const [model, ...rest] = await listEmbeddingModels(testClient());
    expect(rest).toEqual([]);
    expect(model?.id).toBe("openai/text-embedding-3-small");
    expect(model?.pricing.prompt).toBe("0.00000002");
    expect(model?.architecture?.output_modalities).toEqual(["embeddings"]);
    expect(model?.["links"]).toEqual({ details: "/api/v1/models/openai/text-embedding-3-small/endpoints" });
  });

  it("sends offset and limit, and refuses them out of range before sending", async () => {
    api().get("/api/v1/embeddings/models").query({ offset: 10, limit: 5 }).reply(200, { data: [] });
    expect(await listEmbeddingModels(testClient(), { offset: 10, limit: 5 })).toEqual([]);
    await expect(listEmbeddingModels(testClient(), { limit: 1001 })).rejects.toMatchObject({ name: "ValidationError", field: "query.limit" });
    await expect(listEmbeddingModels(testClient(), { offset: -1 })).rejects.toMatchObject({ field: "query.offset" });
  });

  it("is on the facade as embeddings.models", async () => {
    api().get("/api/v1/embeddings/models").reply(200, fixtureJSON("embeddings-models-list.json"));
    const openrouter = createOpenRouter({ apiKey: TEST_KEY, baseURL: TEST_BASE_URL, maxRetries: 0 });
    expect((await openrouter.embeddings.models())[0]?.id).toBe("openai/text-embedding-3-small");
  });
});

sharedFailurePaths({
  name: "listEmbeddingModels()",
  call: (client, options) => listEmbeddingModels(client, undefined, options),
  malformed: { body: { data: [{ id: "a/b", name: "B", pricing: { prompt: "free", completion: "0" } }] } },
  malformedMessage: "data[0].pricing.prompt",
});
