import { describe, expect, it } from "vitest";
import { NotFoundError, ResponseValidationError, ValidationError } from "../../src/errors/index.js";
import { getModel } from "../../src/models/index.js";
import { api, testClient, useNock } from "../helpers/nock.js";
import { bareModel, imageModel, modelsList } from "./model-fixtures.js";

useNock();

describe("getModel()", () => {
  it("returns the model inside the response's data", async () => {
    const nano = modelsList().data[0];
    api().get("/api/v1/model/openai/gpt-4.1-nano").reply(200, { data: nano });
    const model = await getModel(testClient(), "openai/gpt-4.1-nano");
    expect(model).toEqual(nano);
    expect(model.canonical_slug).toBe("openai/gpt-4.1-nano-2025-04-14");
  });

  it("keeps a variant suffix in the path", async () => {
    api().get("/api/v1/model/openai/gpt-oss-20b:free").reply(200, { data: bareModel("openai/gpt-oss-20b:free") });
    const model = await getModel(testClient(), "openai/gpt-oss-20b:free");
    expect(model.id).toBe("openai/gpt-oss-20b:free");
  });

  it("gets a non-text model without any modality filter", async () => {
    api().get("/api/v1/model/black-forest-labs/flux.2-pro").reply(200, { data: imageModel() });
    const model = await getModel(testClient(), "black-forest-labs/flux.2-pro");
    expect(model.architecture?.output_modalities).toEqual(["image"]);
  });

  it("throws NotFoundError for an id OpenRouter does not know", async () => {
    api()
      .get("/api/v1/model/acme/no-such-model")
      .reply(404, { error: { code: 404, message: "Model acme/no-such-model not found" } });
    const error = await getModel(testClient(), "acme/no-such-model").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).message).toContain("acme/no-such-model");
  });

  it("refuses an id that is not author/slug before sending anything", async () => {
    await expect(getModel(testClient(), "gpt-4.1-nano")).rejects.toMatchObject({ name: "ValidationError", field: "id" });
    await expect(getModel(testClient(), "")).rejects.toBeInstanceOf(ValidationError);
    await expect(getModel(testClient(), "a/b/c")).rejects.toBeInstanceOf(ValidationError);
  });

  it("names data.pricing when the model comes back without prices", async () => {
    const { pricing: _pricing, ...noPricing } = bareModel();
    api().get("/api/v1/model/acme/bare-1").reply(200, { data: noPricing });
    const error = await getModel(testClient(), "acme/bare-1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as Error).message).toContain("data.pricing is missing");
  });
});
