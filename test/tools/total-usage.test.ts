import { describe, expect, it } from "vitest";
import { totalUsage } from "../../src/tools/index.js";
import type { Usage } from "../../src/types/chat-completion.js";

const usage = (fields: Partial<Usage>): Usage => ({ prompt_tokens: 0, completion_tokens: 0, total_tokens: 0, ...fields });

describe("totalUsage", () => {
  it("is all zeros, with no cost, for no requests", () => {
    expect(totalUsage([])).toEqual({ promptTokens: 0, completionTokens: 0, totalTokens: 0, reasoningTokens: 0, cachedTokens: 0, cost: undefined, stepsWithoutCost: 0 });
  });

  it("sums tokens, reasoning tokens, cached tokens and cost over the requests", () => {
    const total = totalUsage([
      usage({ prompt_tokens: 10, completion_tokens: 5, total_tokens: 15, cost: 0.001, completion_tokens_details: { reasoning_tokens: 3 }, prompt_tokens_details: { cached_tokens: 4 } }),
      usage({ prompt_tokens: 20, completion_tokens: 7, total_tokens: 27, cost: 0.002, completion_tokens_details: { reasoning_tokens: 1 } }),
    ]);
    expect(total).toMatchObject({ promptTokens: 30, completionTokens: 12, totalTokens: 42, reasoningTokens: 4, cachedTokens: 4, stepsWithoutCost: 0 });
    expect(total.cost).toBeCloseTo(0.003, 12);
  });

  it("counts a request without usage, or without a cost, in stepsWithoutCost, and adds nothing for it", () => {
    const total = totalUsage([usage({ prompt_tokens: 10, completion_tokens: 5, total_tokens: 15, cost: 0.001 }), undefined, usage({ prompt_tokens: 1 })]);
    expect(total).toEqual({ promptTokens: 11, completionTokens: 5, totalTokens: 15, reasoningTokens: 0, cachedTokens: 0, cost: 0.001, stepsWithoutCost: 2 });
  });

  it("keeps cost undefined, not 0, when no request reported one", () => {
    expect(totalUsage([usage({ prompt_tokens: 1 }), undefined]).cost).toBeUndefined();
  });

  it("counts a cost of 0 (a free model) as a reported cost", () => {
    const total = totalUsage([usage({ cost: 0 })]);
    expect(total.cost).toBe(0);
    expect(total.stepsWithoutCost).toBe(0);
  });

  it("ignores nulls and values that are not finite numbers, so that one odd field cannot make the sum NaN", () => {
    const odd = { prompt_tokens: null, completion_tokens: Number.NaN, total_tokens: 3, cost: Number.POSITIVE_INFINITY } as unknown as Usage;
    const total = totalUsage([odd, usage({ prompt_tokens: 2, total_tokens: 2 })]);
    expect(total).toEqual({ promptTokens: 2, completionTokens: 0, totalTokens: 5, reasoningTokens: 0, cachedTokens: 0, cost: undefined, stepsWithoutCost: 2 });
  });
});
