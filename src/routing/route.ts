import type { Plugin, ProviderPreferences } from "../types/chat-params.js";
import { checkConfig, invalid } from "./check-config.js";
import { checkPresetSlug, type ModelVariant, parseModelId, parseModelIdAt, withVariant } from "./model-id.js";
import { type ProviderBuilder, providerFrom } from "./provider.js";
import { show } from "./show.js";

/** What {@link RouteBuilder.build} returns: the routing fields of a chat request, to spread into `ChatParams`. */
export interface RouteFragment {
  /** The primary model, variants included. */
  model: string;
  /** The primary model, then the fallbacks, tried in this order. Only when there are fallbacks. */
  models?: string[];
  provider?: ProviderPreferences;
  plugins?: Plugin[];
  /** A preset slug (without `@preset/`). */
  preset?: string;
}

/**
 * An immutable chain that builds the routing part of a chat request. Every method checks its input and the
 * route as a whole, returns a new builder and leaves this one unchanged. `build()` returns a plain object.
 */
export interface RouteBuilder {
  /** Models to try, in order, when the primary fails (any error: downtime, rate limits, context length…). Replaces earlier fallbacks. */
  fallbacks(...models: string[]): RouteBuilder;
  /** Adds a variant suffix to the primary model (`:nitro`, `:floor`, `:free`, `:online`, `:exacto`, …); calls combine. */
  variant(variant: ModelVariant): RouteBuilder;
  /** Provider preferences: a {@link ProviderBuilder} or a plain object (checked like `providerFrom`). Replaces earlier ones. */
  provider(preferences: ProviderBuilder | ProviderPreferences): RouteBuilder;
  /** Plugins (see `webPlugin` and the others), one per id. Replaces earlier plugins. */
  plugins(...plugins: Plugin[]): RouteBuilder;
  /** A preset made on openrouter.ai (`"my-preset"` or `"@preset/my-preset"`), sent as `preset`. */
  preset(slug: string): RouteBuilder;
  /** The route as a plain object, a fresh copy each time. */
  build(): RouteFragment;
}

interface RouteState {
  model: string;
  fallbacks: readonly string[];
  provider: ProviderPreferences | undefined;
  plugins: readonly Plugin[];
  preset: string | undefined;
  /** The `auto-router` plugin an `autoRoute()` carries, kept apart so that `plugins()` does not replace it. */
  auto: Plugin | undefined;
}

function sortKey(preferences: ProviderPreferences | undefined): string | undefined {
  const sort = preferences?.sort;
  return typeof sort === "string" ? sort : (sort?.by ?? undefined);
}

// The checks that need the whole route, run after every step so that a conflict throws where it is made.
function checkRoute(state: RouteState): RouteState {
  const { variants, preset } = parseModelId(state.model);
  const models = [state.model, ...state.fallbacks];
  const repeated = models.find((model, i) => models.indexOf(model) !== i);
  if (repeated) invalid("models", `"${repeated}" is in the route twice (as primary or fallback); list each model once.`);
  const sort = sortKey(state.provider);
  const wants = variants.includes("nitro") ? "throughput" : variants.includes("floor") ? "price" : undefined;
  if (wants && sort && sort !== wants) {
    invalid(
      "provider.sort",
      `The ":${wants === "price" ? "floor" : "nitro"}" variant sorts providers by ${wants}, but provider.sort is "${sort}"; drop one of them.`,
    );
  }
  const plugins = [...(state.auto ? [state.auto] : []), ...state.plugins];
  if (variants.includes("online") && plugins.some((p) => p.id === "web")) {
    invalid("plugins", 'The ":online" variant already adds the web plugin; drop ":online" or the webPlugin().');
  }
  if (preset && state.preset) {
    invalid("preset", `The model "${state.model}" already names preset "${preset}"; drop the @preset part or the preset() call.`);
  }
  return state;
}

function checkPlugins(plugins: unknown[], hasAuto: boolean): Plugin[] {
  const ids: string[] = hasAuto ? ["auto-router"] : [];
  for (const plugin of plugins) {
    const id = typeof plugin === "object" && plugin !== null ? (plugin as { id?: unknown }).id : undefined;
    if (typeof id !== "string" || id.trim() === "") {
      invalid("plugins", `A plugin is an object with an "id", such as webPlugin() or { id: "response-healing" }; got ${show(plugin)}.`);
    }
    if (ids.includes(id)) {
      const why = id === "auto-router" && hasAuto ? "; configure it through autoRoute()" : "";
      invalid("plugins", `The "${id}" plugin is given twice${why}; give each plugin once.`);
    }
    ids.push(id);
  }
  return plugins.map((plugin) => structuredClone(plugin) as Plugin);
}

