import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/errors/index.js";
import { findModels, type Model } from "../../src/models/index.js";
import { bareModel, imageModel, modelsList } from "./model-fixtures.js";

const models: Model[] = [...modelsList().data, imageModel()];
const ids = (list: Model[]) => list.map((m) => m.id);

describe("findModels()", () => {
  it("keeps models that take every input modality asked for", () => {
    expect(ids(findModels(models, { input: "image" }))).toEqual(["openai/gpt-4.1-nano", "black-forest-labs/flux.2-pro"]);
    expect(ids(findModels(models, { input: ["image", "file"] }))).toEqual(["openai/gpt-4.1-nano"]);
  });

  it("keeps models that produce the output asked for", () => {
    expect(ids(findModels(models, { output: "image" }))).toEqual(["black-forest-labs/flux.2-pro"]);
  });

  it("keeps models supporting every parameter asked for", () => {
    expect(ids(findModels(models, { supports: ["tools", "reasoning"] }))).toEqual(["qwen/qwen3.8-max"]);
    expect(ids(findModels(models, { input: "image", supports: "tools" }))).toEqual(["openai/gpt-4.1-nano"]);
  });

  it("caps prices in USD per million tokens, a price equal to the cap included", () => {
    // gpt-4.1-nano costs "0.0000001" per token: $0.10 per million.
    expect(ids(findModels(models, { maxPromptPrice: 0.1 }))).toEqual(["openai/gpt-4.1-nano", "meta-llama/llama-3.1-8b-instruct", "black-forest-labs/flux.2-pro"]);
    expect(ids(findModels(models, { maxPromptPrice: 0.05, maxCompletionPrice: 0.08 }))).toEqual(["meta-llama/llama-3.1-8b-instruct", "black-forest-labs/flux.2-pro"]);
  });

  it("leaves variable-priced routers out of price caps", () => {
    const router = { ...bareModel("openrouter/auto"), pricing: { prompt: "-1", completion: "-1" } };
    expect(findModels([router], { maxPromptPrice: 100 })).toEqual([]);
  });

  it("filters on a minimum context window", () => {
    expect(ids(findModels(models, { minContext: 1_000_000 }))).toEqual(["openai/gpt-4.1-nano", "qwen/qwen3.8-max"]);
  });

  it("tells free models from paid ones", () => {
    const free = { ...bareModel("acme/x:free"), pricing: { prompt: "0", completion: "0" } };
    expect(ids(findModels([...models, free], { free: true }))).toEqual(["black-forest-labs/flux.2-pro", "acme/x:free"]);
    expect(findModels([...models, free], { free: false })).toHaveLength(3);
  });

  it("treats a model without architecture as not matching a modality filter", () => {
    expect(ids(findModels(models, { input: "text" }))).not.toContain("qwen/qwen3.8-max");
  });

  it("returns everything when no filter is given, without touching the list", () => {
    const copy = [...models];
    expect(findModels(models)).toEqual(models);
    expect(models).toEqual(copy);
  });

  it("refuses filters of the wrong kind", () => {
    expect(() => findModels(models, { maxPromptPrice: -1 })).toThrow(ValidationError);
    expect(() => findModels(models, { minContext: Number.NaN })).toThrow(ValidationError);
    expect(() => findModels(models, { input: [""] })).toThrow(ValidationError);
    expect(() => findModels({} as Model[], {})).toThrow(ValidationError);
  });
});
