import { describe, expect, it } from "vitest";
import { ResponseValidationError } from "../../src/errors/index.js";
import { breaks, checkEndpoint, checkModel, checkPricing, dataOf } from "../../src/models/check-model.js";
import { thrown } from "../helpers/thrown.js";

const model = (fields: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: "openai/gpt-4o",
  name: "OpenAI: GPT-4o",
  pricing: { prompt: "0.0000025", completion: "0.00001" },
  ...fields,
});

describe("breaks", () => {
  it("throws a ResponseValidationError that names the response and the field, with the item as text", () => {
    const error = thrown(ResponseValidationError, () => breaks("models", ["data", 3, "pricing", "prompt"], "is missing", { id: "x" }));
    expect(error.message).toBe("OpenRouter's models response breaks a field the SDK relies on: data[3].pricing.prompt is missing.");
    expect(error.text).toBe('{"id":"x"}');
  });
});

describe("dataOf", () => {
  it("returns data when it has the shape asked for", () => {
    expect(dataOf({ data: [1] }, "models", "array")).toEqual([1]);
    expect(dataOf({ data: { id: "a" } }, "model", "object")).toEqual({ id: "a" });
  });

  it("says what data was instead of the shape asked for", () => {
    expect(thrown(ResponseValidationError, () => dataOf({ data: {} }, "models", "array")).message).toContain("data is an object (expected an array)");
    expect(thrown(ResponseValidationError, () => dataOf({ data: [] }, "model", "object")).message).toContain("data is an array (expected an object)");
    expect(thrown(ResponseValidationError, () => dataOf({}, "model", "object")).message).toContain("data is missing");
    expect(thrown(ResponseValidationError, () => dataOf(null, "model", "object")).message).toContain("data is missing");
    expect(thrown(ResponseValidationError, () => dataOf({ data: null }, "models", "array")).message).toContain("data is null");
  });
});

describe("checkPricing", () => {
  it("accepts the wire's decimal strings, variable (-1) and exponent notation", () => {
    const pricing = { prompt: "-1", completion: "1e-7", image: "0.001", request: null, discount: 0.1 };
    expect(checkPricing(pricing, "models", ["data", 0], {})).toEqual(pricing);
  });

  it("turns numeric prices into strings, in place", () => {
    const pricing: Record<string, unknown> = { prompt: 0.000001, completion: 0, web_search: 0.02 };
    checkPricing(pricing, "models", ["data", 0], {});
    expect(pricing).toEqual({ prompt: "0.000001", completion: "0", web_search: "0.02" });
  });

  it("keeps prices it does not know, unchecked", () => {
    const pricing = { prompt: "0", completion: "0", some_new_price: { per: "thing" } };
    expect(checkPricing(pricing, "models", [], {})).toEqual(pricing);
  });

  it("names a required price that is missing or not a price", () => {
    expect(thrown(ResponseValidationError, () => checkPricing({ completion: "0" }, "models", ["data", 2], {})).message).toContain("data[2].pricing.prompt is missing");
    expect(thrown(ResponseValidationError, () => checkPricing({ prompt: "free", completion: "0" }, "models", ["data", 0], {})).message).toContain(
      'data[0].pricing.prompt is string "free" (expected a price',
    );
    expect(thrown(ResponseValidationError, () => checkPricing({ prompt: "0", completion: "" }, "models", [], {})).message).toContain("pricing.completion");
    expect(thrown(ResponseValidationError, () => checkPricing({ prompt: "0", completion: Number.NaN }, "models", [], {})).message).toContain("pricing.completion");
  });

  it("names an optional price that is present but not a price", () => {
    expect(thrown(ResponseValidationError, () => checkPricing({ prompt: "0", completion: "0", image: true }, "models", ["data", 1], {})).message).toContain(
      "data[1].pricing.image is boolean true",
    );
  });

  it("refuses a discount that is not a number, and pricing that is not an object", () => {
    expect(thrown(ResponseValidationError, () => checkPricing({ prompt: "0", completion: "0", discount: "10%" }, "models", [], {})).message).toContain("pricing.discount");
    expect(thrown(ResponseValidationError, () => checkPricing(undefined, "model", ["data"], {})).message).toContain("data.pricing is missing (expected an object of prices)");
  });
});

