import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cascade, classifyComplexity, parseModelId } from "../../src/routing/index.js";
import { expectValidationError, modelId, or, runs, valueOrValidationError } from "./arbitraries.js";

describe("cascade on random inputs", () => {
  it("classifyComplexity() puts any prompt or message content in one of the three tiers", () => {
    fc.assert(
      fc.property(or(modelId), (id) => {
        expect(["simple", "medium", "complex"]).toContain(classifyComplexity(typeof id === "string" ? id : { messages: [{ role: "user", content: id as never }] }));
      }),
      runs,
    );
  });

  it("cascade() takes any tier models and classifier, and pick() any input", async () => {
    await fc.assert(
      fc.asyncProperty(
        or(fc.record({ simple: or(modelId), medium: or(modelId), complex: or(modelId) }, { requiredKeys: [] })),
        or(fc.record({ classify: or(fc.constantFrom((): string => "simple", (): string => "hard", async (): Promise<string> => "complex")) }, { requiredKeys: [] })),
        or(fc.oneof(fc.string(), fc.record({ prompt: fc.string() }), fc.record({ messages: fc.array(fc.record({ role: fc.constantFrom("user", "system"), content: fc.string() }), { maxLength: 3 }) }))),
        async (tiers, options, input) => {
          const picker = valueOrValidationError(() => cascade(tiers as never, options as never));
          if (!picker) return;
          try {
            const { model, tier } = await picker.pick(input as never);
            expect(["simple", "medium", "complex"]).toContain(tier);
            expect(() => parseModelId(model)).not.toThrow();
          } catch (error) {
            expectValidationError(error);
          }
        },
      ),
      runs,
    );
  });
});
