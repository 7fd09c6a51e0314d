/**
 * Routing builders: typed, checked helpers that write the routing fields of a chat request (`provider`,
 * `models`, variants, `openrouter/auto`, presets, `plugins`) and a complexity cascade that picks a model per
 * request. They are pure: they send nothing, and each builds a plain object you could have written by hand.
 *
 * @example
 * ```ts
 * import { provider, route } from "openrouter-fetch/routing";
 * const routing = route("openai/gpt-oss-120b")
 *   .fallbacks("deepseek/deepseek-v3.2")
 *   .provider(provider().sort("price").maxPrice({ prompt: 0.5, completion: 2 }))
 *   .build();
 * ```
 *
 * @module routing
 */

// Provider preferences
export { provider, providerFrom, type ProviderBuilder, type ProviderName, type ProviderSortOption, type MaxPrice } from "./provider.js";

// Routes, fallbacks, variants, presets, the auto router
export { route, autoRoute, type RouteBuilder, type RouteFragment, type AutoRouteConfig } from "./route.js";

// Plugins and the web-search server tool
export {
  webPlugin,
  fileParserPlugin,
  responseHealingPlugin,
  contextCompressionPlugin,
  webSearchTool,
  type WebPlugin,
  type WebPluginConfig,
  type WebPluginEngine,
  type FileParserPlugin,
  type FileParserPluginConfig,
  type PdfEngine,
  type ResponseHealingPlugin,
  type ContextCompressionPlugin,
  type WebSearchTool,
  type WebSearchConfig,
  type UserLocation,
  type WebSearchMode,
} from "./plugins.js";
export {
  moderationPlugin, webFetchPlugin, fusionPlugin, paretoRouterPlugin, autoBetaRouterPlugin, type ModerationPlugin,
  type WebFetchPlugin, type WebFetchPluginConfig, type FusionPlugin, type FusionPluginConfig, type ParetoRouterPlugin,
  type ParetoRouterPluginConfig, type AutoBetaRouterPlugin, type AutoBetaRouterPluginConfig,
} from "./more-plugins.js";
export {
  webFetchTool, datetimeTool, imageGenerationTool, fusionTool, advisorTool, subagentTool, bashTool, filesTool,
  searchModelsTool, type ServerToolOf, type WebFetchToolConfig, type FusionToolConfig, type AdvisorToolConfig,
  type SubagentToolConfig, type BashToolConfig,
} from "./server-tools.js";

// Model ids
export { parseModelId, withVariant, checkModelId, type ParsedModelId, type ModelVariant, type ModelIdEntry } from "./model-id.js";

// Complexity cascade
export {
  cascade,
  classifyComplexity,
  type Cascade,
  type CascadeClassifier,
  type CascadeInput,
  type CascadeModels,
  type CascadeOptions,
  type CascadePick,
  type CascadeTier,
} from "./cascade.js";
