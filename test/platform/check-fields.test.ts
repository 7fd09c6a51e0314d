import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/errors/index.js";
import { checkAmount, checkName, checkOneOf, pathSegment } from "../../src/platform/check-fields.js";
import { thrown } from "../helpers/thrown.js";

describe("checkName", () => {
  it("accepts a non-blank string", () => {
    expect(() => checkName("name", "ci key")).not.toThrow();
  });

  it("refuses a blank string, a missing value and a non-string, naming the field and what it got", () => {
    for (const value of ["", "   ", undefined, null, 3, {}]) {
      const error = thrown(ValidationError, () => checkName("name", value));
      expect(error.field).toBe("name");
      expect(error.message).toContain("name must be a non-empty string");
    }
    expect(thrown(ValidationError, () => checkName("name", 3)).message).toContain("got 3");
    expect(thrown(ValidationError, () => checkName("name", undefined)).message).toContain("got undefined");
  });
});

describe("checkAmount", () => {
  it("lets a missing amount and null (clear it) through", () => {
    expect(() => checkAmount("limit", undefined)).not.toThrow();
    expect(() => checkAmount("limit", null)).not.toThrow();
  });

  it("accepts a number at or above the minimum", () => {
    expect(() => checkAmount("limit", 0)).not.toThrow();
    expect(() => checkAmount("limit", 12.5)).not.toThrow();
    expect(() => checkAmount("limit", 1, 1)).not.toThrow();
  });

  it("refuses a number below the minimum, NaN, an infinity and a numeric string", () => {
    for (const value of [-1, Number.NaN, Number.POSITIVE_INFINITY, "10"]) {
      const error = thrown(ValidationError, () => checkAmount("limit", value));
      expect(error.field).toBe("limit");
      expect(error.message).toContain("limit must be a number >= 0");
    }
    expect(thrown(ValidationError, () => checkAmount("budget", 0.5, 1)).message).toContain("budget must be a number >= 1, got 0.5");
  });
});

describe("checkOneOf", () => {
  const intervals = ["daily", "weekly", "monthly"];

  it("lets a missing value and null through, and accepts a listed value", () => {
    expect(() => checkOneOf("limit_reset", undefined, intervals)).not.toThrow();
    expect(() => checkOneOf("limit_reset", null, intervals)).not.toThrow();
    expect(() => checkOneOf("limit_reset", "weekly", intervals)).not.toThrow();
  });

  it("refuses a value not in the list, and lists the allowed ones", () => {
    const error = thrown(ValidationError, () => checkOneOf("limit_reset", "yearly", intervals));
    expect(error.field).toBe("limit_reset");
    expect(error.message).toContain('one of "daily", "weekly", "monthly", got "yearly"');
    expect(thrown(ValidationError, () => checkOneOf("limit_reset", 1, intervals)).field).toBe("limit_reset");
  });
});

describe("pathSegment", () => {
  it("URL-encodes the segment so that it cannot change the path", () => {
    expect(pathSegment("hash", "abc123")).toBe("abc123");
    expect(pathSegment("hash", "a/b?c#d")).toBe("a%2Fb%3Fc%23d");
    expect(pathSegment("id", "../keys")).toBe("..%2Fkeys");
  });

  it("refuses an empty segment, naming the field", () => {
    expect(thrown(ValidationError, () => pathSegment("hash", "")).field).toBe("hash");
    expect(thrown(ValidationError, () => pathSegment("hash", undefined)).field).toBe("hash");
  });
});
