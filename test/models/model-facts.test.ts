import { describe, expect, it } from "vitest";
import { askForJsonInPrompt, isAnthropic, lookupModel, requestedModels } from "../../src/models/model-facts.js";
import type { CatalogModel, ModelLookup } from "../../src/types/model-lookup.js";

/** A catalog that records the ids it was asked for. */
function catalog(models: CatalogModel[]): ModelLookup & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    get: async (id) => {
      asked.push(id);
      return models.find((m) => m.id === id);
    },
  };
}

describe("lookupModel", () => {
  const gpt: CatalogModel = { id: "openai/gpt-4o", supported_parameters: ["response_format", "structured_outputs"] };

  it("finds a model in the catalog", async () => {
    expect(await lookupModel(catalog([gpt]), "openai/gpt-4o")).toBe(gpt);
  });

  it("looks a :variant or @preset up by its base id", async () => {
    const models = catalog([gpt]);
    expect(await lookupModel(models, "openai/gpt-4o:free")).toBe(gpt);
    expect(await lookupModel(models, "openai/gpt-4o@my-preset")).toBe(gpt);
    expect(models.asked).toEqual(["openai/gpt-4o", "openai/gpt-4o"]);
  });

  it("is undefined without a catalog, or for a model the catalog does not have", async () => {
    expect(await lookupModel(undefined, "openai/gpt-4o")).toBeUndefined();
    expect(await lookupModel(catalog([]), "openai/gpt-4o")).toBeUndefined();
  });

  it("is undefined, not an error, when the catalog cannot load, so that a chat still goes out", async () => {
    const failing: ModelLookup = { get: async () => Promise.reject(new Error("catalog down")) };
    expect(await lookupModel(failing, "openai/gpt-4o")).toBeUndefined();
    const throwing: ModelLookup = {
      get: () => {
        throw new Error("sync failure");
      },
    };
    expect(await lookupModel(throwing, "openai/gpt-4o")).toBeUndefined();
  });
});

describe("requestedModels", () => {
  it("lists model, then the models fallbacks in order", () => {
    expect(requestedModels({ model: "a/one", models: ["b/two", "c/three"] })).toEqual(["a/one", "b/two", "c/three"]);
  });

  it("works with only one of them, or neither", () => {
    expect(requestedModels({ model: "a/one" })).toEqual(["a/one"]);
    expect(requestedModels({ models: ["b/two"] })).toEqual(["b/two"]);
    expect(requestedModels({})).toEqual([]);
  });
});

describe("isAnthropic", () => {
  it("recognises Anthropic models and their ~anthropic/ aliases", () => {
    expect(isAnthropic("anthropic/claude-sonnet-4")).toBe(true);
    expect(isAnthropic("~anthropic/claude-sonnet-latest")).toBe(true);
  });

  it("does not match other authors that merely mention anthropic", () => {
    expect(isAnthropic("openai/gpt-4o")).toBe(false);
    expect(isAnthropic("someone/anthropic-like")).toBe(false);
  });
});

describe("askForJsonInPrompt", () => {
  const params = { model: "anthropic/claude-sonnet-4", messages: [{ role: "user" as const, content: "List three colours" }], response_format: { type: "json_object" as const }, temperature: 0 };

  it("drops response_format, keeps every other field, and puts a system message first", () => {
    const next = askForJsonInPrompt(params);
    expect("response_format" in next).toBe(false);
    expect(next.temperature).toBe(0);
    expect(next.model).toBe("anthropic/claude-sonnet-4");
    expect(next.messages?.[0]?.role).toBe("system");
    expect(next.messages?.slice(1)).toEqual(params.messages);
  });

  it("asks for one JSON value without prose or code fences", () => {
    const content = String(askForJsonInPrompt(params).messages?.[0]?.content);
    expect(content).toContain("one valid JSON value");
    expect(content).toContain("no markdown code fences");
    expect(content).not.toContain("JSON Schema");
  });

  it("includes the schema the answer must match when one is given", () => {
    const schema = { type: "object", properties: { colours: { type: "array" } } };
    const content = String(askForJsonInPrompt(params, schema).messages?.[0]?.content);
    expect(content).toContain("matches the JSON Schema below");
    expect(content).toContain(JSON.stringify(schema));
  });

  it("leaves the caller's params unchanged", () => {
    const copy = structuredClone(params);
    askForJsonInPrompt(params, { type: "object" });
    expect(params).toEqual(copy);
  });

  it("works on params that have no messages yet", () => {
    expect(askForJsonInPrompt({ model: "anthropic/claude-sonnet-4" }).messages).toHaveLength(1);
  });
});
