import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/errors/index.js";
import { estimateCost } from "../../src/models/estimate-cost.js";

// estimateCost() feeds budgets and comparisons: whatever the catalog or the caller hands it, it answers with a
// number a program can compare (never NaN, never negative) or a ValidationError that says what was wrong.

const priceKeys = ["prompt", "completion", "request", "image", "image_output", "audio", "web_search", "internal_reasoning", "input_cache_read", "input_cache_write"] as const;

/** Prices as the wire writes them, and the ways a catalog gets them wrong. */
const wirePrice = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: 0, max: 0.001, noNaN: true }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom("0", "-1", "", " ", "abc", "1e-7", "NaN", "Infinity", "-0.5") },
  { weight: 1, arbitrary: fc.oneof(fc.double(), fc.constant(null), fc.constant(undefined), fc.anything({ maxDepth: 1 }).filter(convertible)) },
);

/** Values Number() can convert: objects that shadow toString or valueOf with a non-function are the next test's. */
function convertible(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return true;
  const { toString, valueOf } = value as { toString?: unknown; valueOf?: unknown };
  return typeof toString === "function" && typeof valueOf === "function";
}
const pricingFields: Record<string, fc.Arbitrary<unknown>> = {
  ...Object.fromEntries(priceKeys.map((key) => [key, wirePrice])),
  discount: fc.oneof(fc.double(), fc.constant(null), fc.string()),
};
const pricing = fc.record(pricingFields, { requiredKeys: ["prompt", "completion"] });

/** Token counts, and what a caller might pass instead. */
const count = fc.oneof(
  { weight: 4, arbitrary: fc.nat({ max: 10_000_000 }) },
  { weight: 1, arbitrary: fc.oneof(fc.double(), fc.integer({ min: -5, max: -1 }), fc.constant(null), fc.constant(undefined), fc.string({ maxLength: 3 })) },
);
const usage = fc.record(
  {
    prompt_tokens: count,
    completion_tokens: count,
    prompt_tokens_details: fc.oneof(fc.record({ cached_tokens: count, cache_write_tokens: count, audio_tokens: count }, { requiredKeys: [] }), fc.constant(null)),
    completion_tokens_details: fc.oneof(fc.record({ reasoning_tokens: count, image_tokens: count }, { requiredKeys: [] }), fc.constant(null)),
    server_tool_use_details: fc.oneof(fc.record({ web_search_requests: count }, { requiredKeys: [] }), fc.constant(null)),
    images: count,
    requests: count,
  },
  { requiredKeys: [] },
);

describe("estimateCost on random prices and counts", () => {
  it("answers a non-negative number or throws ValidationError, never NaN", () => {
    fc.assert(
      fc.property(pricing, usage, (prices, tokens) => {
        let cost: number;
        try {
          cost = estimateCost({ id: "lab/model", pricing: prices as never }, tokens as never);
        } catch (error) {
          expect(error).toBeInstanceOf(ValidationError);
          return;
        }
        expect(typeof cost).toBe("number");
        expect(Number.isNaN(cost)).toBe(false);
        // Infinity only when a price of ~1e307 USD per token overflows; see the next property for real prices.
        expect(cost).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 2_000 },
    );
  });

  it("gives a finite cost that never falls when tokens are added, at real prices", () => {
    const price = fc.double({ min: 0, max: 0.001, noNaN: true }).map(String);
    fc.assert(
      fc.property(price, price, fc.nat({ max: 1e7 }), fc.nat({ max: 1e7 }), fc.nat({ max: 1e6 }), (prompt, completion, p, c, extra) => {
        const model = { pricing: { prompt, completion } };
        expect(Number.isFinite(estimateCost(model, { prompt_tokens: p, completion_tokens: c }))).toBe(true);
        expect(estimateCost(model, { prompt_tokens: p + extra, completion_tokens: c })).toBeGreaterThanOrEqual(estimateCost(model, { prompt_tokens: p, completion_tokens: c }));
      }),
      { numRuns: 500 },
    );
  });

  it("answers a ValidationError, not a crash, for a model or usage that is not an object", () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 2 }), fc.anything({ maxDepth: 2 }), (model, tokens) => {
        try {
          const cost = estimateCost(model as never, tokens as never);
          expect(Number.isNaN(cost)).toBe(false);
        } catch (error) {
          expect(error).toBeInstanceOf(ValidationError);
        }
      }),
      { numRuns: 1_000 },
    );
  });
});

describe("estimateCost on a price object that cannot become a number", () => {
  // Only strings and numbers are prices: Number({ toString: null }) used to throw a TypeError (fast-check's
  // counterexample: pricing { prompt: "0", completion: "0", audio: { toString: undefined } }).
  it("refuses it with a ValidationError or ignores it", () => {
    const pricing = { prompt: "0", completion: "0", audio: JSON.parse('{"toString": null}') };
    expect(() => estimateCost({ pricing }, { prompt_tokens: 1 })).not.toThrow(TypeError);
  });
});
