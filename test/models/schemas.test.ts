import { describe, expect, it } from "vitest";
import {
  modelCountResponseSchema,
  modelEndpointSchema,
  modelEndpointsResponseSchema,
  modelResponseSchema,
  modelSchema,
  modelsListResponseSchema,
} from "../../src/models/index.js";
import { bareModel, endpointsBody, imageModel, modelsList } from "./model-fixtures.js";

describe("the exported zod/mini schemas", () => {
  it("accept the real /models capture and keep every field", () => {
    const body = modelsList();
    const parsed = modelsListResponseSchema.parse(body);
    expect(parsed).toEqual(body);
  });

  it("accept missing optional fields, nulls and a non-text model", () => {
    expect(modelSchema.safeParse(bareModel()).success).toBe(true);
    expect(modelSchema.safeParse({ ...bareModel(), architecture: null, context_length: null, top_provider: null }).success).toBe(true);
    expect(modelResponseSchema.safeParse({ data: imageModel() }).success).toBe(true);
  });

  it("keep a field they do not know, and accept an enum value they have never seen", () => {
    const model = { ...bareModel(), brand_new: 1, architecture: { input_modalities: ["smell"], output_modalities: ["text"], tokenizer: "Brand-New" } };
    expect(modelSchema.parse(model)).toEqual(model);
  });

  it("turn numeric prices into strings", () => {
    const parsed = modelSchema.parse({ ...bareModel(), pricing: { prompt: 0.000001, completion: "0" } });
    expect(parsed.pricing.prompt).toBe("0.000001");
  });

  it("reject a model without id, naming the path", () => {
    const { id: _id, ...noId } = bareModel();
    const result = modelsListResponseSchema.safeParse({ data: [noId] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["data", 0, "id"]);
  });

  it("accept the endpoints and count shapes", () => {
    expect(modelEndpointsResponseSchema.parse(endpointsBody())).toEqual(endpointsBody());
    expect(modelEndpointSchema.safeParse({ provider_name: "X" }).success).toBe(false);
    expect(modelCountResponseSchema.parse({ data: { count: 3 } }).data.count).toBe(3);
  });
});
