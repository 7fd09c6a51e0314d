import { describe, expect, it } from "vitest";
import { ProviderOverloadedError, ValidationError } from "../../src/errors/index.js";
import { createOpenRouter } from "../../src/openrouter.js";
import { rerank } from "../../src/rerank/index.js";
import { fixtureJSON } from "../helpers/fixtures.js";
import { TEST_BASE_URL, TEST_KEY, api, testClient, useNock } from "../helpers/nock.js";
import { sharedFailurePaths } from "../helpers/endpoint-failures.js";

useNock();

const params = fixtureJSON("rerank-request.json");

describe("rerank()", () => {
  it("posts the document's example and returns the results with index, score and document", async () => {
    api().post("/api/v1/rerank", params).matchHeader("authorization", `Bearer ${TEST_KEY}`).reply(200, fixtureJSON("rerank.json"));
    const result = await rerank(testClient(), params);
    expect(result.results).toEqual([{ index: 0, relevance_score: 0.98, score: 0.98, document: { text: "Paris is the capital of France." } }]);
    expect(result.model).toBe("cohere/rerank-v3.5");
    expect(result.generationId).toBe("gen-rerank-1234567890-abc");
    expect(result.usage).toEqual({ search_units: 1, total_tokens: 150 });
    expect(result.provider).toBeUndefined();
    expect(result.raw).toEqual(fixtureJSON("rerank.json"));
  });

  it("fills a document the server left out from the input, and keeps unknown fields", async () => {
    api()
      .post("/api/v1/rerank")
      .reply(200, { model: "m/r", provider: "Cohere", results: [{ index: 1, relevance_score: 0.5, extra: true }, { index: 0, relevance_score: 0.1 }] });
    const { results, provider } = await rerank(testClient(), { model: "m/r", query: "q", documents: ["a", { image: "https://x.example/i.png" }] });
    expect(results.map((r) => r.document)).toEqual([{ image: "https://x.example/i.png" }, { text: "a" }]);
    expect(results[0]?.["extra"]).toBe(true);
    expect(provider).toBe("Cohere");
  });

  it("refuses bad input before sending, naming the field", async () => {
    const client = testClient();
    await expect(rerank(client, { ...params, model: "" })).rejects.toMatchObject({ name: "ValidationError", field: "model" });
    await expect(rerank(client, { ...params, query: "" })).rejects.toMatchObject({ field: "query" });
    await expect(rerank(client, { ...params, documents: [] })).rejects.toMatchObject({ field: "documents" });
    await expect(rerank(client, { ...params, documents: ["a", {}] })).rejects.toMatchObject({ field: "documents.1" });
    await expect(rerank(client, { ...params, documents: ["a", 3 as never] })).rejects.toMatchObject({ field: "documents.1" });
    await expect(rerank(client, { ...params, top_n: 0 })).rejects.toMatchObject({ field: "top_n" });
    await expect(rerank(client, undefined as never)).rejects.toBeInstanceOf(ValidationError);
  });

  it("names the broken field of a malformed answer", async () => {
    api().post("/api/v1/rerank").reply(200, { model: "m", results: [{ index: 0, relevance_score: "high" }] });
    await expect(rerank(testClient(), params)).rejects.toThrow(/results\[0\]\.relevance_score is not a number/);
    api().post("/api/v1/rerank").reply(200, { model: "m", results: [{ index: 7, relevance_score: 1 }] });
    await expect(rerank(testClient(), params)).rejects.toThrow(/results\[0\]\.index is not the position of one of the 2 documents/);
  });

  it("throws the class of the status, and the API error of an HTTP 200 error body", async () => {
    api().post("/api/v1/rerank").reply(529, { error: { code: 529, message: "Provider returned error" } });
    await expect(rerank(testClient(), params)).rejects.toBeInstanceOf(ProviderOverloadedError);
    api().post("/api/v1/rerank").reply(200, { error: { code: 404, message: "No endpoints found" } });
    await expect(rerank(testClient(), params)).rejects.toMatchObject({ status: 404 });
  });

  it("is on the facade", async () => {
    api().post("/api/v1/rerank", params).reply(200, fixtureJSON("rerank.json"));
    const openrouter = createOpenRouter({ apiKey: TEST_KEY, baseURL: TEST_BASE_URL, maxRetries: 0 });
    expect((await openrouter.rerank(params)).results[0]?.score).toBe(0.98);
  });
});

sharedFailurePaths({
  name: "rerank()",
  call: (client, options) => rerank(client, params, options),
  malformed: { body: { model: "m", data: [] } },
  malformedMessage: "results",
});

