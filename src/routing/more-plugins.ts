import { checkConfig, numberIn, objectList } from "./check-config.js";

// Builders for the plugins of the OpenAPI document that plugins.ts does not cover. Each checks its options under
// their wire names and returns the plugin as sent, ready for `plugins`. (The `auto-router` plugin comes from
// `autoRoute()`, which also sets the model.)

/** The `moderation` plugin as sent. */
export type ModerationPlugin = { id: "moderation" };

/** Options of the `web-fetch` plugin: fetch the pages a prompt links to. */
export type WebFetchPluginConfig = { allowed_domains?: string[]; blocked_domains?: string[]; max_content_tokens?: number; max_uses?: number };
/** The `web-fetch` plugin as sent. */
export type WebFetchPlugin = WebFetchPluginConfig & { id: "web-fetch" };

/** Options of the `fusion` plugin: `analysis_models` answer, `model` (or a `preset`) fuses their answers. */
export type FusionPluginConfig = {
  enabled?: boolean;
  analysis_models?: string[];
  model?: string;
  preset?: "general-high" | "general-budget" | "general-fast";
  max_tool_calls?: number;
  tools?: { type: string; parameters?: Record<string, unknown> }[];
};
/** The `fusion` plugin as sent. */
export type FusionPlugin = FusionPluginConfig & { id: "fusion" };

/** Options of the `pareto-router` plugin: the cheapest model above a coding score, under a price. */
export type ParetoRouterPluginConfig = {
  enabled?: boolean;
  /** USD per million tokens. */
  max_price?: number;
  /** From 0 to 1. */
  min_coding_score?: number;
  price_source?: "prompt" | "weighted_avg";
};
/** The `pareto-router` plugin as sent. */
export type ParetoRouterPlugin = ParetoRouterPluginConfig & { id: "pareto-router" };

/** Options of the `auto-beta-router` plugin (the next `openrouter/auto`), with their wire names. */
export type AutoBetaRouterPluginConfig = {
  enabled?: boolean;
  allowed_models?: string[];
  excluded_models?: string[];
  cost_tier?: "low" | "medium" | "high" | "xhigh" | "max";
};
/** The `auto-beta-router` plugin as sent. */
export type AutoBetaRouterPlugin = AutoBetaRouterPluginConfig & { id: "auto-beta-router" };

/**
 * The `moderation` plugin: OpenRouter screens the request with its moderation model first.
 * @throws {@link ValidationError} for any option: it takes none.
 * @example
 * ```ts
 * import { moderationPlugin } from "openrouter-fetch";
 * const plugins = [moderationPlugin()];
 * ```
 */
export function moderationPlugin(config?: Record<string, never>): ModerationPlugin {
  checkConfig("moderationPlugin()", "plugins.moderation", config, {});
  return { id: "moderation" };
}

/**
 * The `web-fetch` plugin: the pages a prompt links to are fetched and put into the prompt.
 * @throws {@link ValidationError} for an unknown option, a count that is not a whole number >= 1, or an empty domain list.
 * @example
 * ```ts
 * import { webFetchPlugin } from "openrouter-fetch";
 * const plugins = [webFetchPlugin({ allowed_domains: ["nodejs.org"], max_content_tokens: 4000 })];
 * ```
 */
export function webFetchPlugin(config?: WebFetchPluginConfig): WebFetchPlugin {
  const checked = checkConfig("webFetchPlugin()", "plugins.web-fetch", config, {
    allowed_domains: "names",
    blocked_domains: "names",
    max_content_tokens: "count",
    max_uses: "count",
  });
  return { id: "web-fetch", ...checked };
}

/**
 * The `fusion` plugin: several `analysis_models` (1 to 8) answer, and `model` (or a `preset`) fuses their answers.
 * @throws {@link ValidationError} for an unknown option or preset, or a value of the wrong kind.
 * @example
 * ```ts
 * import { fusionPlugin } from "openrouter-fetch";
 * const plugins = [fusionPlugin({ preset: "general-budget" })];
 * ```
 */
export function fusionPlugin(config?: FusionPluginConfig): FusionPlugin {
  const what = "fusionPlugin()";
  const checked = checkConfig(what, "plugins.fusion", config, {
    enabled: "boolean",
    analysis_models: "names",
    model: "string",
    preset: ["general-high", "general-budget", "general-fast"],
    max_tool_calls: numberIn(what, 1, 16),
    tools: objectList(what),
  });
  return { id: "fusion", ...checked };
}

/**
 * The `pareto-router` plugin: OpenRouter picks the cheapest model at or above `min_coding_score`, under `max_price`.
 * @throws {@link ValidationError} for an unknown option, a negative price, or a score outside 0 to 1.
 * @example
 * ```ts
 * import { paretoRouterPlugin } from "openrouter-fetch";
 * const plugins = [paretoRouterPlugin({ min_coding_score: 0.7, max_price: 5 })];
 * ```
 */
export function paretoRouterPlugin(config?: ParetoRouterPluginConfig): ParetoRouterPlugin {
  const what = "paretoRouterPlugin()";
  const checked = checkConfig(what, "plugins.pareto-router", config, {
    enabled: "boolean",
    max_price: numberIn(what, 0, Infinity),
    min_coding_score: numberIn(what, 0, 1),
    price_source: ["prompt", "weighted_avg"],
  });
  return { id: "pareto-router", ...checked };
}

/**
 * The `auto-beta-router` plugin: the next version of `openrouter/auto`'s model picker, limited to `allowed_models`
 * (patterns such as `"anthropic/*"`) and a `cost_tier`.
 * @throws {@link ValidationError} for an unknown option or cost tier, or an empty model list.
 * @example
 * ```ts
 * import { autoBetaRouterPlugin } from "openrouter-fetch";
 * const params = { model: "openrouter/auto", plugins: [autoBetaRouterPlugin({ cost_tier: "low" })], prompt: "Hi" };
 * ```
 */
export function autoBetaRouterPlugin(config?: AutoBetaRouterPluginConfig): AutoBetaRouterPlugin {
  const checked = checkConfig("autoBetaRouterPlugin()", "plugins.auto-beta-router", config, {
    enabled: "boolean",
    allowed_models: "names",
    excluded_models: "names",
    cost_tier: ["low", "medium", "high", "xhigh", "max"],
  });
  return { id: "auto-beta-router", ...checked };
}
