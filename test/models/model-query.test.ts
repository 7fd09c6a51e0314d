import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/errors/index.js";
import { modelPath, toModelQuery } from "../../src/models/model-query.js";
import { thrown } from "../helpers/thrown.js";

describe("toModelQuery", () => {
  it("sends no query at all when no filters are given", () => {
    expect(toModelQuery(undefined, "listModels")).toBeUndefined();
  });

  it("keeps the wire's key names and turns lists into comma-separated values", () => {
    expect(toModelQuery({ output_modalities: ["image", "text"], supported_parameters: ["tools"] }, "listModels")).toEqual({
      output_modalities: "image,text",
      supported_parameters: "tools",
    });
  });

  it("passes strings, numbers and booleans as they are, and leaves out undefined values and empty lists", () => {
    expect(toModelQuery({ category: "programming", offset: 0, limit: 50, use_rss: true, order: undefined, input_modalities: [] }, "listModels")).toEqual({
      category: "programming",
      offset: 0,
      limit: 50,
      use_rss: true,
    });
  });

  it("refuses filters that are not an object, with an example in the message", () => {
    for (const query of [null, "image", ["image"]]) {
      const error = thrown(ValidationError, () => toModelQuery(query as never, "listModels"));
      expect(error.field).toBe("query");
      expect(error.message).toContain("listModels() takes its filters as an object");
    }
  });

  it("refuses a list with an empty name, a non-string or a comma, naming the filter", () => {
    for (const bad of [[""], ["  "], [1], ["a,b"]]) {
      expect(thrown(ValidationError, () => toModelQuery({ output_modalities: bad }, "listModels")).field).toBe("query.output_modalities");
    }
  });

  it("refuses a number that is not finite, and values of other kinds", () => {
    expect(thrown(ValidationError, () => toModelQuery({ max_price: Number.NaN }, "listModels")).field).toBe("query.max_price");
    expect(thrown(ValidationError, () => toModelQuery({ max_price: Number.POSITIVE_INFINITY }, "listModels")).field).toBe("query.max_price");
    expect(thrown(ValidationError, () => toModelQuery({ category: { a: 1 } }, "listModels")).message).toContain("got object");
    expect(thrown(ValidationError, () => toModelQuery({ category: null }, "listModels")).field).toBe("query.category");
  });

  it("takes offset from 0 and limit from 1 to 1000, as whole numbers", () => {
    expect(toModelQuery({ offset: 0, limit: 1 }, "listModels")).toEqual({ offset: 0, limit: 1 });
    expect(toModelQuery({ limit: 1000 }, "listModels")).toEqual({ limit: 1000 });
    expect(thrown(ValidationError, () => toModelQuery({ offset: -1 }, "listModels")).message).toContain("query.offset must be a whole number >= 0");
    expect(thrown(ValidationError, () => toModelQuery({ offset: 1.5 }, "listModels")).field).toBe("query.offset");
    expect(thrown(ValidationError, () => toModelQuery({ limit: 0 }, "listModels")).message).toContain("query.limit must be a whole number from 1 to 1000");
    expect(thrown(ValidationError, () => toModelQuery({ limit: 1001 }, "listModels")).field).toBe("query.limit");
    expect(thrown(ValidationError, () => toModelQuery({ limit: "10" }, "listModels")).field).toBe("query.limit");
  });
});

describe("modelPath", () => {
  it("gives author/slug with each part URL-encoded", () => {
    expect(modelPath("openai/gpt-4.1-nano", "getModel")).toBe("openai/gpt-4.1-nano");
    expect(modelPath("acme/a b?c", "getModel")).toBe("acme/a%20b%3Fc");
  });

  it("keeps a variant's colon readable", () => {
    expect(modelPath("meta-llama/llama-3.3-70b-instruct:free", "getModel")).toBe("meta-llama/llama-3.3-70b-instruct:free");
  });

  it("refuses a missing or blank id with an example, naming id", () => {
    for (const id of [undefined, "", "  ", 42]) {
      const error = thrown(ValidationError, () => modelPath(id, "getModel"));
      expect(error.field).toBe("id");
      expect(error.message).toContain('getModel() needs a model id such as "openai/gpt-4.1-nano"');
    }
  });

  it("refuses an id that is not exactly author/slug, so that it cannot reach another path", () => {
    for (const id of ["gpt-4o", "openai/", "/gpt-4o", "a/b/c", "openai//gpt"]) {
      const error = thrown(ValidationError, () => modelPath(id, "getModel"));
      expect(error.field).toBe("id");
      expect(error.message).toContain('Model ids look like "author/slug"');
    }
  });
});
