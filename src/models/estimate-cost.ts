import { ValidationError } from "../errors/validation-error.js";
import { round, toPrice } from "./price-per-million.js";
import type { Pricing } from "./types.js";

/**
 * Token counts to price. The `usage` of a chat result fits as is; `images` and `requests` are extra counts for
 * the prices charged per input image and per request.
 */
export interface CostUsage {
  prompt_tokens?: number | null;
  completion_tokens?: number | null;
  /** `cached_tokens` (cache reads) and `cache_write_tokens` are parts of `prompt_tokens`. */
  prompt_tokens_details?: { cached_tokens?: number | null; cache_write_tokens?: number | null; audio_tokens?: number | null } | null;
  /** `reasoning_tokens` and `image_tokens` are parts of `completion_tokens`. */
  completion_tokens_details?: { reasoning_tokens?: number | null; image_tokens?: number | null } | null;
  server_tool_use_details?: { web_search_requests?: number | null } | null;
  /** Input images, priced with `pricing.image`. @default 0 */
  images?: number | undefined;
  /** Requests, priced with `pricing.request`. @default 1 */
  requests?: number | undefined;
}

/**
 * Estimates what a request costs, in USD, from a model's (or a provider endpoint's) prices: prompt tokens, with
 * cache reads and writes at their own prices; completion tokens, with reasoning tokens at `internal_reasoning`
 * and output image tokens at `image_output` when those are priced; input audio tokens at `audio`; input images
 * at `image`; the per-request price; web searches; and `discount`. Parts without a price of their own cost the
 * prompt (input) or completion (output) price.
 *
 * OpenRouter reports what was actually charged in `usage.cost`; this is for budgeting before a call or comparing
 * models.
 *
 * @throws {@link ValidationError} when a count is negative or not a number, or the model's price is variable
 * (`"-1"`, routers such as `openrouter/auto`) or unreadable.
 * @example
 * ```ts
 * import { createClient, estimateCost, getModel } from "openrouter-fetch/models";
 * const model = await getModel(createClient(), "openai/gpt-4.1-nano");
 * const usd = estimateCost(model, { prompt_tokens: 12_000, completion_tokens: 800 });
 * console.log(`$${usd.toFixed(6)}`);
 * ```
 */
export function estimateCost(model: { id?: string; pricing: Pricing }, usage: CostUsage): number {
  const pricing = model?.pricing;
  const name = typeof model?.id === "string" ? model.id : "the model";
  if (typeof pricing !== "object" || pricing === null) {
    throw new ValidationError("estimateCost() takes a model (or endpoint) with its pricing, as listModels() returns it.", { field: "model.pricing" });
  }
  if (typeof usage !== "object" || usage === null) {
    throw new ValidationError("estimateCost() takes token counts, e.g. { prompt_tokens: 1000, completion_tokens: 200 }.", { field: "usage" });
  }
  const base = (key: "prompt" | "completion"): number => {
    const value = toPrice(pricing[key]);
    if (value === undefined) {
      const raw = pricing[key];
      const why = typeof raw === "string" && Number(raw) < 0 ? "is variable (it depends on the model the router picks)" : `is unreadable (${JSON.stringify(raw)})`;
      throw new ValidationError(`The ${key} price of ${name} ${why}, so its cost cannot be estimated.`, { field: `model.pricing.${key}` });
    }
    return value;
  };
  const optional = (key: keyof Pricing, fallback: number): number => toPrice(pricing[key] as string | null | undefined) ?? fallback;
  const priced = (key: keyof Pricing): boolean => toPrice(pricing[key] as string | null | undefined) !== undefined;

  const promptPrice = base("prompt");
  const completionPrice = base("completion");
  const prompt = count(usage.prompt_tokens, "prompt_tokens");
  const cached = Math.min(count(usage.prompt_tokens_details?.cached_tokens, "prompt_tokens_details.cached_tokens"), prompt);
  const writes = Math.min(count(usage.prompt_tokens_details?.cache_write_tokens, "prompt_tokens_details.cache_write_tokens"), prompt - cached);
  const audioIn = priced("audio") ? Math.min(count(usage.prompt_tokens_details?.audio_tokens, "prompt_tokens_details.audio_tokens"), prompt - cached - writes) : 0;
  const completion = count(usage.completion_tokens, "completion_tokens");
  const reasoning = priced("internal_reasoning")
    ? Math.min(count(usage.completion_tokens_details?.reasoning_tokens, "completion_tokens_details.reasoning_tokens"), completion)
    : 0;
  const imageOut = priced("image_output")
    ? Math.min(count(usage.completion_tokens_details?.image_tokens, "completion_tokens_details.image_tokens"), completion - reasoning)
    : 0;

  let cost =
    (prompt - cached - writes - audioIn) * promptPrice +
    cached * optional("input_cache_read", promptPrice) +
    writes * optional("input_cache_write", promptPrice) +
    audioIn * optional("audio", promptPrice) +
    (completion - reasoning - imageOut) * completionPrice +
    reasoning * optional("internal_reasoning", completionPrice) +
    imageOut * optional("image_output", completionPrice) +
    count(usage.images, "images") * optional("image", 0) +
    count(usage.requests ?? 1, "requests") * optional("request", 0) +
    count(usage.server_tool_use_details?.web_search_requests, "server_tool_use_details.web_search_requests") * optional("web_search", 0);
  const discount = pricing.discount;
  if (typeof discount === "number" && discount > 0 && discount < 1) cost *= 1 - discount;
  return round(cost);
}

function count(value: number | null | undefined, field: string): number {
  if (value === undefined || value === null) return 0;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new ValidationError(`usage.${field} must be a count >= 0, got ${JSON.stringify(value)}.`, { field: `usage.${field}` });
  }
  return value;
}
