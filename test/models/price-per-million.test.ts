import { describe, expect, it } from "vitest";
import { pricePerMillion } from "../../src/models/index.js";
import { round, toPrice } from "../../src/models/price-per-million.js";

describe("pricePerMillion()", () => {
  it("reads a per-token price as USD per million tokens, without float noise", () => {
    expect(pricePerMillion("0.0000001")).toBe(0.1);
    expect(pricePerMillion("0.0000004")).toBe(0.4);
    expect(pricePerMillion("0")).toBe(0);
  });

  it("gives undefined for a missing or variable price", () => {
    expect(pricePerMillion(undefined)).toBeUndefined();
    expect(pricePerMillion(null)).toBeUndefined();
    expect(pricePerMillion("-1")).toBeUndefined();
  });

  it("takes a price given as a number, and in exponent notation", () => {
    expect(pricePerMillion(0.000003)).toBe(3);
    expect(pricePerMillion("1e-7")).toBe(0.1);
  });

  it("gives undefined for text that is not a price, rather than NaN", () => {
    for (const price of ["", "free", "0.1.2", "Infinity"]) expect(pricePerMillion(price)).toBeUndefined();
  });
});

describe("toPrice", () => {
  it("reads a wire price as a number in USD per unit", () => {
    expect(toPrice("0.00000015")).toBe(0.00000015);
    expect(toPrice(0.5)).toBe(0.5);
    expect(toPrice("0")).toBe(0);
  });

  it("is undefined for a missing, empty, unparseable, infinite or negative (variable) price", () => {
    for (const price of [undefined, null, "", " x", "-1", -0.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(toPrice(price)).toBeUndefined();
  });
});

describe("round", () => {
  it("removes binary floating-point noise and keeps 12 significant digits", () => {
    expect(1000 * 1e-7).not.toBe(0.0001);
    expect(round(1000 * 1e-7)).toBe(0.0001);
    expect(round(0.1 + 0.2)).toBe(0.3);
    expect(round(123.456789012345)).toBe(123.456789012);
  });

  it("keeps zero as zero", () => {
    expect(round(0)).toBe(0);
  });
});
