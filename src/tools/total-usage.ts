import type { Usage } from "../types/chat-completion.js";
import type { TotalUsage } from "./types.js";

/**
 * Sums the usage of several requests (see {@link TotalUsage} for how a missing cost counts).
 *
 * @example
 * ```ts
 * import { totalUsage } from "openrouter-fetch/tools";
 * totalUsage([{ prompt_tokens: 10, completion_tokens: 5, total_tokens: 15, cost: 0.001 }, undefined]);
 * // { promptTokens: 10, completionTokens: 5, totalTokens: 15, reasoningTokens: 0, cachedTokens: 0, cost: 0.001, stepsWithoutCost: 1 }
 * ```
 */
export function totalUsage(usages: readonly (Usage | undefined)[]): TotalUsage {
  const total: TotalUsage = { promptTokens: 0, completionTokens: 0, totalTokens: 0, reasoningTokens: 0, cachedTokens: 0, cost: undefined, stepsWithoutCost: 0 };
  for (const usage of usages) {
    total.promptTokens += count(usage?.prompt_tokens);
    total.completionTokens += count(usage?.completion_tokens);
    total.totalTokens += count(usage?.total_tokens);
    total.reasoningTokens += count(usage?.completion_tokens_details?.reasoning_tokens);
    total.cachedTokens += count(usage?.prompt_tokens_details?.cached_tokens);
    if (typeof usage?.cost === "number" && Number.isFinite(usage.cost)) total.cost = (total.cost ?? 0) + usage.cost;
    else total.stepsWithoutCost++;
  }
  return total;
}

function count(value: number | null | undefined): number {
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}
