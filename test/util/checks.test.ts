import { describe, expect, it } from "vitest";
import { isNonEmptyString, isRecord, isWholeNumber } from "../../src/util/checks.js";

describe("isRecord", () => {
  it("accepts plain objects, empty or not, and objects without a prototype", () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord({ data: [] })).toBe(true);
    expect(isRecord(Object.create(null))).toBe(true);
  });

  it("refuses null, arrays and every primitive", () => {
    for (const value of [null, undefined, [], [1], "x", 1, true, 1n, Symbol("s")]) expect(isRecord(value)).toBe(false);
  });
});

describe("isWholeNumber", () => {
  it("accepts any whole number when no range is given, negative and zero included", () => {
    for (const value of [-3, 0, 1, 2 ** 53]) expect(isWholeNumber(value)).toBe(true);
  });

  it("refuses fractions, NaN, infinities and numeric strings", () => {
    for (const value of [1.5, Number.NaN, Infinity, -Infinity, "3", null, undefined]) expect(isWholeNumber(value)).toBe(false);
  });

  it("includes both ends of the range", () => {
    expect(isWholeNumber(1, 1, 10)).toBe(true);
    expect(isWholeNumber(10, 1, 10)).toBe(true);
    expect(isWholeNumber(0, 1, 10)).toBe(false);
    expect(isWholeNumber(11, 1, 10)).toBe(false);
  });

  it("takes a minimum alone, with no maximum", () => {
    expect(isWholeNumber(0, 0)).toBe(true);
    expect(isWholeNumber(1_000_000, 1)).toBe(true);
    expect(isWholeNumber(-1, 0)).toBe(false);
  });
});

describe("isNonEmptyString", () => {
  it("accepts a string with something other than whitespace", () => {
    expect(isNonEmptyString("openai/gpt-4o")).toBe(true);
    expect(isNonEmptyString(" a ")).toBe(true);
  });

  it("refuses empty and whitespace-only strings and non-strings", () => {
    for (const value of ["", "   ", "\n\t", 1, null, undefined, ["a"]]) expect(isNonEmptyString(value)).toBe(false);
  });
});