describe("checkModel", () => {
  it("returns the model itself, with unknown fields kept", () => {
    const value = model({ description: "…", hugging_face_id: null, per_request_limits: null });
    expect(checkModel(value, "models", ["data", 0])).toBe(value);
  });

  it("accepts null and missing optional fields, as the live API sends them", () => {
    const value = model({ canonical_slug: null, context_length: null, architecture: null, top_provider: null, supported_parameters: null });
    expect(() => checkModel(value, "models", ["data", 0])).not.toThrow();
    expect(() => checkModel(model(), "models", ["data", 0])).not.toThrow();
  });

  it("names a missing id or name", () => {
    expect(thrown(ResponseValidationError, () => checkModel(model({ id: undefined }), "models", ["data", 4])).message).toContain("data[4].id is missing (expected a string)");
    expect(thrown(ResponseValidationError, () => checkModel(model({ name: 7 }), "models", ["data", 0])).message).toContain("data[0].name is number 7");
  });

  it("refuses a model that is not an object", () => {
    expect(thrown(ResponseValidationError, () => checkModel("gpt", "models", ["data", 0])).message).toContain('data[0] is string "gpt" (expected a model object)');
  });

  it("names optional fields of the wrong kind", () => {
    expect(thrown(ResponseValidationError, () => checkModel(model({ context_length: "128k" }), "models", ["data", 0])).message).toContain("data[0].context_length");
    expect(thrown(ResponseValidationError, () => checkModel(model({ supported_parameters: "tools" }), "models", ["data", 0])).message).toContain("(expected an array)");
    expect(thrown(ResponseValidationError, () => checkModel(model({ canonical_slug: 1 }), "models", ["data", 0])).message).toContain("canonical_slug");
  });

  it("needs both modality lists when architecture is given", () => {
    const input = thrown(ResponseValidationError, () => checkModel(model({ architecture: { output_modalities: ["text"] } }), "models", ["data", 0]));
    expect(input.message).toContain("data[0].architecture.input_modalities is missing");
    const output = thrown(ResponseValidationError, () => checkModel(model({ architecture: { input_modalities: ["text"], output_modalities: "text" } }), "models", ["data", 0]));
    expect(output.message).toContain('data[0].architecture.output_modalities is string "text"');
    expect(thrown(ResponseValidationError, () => checkModel(model({ architecture: "text->text" }), "models", ["data", 0])).message).toContain("data[0].architecture");
  });

  it("checks top_provider.context_length, which the SDK reads", () => {
    expect(() => checkModel(model({ top_provider: { context_length: null, is_moderated: true } }), "models", ["data", 0])).not.toThrow();
    expect(thrown(ResponseValidationError, () => checkModel(model({ top_provider: { context_length: "8k" } }), "models", ["data", 0])).message).toContain(
      "data[0].top_provider.context_length",
    );
    expect(thrown(ResponseValidationError, () => checkModel(model({ top_provider: [] }), "models", ["data", 0])).message).toContain("data[0].top_provider is an array");
  });

  it("checks the prices under the model's own path", () => {
    expect(thrown(ResponseValidationError, () => checkModel(model({ pricing: { prompt: "0" } }), "models", ["data", 9])).message).toContain("data[9].pricing.completion is missing");
  });
});

describe("checkEndpoint", () => {
  const endpoint = (fields: Record<string, unknown> = {}) => ({ provider_name: "OpenAI", pricing: { prompt: "0", completion: "0" }, quantization: null, ...fields });

  it("returns the endpoint itself, with unknown fields kept", () => {
    const value = endpoint({ uptime_last_30m: 99.5 });
    expect(checkEndpoint(value, "endpoints", ["data", "endpoints", 0])).toBe(value);
  });

  it("names a missing provider_name, and refuses an endpoint that is not an object", () => {
    expect(thrown(ResponseValidationError, () => checkEndpoint(endpoint({ provider_name: undefined }), "endpoints", ["data", "endpoints", 1])).message).toContain(
      "data.endpoints[1].provider_name is missing",
    );
    expect(thrown(ResponseValidationError, () => checkEndpoint(null, "endpoints", ["data", "endpoints", 0])).message).toContain("is null (expected an endpoint object)");
  });

  it("checks the endpoint's context length, parameters and prices", () => {
    expect(thrown(ResponseValidationError, () => checkEndpoint(endpoint({ context_length: "1M" }), "endpoints", ["e"])).message).toContain("e.context_length");
    expect(thrown(ResponseValidationError, () => checkEndpoint(endpoint({ supported_parameters: {} }), "endpoints", ["e"])).message).toContain("e.supported_parameters");
    expect(thrown(ResponseValidationError, () => checkEndpoint(endpoint({ pricing: { prompt: "x", completion: "0" } }), "endpoints", ["e"])).message).toContain("e.pricing.prompt");
  });
});
