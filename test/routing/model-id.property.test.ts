import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseModelId, withVariant } from "../../src/routing/index.js";
import { modelId, or, runs, valueOrValidationError } from "./arbitraries.js";

describe("model ids on random inputs", () => {
  it("parseModelId() and withVariant() never throw anything but a ValidationError", () => {
    fc.assert(
      fc.property(or(modelId), or(fc.constantFrom("free", "nitro", "floor", "online", "thinking", "bogus")), (id, variant) => {
        const parsed = valueOrValidationError(() => parseModelId(id as string));
        const withIt = valueOrValidationError(() => withVariant(id as string, variant as never));
        if (withIt !== undefined) {
          expect(parsed).toBeDefined();
          expect(parseModelId(withIt).variants).toContain(variant);
        }
      }),
      runs,
    );
  });
});
