import { describe, expect, it } from "vitest";
import { embed } from "../../src/embeddings/index.js";
import { APIError, ResponseValidationError, ValidationError } from "../../src/errors/index.js";
import { TEST_KEY, api, testClient, useNock } from "../helpers/nock.js";

useNock();

/** Little-endian float32 bytes as base64, as OpenAI-compatible servers send them. */
function base64Floats(values: number[]): string {
  const view = new DataView(new ArrayBuffer(values.length * 4));
  values.forEach((v, i) => view.setFloat32(i * 4, v, true));
  return Buffer.from(view.buffer).toString("base64");
}

const usage = { prompt_tokens: 6, total_tokens: 6, cost: 0.00000012 };

describe("embed()", () => {
  it("posts the request with the key and returns one vector per input", async () => {
    api()
      .post("/api/v1/embeddings", { model: "openai/text-embedding-3-small", input: ["a red fox", "a blue whale"], dimensions: 3 })
      .matchHeader("authorization", `Bearer ${TEST_KEY}`)
      .reply(200, {
        object: "list",
        id: "gen-emb-1",
        model: "openai/text-embedding-3-small",
        data: [
          { object: "embedding", embedding: [0.1, 0.2, 0.3], index: 0 },
          { object: "embedding", embedding: [0.4, 0.5, 0.6], index: 1 },
        ],
        usage,
      });
    const result = await embed(testClient(), { model: "openai/text-embedding-3-small", input: ["a red fox", "a blue whale"], dimensions: 3 });
    expect(result.embeddings).toEqual([
      [0.1, 0.2, 0.3],
      [0.4, 0.5, 0.6],
    ]);
    expect(result.usage?.cost).toBe(0.00000012);
    expect(result.model).toBe("openai/text-embedding-3-small");
    expect(result.raw.id).toBe("gen-emb-1");
  });

  it("decodes base64 vectors to numbers", async () => {
    api()
      .post("/api/v1/embeddings", { model: "openai/text-embedding-3-small", input: "hi", encoding_format: "base64" })
      .reply(200, { object: "list", model: "openai/text-embedding-3-small", data: [{ object: "embedding", embedding: base64Floats([0.5, -1.25, 3]), index: 0 }], usage });
    const { embeddings } = await embed(testClient(), { model: "openai/text-embedding-3-small", input: "hi", encoding_format: "base64" });
    expect(embeddings).toEqual([[0.5, -1.25, 3]]);
  });

  it("puts vectors in input order when the server sends them shuffled", async () => {
    api()
      .post("/api/v1/embeddings")
      .reply(200, {
        object: "list",
        model: "m/e",
        data: [
          { object: "embedding", embedding: [2], index: 1 },
          { object: "embedding", embedding: [1], index: 0 },
        ],
      });
    const result = await embed(testClient(), { model: "m/e", input: ["one", "two"] });
    expect(result.embeddings).toEqual([[1], [2]]);
    expect(result.usage).toBeUndefined();
  });

  it("refuses a missing model or input, and a bad dimensions, before sending", async () => {
    await expect(embed(testClient(), { model: "", input: "x" })).rejects.toMatchObject({ field: "model" });
    await expect(embed(testClient(), { model: "m/e", input: [] })).rejects.toMatchObject({ field: "input" });
    await expect(embed(testClient(), { model: "m/e", input: "x", dimensions: 0 })).rejects.toMatchObject({ field: "dimensions" });
    await expect(embed(testClient(), { model: "openai/text-embedding-3-small-20240125", input: "x" })).rejects.toBeInstanceOf(ValidationError);
  });

  it("throws the API error of an HTTP 200 error body", async () => {
    api().post("/api/v1/embeddings").reply(200, { error: { code: 404, message: "No endpoints found for m/e." } });
    const error = await embed(testClient(), { model: "m/e", input: "x" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).status).toBe(404);
  });

  it("names the vector that is neither numbers nor base64", async () => {
    api().post("/api/v1/embeddings").reply(200, { object: "list", model: "m/e", data: [{ object: "embedding", embedding: [1] }, { object: "embedding", embedding: { x: 1 } }] });
    const error = await embed(testClient(), { model: "m/e", input: ["a", "b"] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as Error).message).toContain("data[1].embedding");
  });

  it("says so when data is missing", async () => {
    api().post("/api/v1/embeddings").reply(200, { object: "list", model: "m/e" });
    await expect(embed(testClient(), { model: "m/e", input: "a" })).rejects.toThrow(/data is not an array/);
  });
});

describe("embed() and dated model ids", () => {
  // Found by looking: embed() ran the same date check as chat() and needed the same catalog escape.
  it("sends a catalog model's canonical_slug as is, and rejects it without a catalog", async () => {
    const slug = "openai/text-embedding-3-small-20240125";
    const catalog = { get: async (id: string) => (id === slug ? { id: "openai/text-embedding-3-small", canonical_slug: slug } : undefined) };
    api().post("/api/v1/embeddings", (b) => b.model === slug).reply(200, { object: "list", model: slug, data: [{ object: "embedding", index: 0, embedding: [1, 2] }] });
    const result = await embed(testClient({ catalog }), { model: slug, input: "x" });
    expect(result.embeddings).toEqual([[1, 2]]);
    const error = await embed(testClient(), { model: slug, input: "x" }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toContain("checkModelIds: false");
  });
});
