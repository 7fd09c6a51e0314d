import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/errors/index.js";
import { estimateCost, type Model } from "../../src/models/index.js";
import type { Usage } from "../../src/types/chat-completion.js";
import { fixtureJSON } from "../helpers/fixtures.js";
import { bareModel, endpointsBody, imageModel, modelsList } from "./model-fixtures.js";

const [nano, llama, qwen] = modelsList().data as Model[];

function priced(pricing: Record<string, unknown>): Model {
  return { ...bareModel(), pricing: { prompt: "0.000001", completion: "0.000002", ...pricing } } as Model;
}

describe("estimateCost()", () => {
  it("prices prompt and completion tokens at the model's per-token prices, in USD", () => {
    // 1000 × $0.0000001 + 1000 × $0.0000004
    expect(estimateCost(nano!, { prompt_tokens: 1000, completion_tokens: 1000 })).toBe(0.0005);
    expect(estimateCost(llama!, { prompt_tokens: 1_000_000, completion_tokens: 0 })).toBe(0.05);
  });

  it("prices cached prompt tokens at input_cache_read", () => {
    // 600 × 0.0000001 + 400 × 0.000000025
    expect(estimateCost(nano!, { prompt_tokens: 1000, completion_tokens: 0, prompt_tokens_details: { cached_tokens: 400 } })).toBe(0.00007);
  });

  it("prices cache writes at input_cache_write", () => {
    // 500 × 0.000002 + 500 × 0.0000025
    expect(estimateCost(qwen!, { prompt_tokens: 1000, completion_tokens: 0, prompt_tokens_details: { cache_write_tokens: 500 } })).toBe(0.00225);
  });

  it("prices cache hits at the prompt price when the model has no cache price", () => {
    expect(estimateCost(priced({}), { prompt_tokens: 1000, prompt_tokens_details: { cached_tokens: 1000 } })).toBe(0.001);
  });

  it("prices reasoning tokens at internal_reasoning when it is set, else as completion", () => {
    const usage = { prompt_tokens: 0, completion_tokens: 1000, completion_tokens_details: { reasoning_tokens: 600 } };
    // 400 × 0.000002 + 600 × 0.000005
    expect(estimateCost(priced({ internal_reasoning: "0.000005" }), usage)).toBe(0.0038);
    expect(estimateCost(priced({}), usage)).toBe(0.002);
  });

  it("adds the per-request and per-image prices", () => {
    expect(estimateCost(imageModel(), { prompt_tokens: 20, completion_tokens: 0, images: 2 })).toBe(0.03);
    expect(estimateCost(priced({ request: "0.005" }), { prompt_tokens: 0 })).toBe(0.005);
    expect(estimateCost(priced({ request: "0.005" }), { prompt_tokens: 0, requests: 3 })).toBe(0.015);
  });

  it("prices output image tokens at image_output and web searches at web_search", () => {
    const model = priced({ image_output: "0.00003", web_search: "0.01" });
    const usage = { completion_tokens: 1300, completion_tokens_details: { image_tokens: 1290 }, server_tool_use_details: { web_search_requests: 1 } };
    // 10 × 0.000002 + 1290 × 0.00003 + 1 × 0.01
    expect(estimateCost(model, usage)).toBe(0.04872);
  });

  it("applies the discount", () => {
    expect(estimateCost(priced({ discount: 0.25 }), { prompt_tokens: 1000, completion_tokens: 1000 })).toBe(0.00225);
  });

  it("takes a chat result's usage as it is", () => {
    const usage = fixtureJSON("chat-nonstream-basic.json").usage as Usage;
    expect(estimateCost(nano!, usage)).toBeGreaterThan(0);
  });

  it("works on a provider endpoint's pricing", () => {
    const endpoint = endpointsBody().data.endpoints[0];
    expect(estimateCost(endpoint, { prompt_tokens: 1_000_000, completion_tokens: 1_000_000 })).toBe(0.07);
  });

  it("refuses a variable price and says why", () => {
    const router = { ...bareModel("openrouter/auto"), pricing: { prompt: "-1", completion: "-1" } };
    expect(() => estimateCost(router, { prompt_tokens: 10 })).toThrow(/openrouter\/auto is variable/);
  });

  it("refuses negative or non-numeric counts", () => {
    expect(() => estimateCost(nano!, { prompt_tokens: -5 })).toThrow(ValidationError);
    expect(() => estimateCost(nano!, { prompt_tokens: Number.NaN })).toThrow(ValidationError);
    expect(() => estimateCost(nano!, null as never)).toThrow(ValidationError);
  });
});