function make(state: RouteState): RouteBuilder {
  const next = (patch: Partial<RouteState>) => make(checkRoute({ ...state, ...patch }));
  return Object.freeze({
    fallbacks: (...models: string[]) => {
      if (models.length === 0) invalid("models", "fallbacks() needs at least one model id, e.g. fallbacks(\"openai/gpt-4.1-mini\").");
      for (const model of models) parseModelIdAt(model, "models");
      return next({ fallbacks: [...models] });
    },
    variant: (variant: ModelVariant) => next({ model: withVariant(state.model, variant) }),
    provider: (preferences: ProviderBuilder | ProviderPreferences) => {
      if (typeof preferences !== "object" || preferences === null || Array.isArray(preferences)) {
        invalid("provider", `provider() takes provider() from this package or a preferences object, not ${show(preferences)}.`);
      }
      const built = "build" in preferences && typeof preferences.build === "function" ? (preferences as ProviderBuilder).build() : providerFrom(preferences as ProviderPreferences).build();
      return next({ provider: built });
    },
    plugins: (...plugins: Plugin[]) => next({ plugins: checkPlugins(plugins, state.auto !== undefined) }),
    preset: (slug: string) => next({ preset: checkPresetSlug(typeof slug === "string" ? slug.replace(/^@preset\//, "") : slug, "preset") }),
    build: () => {
      const fragment: RouteFragment = { model: state.model };
      if (state.fallbacks.length > 0) fragment.models = [state.model, ...state.fallbacks];
      if (state.provider) fragment.provider = structuredClone(state.provider);
      const plugins = [...(state.auto ? [state.auto] : []), ...state.plugins];
      if (plugins.length > 0) fragment.plugins = structuredClone(plugins);
      if (state.preset) fragment.preset = state.preset;
      return fragment;
    },
  });
}

/**
 * Starts a route for a model: fallbacks, a variant, provider preferences, plugins and a preset, checked together
 * (a model twice, `:nitro` with a price sort, `:online` with the web plugin, two presets), built into a plain
 * fragment to spread into a chat request. The date-suffix check of model ids happens when the request is sent,
 * where the client's `checkModelIds` option applies.
 *
 * @throws {@link ValidationError} for a malformed model id, and from each method for its own input or a conflict.
 * @example
 * ```ts
 * import { chat, createClient, provider, route } from "openrouter-fetch";
 * const routing = route("anthropic/claude-sonnet-4.5")
 *   .fallbacks("openai/gpt-4.1", "google/gemini-2.5-pro")
 *   .provider(provider().sort("price").maxPrice({ prompt: 5, completion: 20 }))
 *   .build();
 * // { model: "anthropic/claude-sonnet-4.5", models: ["anthropic/claude-sonnet-4.5", "openai/gpt-4.1", …], provider: {…} }
 * const result = await chat(createClient(), { ...routing, prompt: "Summarise the GPL in one line" });
 * console.log(result.model); // the model that served
 * ```
 */
export function route(model: string): RouteBuilder {
  parseModelId(model);
  return make(checkRoute({ model, fallbacks: [], provider: undefined, plugins: [], preset: undefined, auto: undefined }));
}

/** Options of the `auto-router` plugin that `openrouter/auto` reads, with their wire names. */
export type AutoRouteConfig = {
  /** Model patterns the router may pick from; `*` is a wildcard (`"anthropic/*"`). */
  allowed_models?: string[];
  /** Model patterns it must not pick; these win over `allowed_models`. */
  excluded_models?: string[];
  /** How much to spend for quality. */
  cost_tier?: "low" | "medium" | "high" | "xhigh" | "max";
  /** Keep the picked model for the rest of the conversation. */
  pin_model?: boolean;
};

function patterns(value: unknown, field: string): string[] {
  const ok = Array.isArray(value) && value.length > 0 && value.every((p) => typeof p === "string" && /^[^\s/]+\/[^\s/]+$/.test(p));
  if (!ok) invalid(field, `autoRoute(): model patterns look like "anthropic/*" or "openai/gpt-4.1" (a non-empty list); got ${show(value)}.`);
  return [...(value as string[])];
}

/**
 * A route through `openrouter/auto`, which picks a model for each prompt. With options, the `auto-router` plugin
 * limits the models it may pick (`allowed_models: ["anthropic/*"]`). The result is a {@link RouteBuilder}: add
 * fallbacks, provider preferences and other plugins as for any route (variants do not apply).
 *
 * @throws {@link ValidationError} for an unknown option, a malformed or empty pattern list, a pattern both allowed and
 * excluded, or an unknown `cost_tier`.
 * @example
 * ```ts
 * import { autoRoute, chat, createClient } from "openrouter-fetch";
 * const routing = autoRoute({ allowed_models: ["anthropic/*", "openai/gpt-4.1*"] }).build();
 * // { model: "openrouter/auto", plugins: [{ id: "auto-router", allowed_models: ["anthropic/*", "openai/gpt-4.1*"] }] }
 * const { model, text } = await chat(createClient(), { ...routing, prompt: "Explain TCP slow start briefly" });
 * ```
 */
export function autoRoute(config?: AutoRouteConfig): RouteBuilder {
  const checked = checkConfig("autoRoute()", "plugins.auto-router", config, {
    allowed_models: patterns,
    excluded_models: patterns,
    cost_tier: ["low", "medium", "high", "xhigh", "max"],
    pin_model: "boolean",
  });
  const both = ((checked["allowed_models"] as string[] | undefined) ?? []).find((p) => (checked["excluded_models"] as string[] | undefined)?.includes(p));
  if (both) invalid("plugins.auto-router", `autoRoute(): "${both}" is both allowed and excluded; keep it in one list.`);
  const auto = Object.keys(checked).length > 0 ? { id: "auto-router", ...checked } : undefined;
  return make({ model: "openrouter/auto", fallbacks: [], provider: undefined, plugins: [], preset: undefined, auto });
}
