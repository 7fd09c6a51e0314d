import type { PercentileThreshold, ProviderPreferences, ProviderSort, Quantization } from "../types/chat-params.js";
import { ValidationError } from "../errors/validation-error.js";
import {
  checkFlag,
  checkMaxPrice,
  checkNames,
  checkOneOf,
  checkOnlyIgnore,
  checkQuantizations,
  checkSort,
  checkThreshold,
  checkWireField,
} from "./check-provider.js";
import { show } from "./show.js";

/**
 * A provider slug (`"anthropic"`, `"deepinfra/turbo"`, `"google-vertex/us-east5"`) or display name. A base slug
 * matches every region and variant of that provider, but not its service-tier endpoints (`"openai/priority"`).
 *
 * @example
 * ```ts
 * import { type ProviderName, provider } from "openrouter-fetch/routing";
 * const trusted: ProviderName[] = ["anthropic", "google-vertex/us-east5"];
 * const preferences = provider().only(...trusted).build();
 * ```
 */
export type ProviderName =
  | "anthropic"
  | "openai"
  | "azure"
  | "google-vertex"
  | "google-ai-studio"
  | "amazon-bedrock"
  | "deepinfra"
  | "together"
  | "fireworks"
  | "groq"
  | "cerebras"
  | "mistral"
  | "deepseek"
  | "novita"
  | "parasail"
  | "baseten"
  | "sambanova"
  | "nebius"
  | "chutes"
  | (string & {});

/**
 * `sort` as a key, or the object form that also sets how fallback models are partitioned.
 *
 * @example
 * ```ts
 * import { type ProviderSortOption, provider } from "openrouter-fetch/routing";
 * const cheapestPerModel: ProviderSortOption = { by: "price", partition: "model" };
 * const preferences = provider().sort(cheapestPerModel).build();
 * ```
 */
export type ProviderSortOption = ProviderSort | { by?: ProviderSort | null; partition?: "model" | "none" | null };

/**
 * Price caps in USD: `prompt` and `completion` per **million** tokens (catalog prices are per token: multiply by
 * 1,000,000), `image` per image, `audio` per audio unit, `request` per request. There is no `input`/`output`. A
 * price may be a number or a numeric string (`"0.5"`, as the wire allows); a string is checked as a number and
 * sent as written.
 *
 * @example
 * ```ts
 * import { type MaxPrice, provider } from "openrouter-fetch/routing";
 * const caps: MaxPrice = { prompt: 1, completion: 4 }; // $1 and $4 per million tokens
 * const preferences = provider().maxPrice(caps).build();
 * ```
 */
export interface MaxPrice {
  prompt?: number | string;
  completion?: number | string;
  image?: number | string;
  audio?: number | string;
  request?: number | string;
}

/**
 * An immutable chain that builds `provider` preferences
 * (https://openrouter.ai/docs/guides/routing/provider-selection). Every method checks its input, returns a new
 * builder and leaves this one unchanged; calling a method again replaces that field. `build()` returns a plain object
 * you could have written by hand.
 *
 * @throws {@link ValidationError} from a method given bad input, with `field` set to the wire field.
 * @example
 * ```ts
 * import { type ProviderBuilder, provider } from "openrouter-fetch/routing";
 * const privateOnly = (builder: ProviderBuilder) => builder.dataCollection("deny").zdr();
 * const preferences = privateOnly(provider().sort("throughput")).build();
 * ```
 */
export interface ProviderBuilder {
  /** `sort`: `"price"`, `"throughput"`, `"latency"`, `"exacto"`, or `{ by, partition }`. Disables load balancing. */
  sort(by: ProviderSortOption): ProviderBuilder;
  /** `order`: providers to try first, in this order. Disables load balancing. */
  order(...names: ProviderName[]): ProviderBuilder;
  /** `only`: the only providers allowed (a base slug allows all its regions). */
  only(...names: ProviderName[]): ProviderBuilder;
  /** `ignore`: providers never used. */
  ignore(...names: ProviderName[]): ProviderBuilder;
  /** `allow_fallbacks`: whether other providers may serve when the preferred ones fail. @default true */
  allowFallbacks(allow?: boolean): ProviderBuilder;
  /** `require_parameters`: only providers that support every parameter of the request. @default true */
  requireParameters(require?: boolean): ProviderBuilder;
  /** `data_collection`: `"deny"` keeps the request off providers that may store or train on it. */
  dataCollection(policy: "allow" | "deny"): ProviderBuilder;
  /** `zdr`: only Zero-Data-Retention endpoints. @default true */
  zdr(enabled?: boolean): ProviderBuilder;
  /** `enforce_distillable_text`: only models whose output may be used for distillation. @default true */
  enforceDistillableText(enabled?: boolean): ProviderBuilder;
  /** `quantizations`: only endpoints serving these precisions (`"fp8"`, `"bf16"`, …). */
  quantizations(...levels: Quantization[]): ProviderBuilder;
  /** `max_price`: hard price caps (see {@link MaxPrice}); endpoints above them are filtered out. */
  maxPrice(prices: MaxPrice): ProviderBuilder;
  /** `preferred_min_throughput`: tokens per second; a number means p50. Only de-prioritises slower endpoints. */
  preferredMinThroughput(tokensPerSecond: PercentileThreshold): ProviderBuilder;
  /** `preferred_max_latency`: **seconds** (not ms); a number means p50. Only de-prioritises slower endpoints. */
  preferredMaxLatency(seconds: PercentileThreshold): ProviderBuilder;
  /** The preferences as a plain object, a fresh copy each time. */
  build(): ProviderPreferences;
}

