import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/errors/index.js";
import { provider, providerFrom } from "../../src/routing/index.js";
import { chain, expectPlainData, junk, preferences, providerCall, runs, valueOrValidationError } from "./arbitraries.js";

describe("provider builders on random inputs", () => {
  it("provider() chains end in plain preferences that providerFrom() accepts unchanged", () => {
    fc.assert(
      fc.property(fc.array(providerCall, { maxLength: 6 }), (calls) => {
        const built = chain(provider(), calls).build();
        expectPlainData(built);
        expect(providerFrom(built).build()).toEqual(built);
      }),
      runs,
    );
  });

  it("providerFrom() takes any object or refuses it with a ValidationError", () => {
    fc.assert(
      fc.property(fc.oneof(preferences, junk), (input) => {
        const built = valueOrValidationError(() => providerFrom(input as never).build());
        if (built !== undefined) expect(valueOrValidationError(() => providerFrom(built).build())).toEqual(built);
      }),
      runs,
    );
  });

});

describe("provider builders on values JSON cannot print", () => {
  // Quoting the offending value must not throw: JSON.stringify does for a BigInt and a cycle, which used to surface
  // as a TypeError (fast-check found provider().order({ "": 0n }) and route(...).preset({ "": 0n }) at once).
  it("refuses a BigInt price with a ValidationError", () => {
    expect(() => provider().maxPrice({ prompt: 1n as never })).toThrow(ValidationError);
  });
});
