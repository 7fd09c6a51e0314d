import nock from "nock";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createClient } from "../../src/core/client.js";
import { APIError, ResponseValidationError, ValidationError } from "../../src/errors/index.js";
import { listModels } from "../../src/models/index.js";
import { TEST_BASE_URL, TEST_KEY, TEST_ORIGIN, api, testClient, useNock } from "../helpers/nock.js";
import { bareModel, imageModel, modelsList } from "./model-fixtures.js";

useNock();
afterEach(() => {
  vi.unstubAllEnvs();
});

function keylessClient() {
  vi.stubEnv("OPENROUTER_API_KEY", "");
  return createClient({ baseURL: TEST_BASE_URL, maxRetries: 0 });
}

describe("listModels() on the real /models response", () => {
  it("returns every model of the capture with its id, prices, modalities and parameters", async () => {
    api().get("/api/v1/models").reply(200, modelsList());
    const models = await listModels(testClient());
    expect(models.map((m) => m.id)).toEqual(["openai/gpt-4.1-nano", "meta-llama/llama-3.1-8b-instruct", "qwen/qwen3.8-max"]);
    const nano = models[0]!;
    expect(nano.pricing.prompt).toBe("0.0000001");
    expect(nano.pricing.input_cache_read).toBe("0.000000025");
    expect(nano.architecture?.input_modalities).toEqual(["image", "text", "file"]);
    expect(nano.supported_parameters).toContain("tools");
    expect(nano.benchmarks?.artificial_analysis?.coding_index).toBe(11.1);
  });

  it("accepts a model without architecture, as the capture's third model is", async () => {
    api().get("/api/v1/models").reply(200, modelsList());
    const models = await listModels(testClient());
    expect(models[2]!.architecture).toBeUndefined();
    expect(models[2]!.reasoning?.mandatory).toBe(true);
  });
});

describe("listModels() filters", () => {
  it("sends filters under the wire's names, lists comma-separated", async () => {
    api()
      .get("/api/v1/models")
      .query({
        supported_parameters: "tools,structured_outputs",
        output_modalities: "text,image",
        input_modalities: "image",
        category: "programming",
        sort: "pricing-low-to-high",
        max_price: "0.5",
        zdr: "true",
      })
      .reply(200, { data: [] });
    const models = await listModels(testClient(), {
      supported_parameters: ["tools", "structured_outputs"],
      output_modalities: ["text", "image"],
      input_modalities: "image",
      category: "programming",
      sort: "pricing-low-to-high",
      max_price: 0.5,
      zdr: true,
    });
    expect(models).toEqual([]);
  });

  it("shows non-text models when output_modalities asks for them", async () => {
    api().get("/api/v1/models").query({ output_modalities: "image" }).reply(200, { data: [imageModel()], total_count: 1, links: { next: null } });
    const models = await listModels(testClient(), { output_modalities: "image" });
    expect(models).toHaveLength(1);
    expect(models[0]!.architecture?.output_modalities).toEqual(["image"]);
    expect(models[0]!.pricing.image).toBe("0.015");
  });

  it("sends no query string when no filter is given", async () => {
    api().get("/api/v1/models").query((q) => Object.keys(q).length === 0).reply(200, { data: [] });
    await listModels(testClient());
  });

  it("refuses a limit outside 1–1000 before sending anything", async () => {
    await expect(listModels(testClient(), { limit: 1001 })).rejects.toMatchObject({ name: "ValidationError", field: "query.limit" });
    await expect(listModels(testClient(), { offset: -1 })).rejects.toBeInstanceOf(ValidationError);
    await expect(listModels(testClient(), { supported_parameters: ["tools,seed"] })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("listModels() authentication", () => {
  it("works without an API key, sending no Authorization header", async () => {
    nock(TEST_ORIGIN, { badheaders: ["authorization"] }).get("/api/v1/models").reply(200, modelsList());
    const models = await listModels(keylessClient());
    expect(models).toHaveLength(3);
  });

  it("sends the key when the client has one", async () => {
    api().get("/api/v1/models").matchHeader("authorization", `Bearer ${TEST_KEY}`).reply(200, { data: [] });
    await listModels(testClient());
  });
});

describe("listModels() on responses that differ from the capture", () => {
  it("accepts models with only id, name and prices", async () => {
    api().get("/api/v1/models").reply(200, { data: [bareModel()] });
    const [model] = await listModels(testClient());
    expect(model).toEqual(bareModel());
  });

  it("accepts null where the live API sends null", async () => {
    const model = {
      ...bareModel(),
      context_length: null,
      architecture: null,
      top_provider: { context_length: null, max_completion_tokens: null, is_moderated: false },
      supported_parameters: null,
      default_parameters: { temperature: null },
      hugging_face_id: null,
      pricing: { prompt: "0", completion: "0", request: null, image: null, discount: null },
    };
    api().get("/api/v1/models").reply(200, { data: [model] });
    const [received] = await listModels(testClient());
    expect(received).toEqual(model);
  });

  it("keeps a field the SDK does not know, without complaint", async () => {
    const model = { ...bareModel(), brand_new: { rollout: "2027", tiers: [1, 2] }, architecture: { input_modalities: ["hologram"], output_modalities: ["text"], new_axis: 3 } };
    api().get("/api/v1/models").reply(200, { data: [model], brand_new_top_level: true });
    const [received] = await listModels(testClient());
    expect((received as unknown as Record<string, unknown>)["brand_new"]).toEqual({ rollout: "2027", tiers: [1, 2] });
    expect(received!.architecture?.input_modalities).toEqual(["hologram"]);
  });

  it("turns numeric prices into the wire's decimal strings", async () => {
    api().get("/api/v1/models").reply(200, { data: [{ ...bareModel(), pricing: { prompt: 0.000001, completion: 0, image: 0.01 } }] });
    const [model] = await listModels(testClient());
    expect(model!.pricing).toEqual({ prompt: "0.000001", completion: "0", image: "0.01" });
  });

  it("names the field when a model has no id", async () => {
    const { id: _id, ...noId } = bareModel();
    api().get("/api/v1/models").reply(200, { data: [bareModel("a/b"), noId] });
    const error = await listModels(testClient()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as Error).message).toContain("data[1].id is missing");
    expect((error as ResponseValidationError).issues?.[0]?.path).toEqual(["data", 1, "id"]);
    expect((error as ResponseValidationError).text).toContain("Acme: Bare 1");
  });

  it("names the field when a price is not a price", async () => {
    api().get("/api/v1/models").reply(200, { data: [{ ...bareModel(), pricing: { prompt: "cheap", completion: "0" } }] });
    await expect(listModels(testClient())).rejects.toThrow(/data\[0\]\.pricing\.prompt/);
  });

  it("names the field when the modalities are not lists", async () => {
    api().get("/api/v1/models").reply(200, { data: [{ ...bareModel(), architecture: { input_modalities: "text", output_modalities: ["text"] } }] });
    await expect(listModels(testClient())).rejects.toThrow(/data\[0\]\.architecture\.input_modalities/);
  });

  it("says so when data is not a list", async () => {
    api().get("/api/v1/models").reply(200, { data: { models: [] } });
    await expect(listModels(testClient())).rejects.toThrow(/: data is an object \(expected an array\)/);
  });

  it("throws the API error of an HTTP 200 error body", async () => {
    api().get("/api/v1/models").reply(200, { error: { code: 503, message: "Catalog unavailable" } });
    const error = await listModels(testClient()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).status).toBe(503);
  });
});
