import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/errors/index.js";
import { autoRoute, parseModelId, providerFrom, route } from "../../src/routing/index.js";
import { chain, expectPlainData, modelId, or, pluginOptions, routeCall, runs, valueOrValidationError } from "./arbitraries.js";

describe("route builders on random inputs", () => {
  it("route() chains end in a fragment whose model and fallbacks parse, each listed once", () => {
    fc.assert(
      fc.property(or(modelId), fc.array(routeCall, { maxLength: 5 }), (model, calls) => {
        const start = valueOrValidationError(() => route(model as string));
        if (!start) return;
        const fragment = chain(start, calls).build();
        expect(() => parseModelId(fragment.model)).not.toThrow();
        if (fragment.models) {
          expect(fragment.models[0]).toBe(fragment.model);
          expect(new Set(fragment.models).size).toBe(fragment.models.length);
          for (const id of fragment.models) expect(() => parseModelId(id)).not.toThrow();
        }
        if (fragment.provider) expect(providerFrom(fragment.provider).build()).toEqual(fragment.provider);
        if (fragment.plugins) expect(new Set(fragment.plugins.map((p) => p.id)).size).toBe(fragment.plugins.length);
      }),
      runs,
    );
  });


  it("autoRoute() takes any options or refuses them with a ValidationError", () => {
    fc.assert(
      fc.property(pluginOptions, (input) => {
        const built = valueOrValidationError(() => autoRoute(input as never).build());
        if (built !== undefined) expectPlainData(built);
      }),
      runs,
    );
  });
});

describe("route builders on values JSON cannot print", () => {
  // Quoting the offending value must not throw: JSON.stringify does for a cycle, which used to surface as a TypeError.
  it("refuses a cyclic plugin object with a ValidationError", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic["self"] = cyclic;
    expect(() => route("openai/gpt-4o").plugins(cyclic as never)).toThrow(ValidationError);
  });
});