function make(state: ProviderPreferences): ProviderBuilder {
  checkOnlyIgnore(state);
  const next = (patch: ProviderPreferences) => make({ ...state, ...patch });
  const builder: ProviderBuilder = {
    sort: (by) => next({ sort: checkSort(by) }),
    order: (...names) => next({ order: checkNames("order", names) }),
    only: (...names) => next({ only: checkNames("only", names) }),
    ignore: (...names) => next({ ignore: checkNames("ignore", names) }),
    allowFallbacks: (allow = true) => next({ allow_fallbacks: checkFlag("allow_fallbacks", allow) }),
    requireParameters: (require = true) => next({ require_parameters: checkFlag("require_parameters", require) }),
    dataCollection: (policy) => next({ data_collection: checkOneOf("data_collection", policy, ["allow", "deny"] as const) }),
    zdr: (enabled = true) => next({ zdr: checkFlag("zdr", enabled) }),
    enforceDistillableText: (enabled = true) => next({ enforce_distillable_text: checkFlag("enforce_distillable_text", enabled) }),
    quantizations: (...levels) => next({ quantizations: checkQuantizations(levels) }),
    maxPrice: (prices) => next({ max_price: checkMaxPrice(prices) }),
    preferredMinThroughput: (tokensPerSecond) => next({ preferred_min_throughput: checkThreshold("preferred_min_throughput", tokensPerSecond) }),
    preferredMaxLatency: (seconds) => next({ preferred_max_latency: checkThreshold("preferred_max_latency", seconds) }),
    build: () => structuredClone(state),
  };
  return Object.freeze(builder);
}

/**
 * Starts an empty provider-preferences chain (https://openrouter.ai/docs/guides/routing/provider-selection). Bad
 * input throws at once, naming the field and what to use instead: a provider both in `only` and `ignore`, a negative,
 * NaN or infinite price or threshold, an unknown sort, quantization or `max_price` key (`input`/`output` are
 * `prompt`/`completion`), an empty list, a name that is not a string. To start from an object written by hand, use
 * {@link providerFrom}.
 *
 * @throws {@link ValidationError} with `field` set to the wire field (`provider.max_price.prompt`).
 * @example
 * ```ts
 * import { chat, createClient, provider } from "openrouter-fetch";
 * const preferences = provider()
 *   .sort("price")
 *   .ignore("deepinfra")
 *   .maxPrice({ prompt: 1, completion: 4 })
 *   .dataCollection("deny")
 *   .build();
 * // { sort: "price", ignore: ["deepinfra"], max_price: { prompt: 1, completion: 4 }, data_collection: "deny" }
 * await chat(createClient(), { model: "meta-llama/llama-3.1-8b-instruct", prompt: "Hi", provider: preferences });
 * ```
 */
export function provider(): ProviderBuilder {
  return make({});
}

/**
 * Starts a provider-preferences chain from a plain object, checking each field exactly as the builder methods
 * check theirs (`max_price` values may also be numeric strings, as the wire allows). `null` fields and keys this
 * SDK does not know (such as `options`) are kept as they are.
 *
 * @throws {@link ValidationError} for any field {@link provider}'s methods would refuse.
 * @example
 * ```ts
 * import { providerFrom } from "openrouter-fetch/routing";
 * const saved = { sort: "price", only: ["anthropic", "amazon-bedrock"], max_price: { prompt: "3" } } as const;
 * const preferences = providerFrom({ ...saved, only: [...saved.only] }).dataCollection("deny").build();
 * ```
 */
export function providerFrom(preferences: ProviderPreferences): ProviderBuilder {
  if (typeof preferences !== "object" || preferences === null || Array.isArray(preferences)) {
    throw new ValidationError(`providerFrom() takes a preferences object such as { sort: "price" }, not ${show(preferences)}.`, { field: "provider" });
  }
  // Keys the type does not list (a JavaScript caller's, a newer wire field's) are kept as they are.
  const state: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(preferences)) {
    // JSON.parse makes "__proto__" an own key; assigning it would set the prototype of `state`, not add a field.
    if (key === "__proto__") continue;
    state[key] = value == null ? value : checkWireField(key, value);
  }
  // Unknown keys can hold nested objects; copy so that later edits to the caller's object do not leak in.
  return make(structuredClone(state) as ProviderPreferences);
}
