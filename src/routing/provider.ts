import type { PercentileThreshold, ProviderPreferences, ProviderSort, Quantization } from "../chat/request-types.js";
import { ValidationError } from "../errors/validation-error.js";
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
 * 1,000,000), `image` per image, `audio` per audio unit, `request` per request. There is no `input`/`output`.
 *
 * @example
 * ```ts
 * import { type MaxPrice, provider } from "openrouter-fetch/routing";
 * const caps: MaxPrice = { prompt: 1, completion: 4 }; // $1 and $4 per million tokens
 * const preferences = provider().maxPrice(caps).build();
 * ```
 */
export interface MaxPrice {
  prompt?: number;
  completion?: number;
  image?: number;
  audio?: number;
  request?: number;
}

/**
 * An immutable chain that builds `provider` preferences (api.md §2.6). Every method checks its input, returns a new
 * builder and leaves this one unchanged; calling a method again replaces that field. `build()` returns a plain
 * object you could have written by hand.
 *
 * @throws {ValidationError} from a method given bad input, with `field` set to the wire field.
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

const SORTS = ["price", "throughput", "latency", "exacto"];
const PARTITIONS = ["model", "none"];
const QUANTIZATIONS = ["int4", "int8", "fp4", "mxfp4", "nvfp4", "fp6", "fp8", "mxfp8", "fp16", "bf16", "fp32", "unknown"];
const PRICE_KEYS = ["prompt", "completion", "image", "audio", "request"];
const PERCENTILES = ["p50", "p75", "p90", "p99"];

// Every refusal in this file has one shape, so a message always names the wire field and what to use instead.
function refuse(field: string, got: unknown, use: string): never {
  const at = `provider.${field}`;
  // A number prints as itself: JSON would turn NaN and Infinity into null, hiding what was wrong.
  const shown = typeof got === "number" ? String(got) : show(got);
  throw new ValidationError(`Bad ${at}: ${shown}; use ${use}.`, { field: at });
}

function checkOneOf<T>(field: string, value: unknown, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) refuse(field, value, `one of ${show(allowed)}`);
  return value as T;
}

function checkFlag(field: string, value: unknown): boolean {
  return checkOneOf(field, value, [true, false]);
}

function checkNames(field: string, names: readonly unknown[]): string[] {
  const named = names.length > 0 && names.every((name) => typeof name === "string" && name.trim() !== "");
  if (!named) refuse(field, names, "a list of one or more names");
  return [...names] as string[];
}

function checkQuantizations(levels: readonly unknown[]): Quantization[] {
  if (levels.length === 0) refuse("quantizations", levels, "a list of one or more names");
  for (const level of levels) checkOneOf("quantizations", level, QUANTIZATIONS);
  return [...levels] as Quantization[];
}

function checkAmount(field: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) refuse(field, value, "a number >= 0");
  return value;
}

/**
 * Checks an object-valued field: each key must be one of `known`, and its value goes to `checkValue`. Returns a
 * shallow copy, or `undefined` when `value` is not an object with at least one key, which each caller answers
 * in its own way (a bare sort key, a bare threshold number, or a refusal).
 */
function checkEntries(
  field: string,
  value: unknown,
  known: readonly string[],
  checkValue: (at: string, entry: unknown, key: string) => void,
): Record<string, unknown> | undefined {
  if (typeof value !== "object" || value === null || Object.keys(value).length === 0) return undefined;
  for (const [key, entry] of Object.entries(value)) {
    checkOneOf(field, key, known);
    checkValue(`${field}.${key}`, entry, key);
  }
  return { ...value };
}

function checkSort(value: unknown): ProviderSortOption {
  const sort = checkEntries("sort", value, ["by", "partition"], (at, entry, key) => {
    if (entry != null) checkOneOf(at, entry, key === "by" ? SORTS : PARTITIONS);
  });
  return (sort ?? checkOneOf("sort", value, SORTS)) as ProviderSortOption;
}

function checkMaxPrice(value: unknown): MaxPrice {
  const prices = checkEntries("max_price", value, PRICE_KEYS, checkAmount);
  return prices ?? refuse("max_price", value, `one of ${show(PRICE_KEYS)}`);
}

function checkThreshold(field: string, value: unknown): PercentileThreshold {
  const percentiles = checkEntries(field, value, PERCENTILES, (at, entry) => {
    if (entry !== null) checkAmount(at, entry);
  });
  return percentiles ?? checkAmount(field, value);
}

// Names are compared without letter case: OpenRouter matches provider slugs that way.
function checkOnlyIgnore(state: ProviderPreferences): void {
  const ignored = (state.ignore ?? []).map((name) => name.toLowerCase());
  for (const name of state.only ?? []) {
    if (ignored.includes(name.toLowerCase())) refuse("only", name, "only or ignore, not both");
  }
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

function checkList(field: string, value: unknown): unknown[] {
  return Array.isArray(value) ? value : refuse(field, value, "an array");
}

// The wire takes numeric strings in max_price too: check them as numbers, and send them as written.
function checkWireMaxPrice(value: object): ProviderPreferences["max_price"] {
  const asNumbers = Object.entries(value).map(([key, price]) => [key, typeof price === "string" && price.trim() !== "" ? Number(price) : price]);
  checkMaxPrice(Object.fromEntries(asNumbers));
  return { ...value };
}

// One wire field for providerFrom(), checked as its builder method checks it. Keys this SDK does not know pass.
function checkWireField(key: string, value: unknown): unknown {
  switch (key) {
    case "sort":
      return checkSort(value);
    case "order":
    case "only":
    case "ignore":
      return checkNames(key, checkList(key, value));
    case "quantizations":
      return checkQuantizations(checkList(key, value));
    case "allow_fallbacks":
    case "require_parameters":
    case "zdr":
    case "enforce_distillable_text":
      return checkFlag(key, value);
    case "data_collection":
      return checkOneOf(key, value, ["allow", "deny"]);
    case "max_price":
      return typeof value === "object" && value !== null ? checkWireMaxPrice(value) : checkMaxPrice(value);
    case "preferred_min_throughput":
    case "preferred_max_latency":
      return checkThreshold(key, value);
    default:
      return value;
  }
}

/**
 * Starts an empty provider-preferences chain (api.md §2.6). Bad input throws at once, naming the field and what
 * to use instead: a provider both in `only` and `ignore`, a negative, NaN or infinite price or threshold, an
 * unknown sort, quantization or `max_price` key (`input`/`output` are `prompt`/`completion`), an empty list, a
 * name that is not a string. To start from an object written by hand, use {@link providerFrom}.
 *
 * @throws {ValidationError} with `field` set to the wire field (`provider.max_price.prompt`).
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
 * @throws {ValidationError} for any field {@link provider}'s methods would refuse.
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
  const state: ProviderPreferences = {};
  for (const [key, value] of Object.entries(preferences)) {
    // JSON.parse makes "__proto__" an own key; assigning it would set the prototype of `state`, not add a field.
    if (key === "__proto__") continue;
    state[key] = value == null ? value : checkWireField(key, value);
  }
  // Unknown keys can hold nested objects; copy so that later edits to the caller's object do not leak in.
  return make(structuredClone(state));
}
