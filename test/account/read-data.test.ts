import { describe, expect, it } from "vitest";
import { invalid, readData } from "../../src/account/read-data.js";
import { ResponseValidationError } from "../../src/errors/index.js";
import { thrown } from "../helpers/thrown.js";

const fields = { label: "string", usage: "number", limit: "number|null", is_free_tier: "boolean" } as const;

describe("readData", () => {
  it("returns the object inside { data }, itself, with the fields it was not asked about kept", () => {
    const data = { label: "k", usage: 1.5, limit: null, is_free_tier: false, rate_limit: { requests: 10 } };
    expect(readData({ data }, "key", fields)).toBe(data);
  });

  it("takes null or a number where a field may be either", () => {
    expect(readData<{ limit: number }>({ data: { label: "k", usage: 0, limit: 25, is_free_tier: true } }, "key", fields).limit).toBe(25);
  });

  it("refuses a body without a data object, naming data", () => {
    for (const body of [null, "oops", {}, { data: [] }, { data: "x" }]) {
      const error = thrown(ResponseValidationError, () => readData(body, "key", fields));
      expect(error.message).toContain("OpenRouter's key response");
      expect(error.issues?.[0]?.path).toEqual(["data"]);
    }
  });

  it("names a missing field as data.<field> and says it is missing", () => {
    const error = thrown(ResponseValidationError, () => readData({ data: { label: "k", limit: null, is_free_tier: false } }, "key", fields));
    expect(error.message).toContain("data.usage is missing");
    expect(error.issues?.[0]?.path).toEqual(["data", "usage"]);
  });

  it("names a field of the wrong kind with what it was and what was expected", () => {
    const error = thrown(ResponseValidationError, () => readData({ data: { label: "k", usage: "1.5", limit: null, is_free_tier: false } }, "credits", fields));
    expect(error.message).toContain('data.usage is "1.5" (expected number)');
    expect(thrown(ResponseValidationError, () => readData({ data: { label: "k", usage: 1, limit: "none", is_free_tier: false } }, "key", fields)).message).toContain(
      "(expected number|null)",
    );
  });

  it("keeps the body as the error's text, for a bug report", () => {
    const body = { data: { label: 7 } };
    expect(thrown(ResponseValidationError, () => readData(body, "key", fields)).text).toBe(JSON.stringify(body));
  });
});

describe("invalid", () => {
  it("throws a ResponseValidationError for a dotted field, split into its path", () => {
    const error = thrown(ResponseValidationError, () => invalid("generation", "data.total_cost", "is missing", {}));
    expect(error.issues?.[0]?.path).toEqual(["data", "total_cost"]);
    expect(error.message).toContain("data.total_cost is missing");
  });
});
