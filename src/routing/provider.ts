import { ValidationError } from "../errors/validation-error.js";
import type { PercentileThreshold, ProviderPreferences, ProviderSort, Quantization } from "../types/chat-params.js";
import { show } from "./show.js";

/**
 * A provider slug (`"anthropic"`, `"deepinfra/turbo"`, `"google-vertex/us-east5"`) or display name. A base slug
 * matches every region and variant of that provider, but not its service-tier endpoints (`"openai/priority"`).
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

/** `sort` as a key, or the object form that also sets how fallback models are partitioned. */
export type ProviderSortOption = ProviderSort | { by?: ProviderSort | null; partition?: "model" | "none" | null };

/**
 * Price caps in USD: `prompt` and `completion` per **million** tokens (catalog prices are per token: multiply by
 * 1,000,000), `image` per image, `audio` per audio unit, `request` per request. There is no `input`/`output`.
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

// This file is written for size: a bundle that imports only `provider` must stay under 1 kB gzip, error classes
// included. Hence one message shape, one table of checks and generic helpers instead of one function per field.

type Keyed = Record<string, any>;
type Check = (field: string, args: any[]) => unknown;

const fail = (field: string, got: unknown, want: string): never => {
  field = "provider." + field;
  throw new ValidationError(`Bad ${field}: ${typeof got == "number" ? got : show(got)}; use ${want}.`, { field });
};

const oneOf = (field: string, value: unknown, allowed: unknown[]): any =>
  allowed.includes(value) ? value : fail(field, value, "one of " + show(allowed));

const flag: Check = (field, [value = true]) => oneOf(field, value, [true, false]);

// A non-empty list of provider names, or of `allowed` values.
const list =
  (allowed?: string[]): Check =>
  (field, values) =>
    values.length && values.every((v) => (allowed ? oneOf(field, v, allowed) : v?.trim?.()))
      ? values
      : fail(field, values, "a list of one or more names");

// `+ 0` turns -0 into 0, so a builder and providerFrom() agree on what they hand back.
const amount = (field: string, value: unknown): any => (Number.isFinite(value) && (value as number) >= 0 ? value : fail(field, value, "a number >= 0"));

// An object with at least one of `keys`, each value passed to `check`; anything else (`{}` too) goes to `bare`.
const fields =
  (keys: string[], check: (at: string, value: any, key: string) => unknown, bare = (field: string, value: unknown) => oneOf(field, value, keys)): Check =>
  (field, [value]) =>
    value && typeof value == "object" && Object.keys(value).map((key) => check(field + "." + oneOf(field, key, keys), value[key], key)).length
      ? { ...value }
      : bare(field, value);

const sorts = ["price", "throughput", "latency", "exacto"];

// One table drives the methods and providerFrom(), so both check alike. Keys are method names; the wire key is
// the same name in snake_case. A function, so that nothing is built at import time.
const checks = (
  names = list(),
  threshold = fields(["p50", "p75", "p90", "p99"], (at, value) => value === null || amount(at, value), amount),
): Record<string, Check> => ({
  // `key < "c"` tells "by" from "partition" in fewer bytes than a comparison.
  sort: fields(["by", "partition"], (at, value, key) => value == null || oneOf(at, value, key < "c" ? sorts : ["model", "none"]), (field, value) => oneOf(field, value, sorts)),
  order: names,
  only: names,
  ignore: names,
  allowFallbacks: flag,
  requireParameters: flag,
  dataCollection: (field, [value]) => oneOf(field, value, ["allow", "deny"]),
  zdr: flag,
  enforceDistillableText: flag,
  quantizations: list("int4 int8 fp4 mxfp4 nvfp4 fp6 fp8 mxfp8 fp16 bf16 fp32 unknown".split(" ")),
  maxPrice: fields("prompt completion image audio request".split(" "), amount),
  preferredMinThroughput: threshold,
  preferredMaxLatency: threshold,
});

const wire = (method: string) => method.replace(/[A-Z]/g, (c) => "_" + c.toLowerCase());

function make(state: Keyed): ProviderBuilder {
  for (const name of state["only"] ?? []) {
    if (state["ignore"]?.some((ignored: string) => name.toLowerCase() == ignored.toLowerCase())) fail("only", name, "only or ignore, not both");
  }
  const builder: Keyed = { build: () => structuredClone(state) };
  for (const [method, check] of Object.entries(checks())) builder[method] = (...args: unknown[]) => make({ ...state, [wire(method)]: check(wire(method), args) });
  return Object.freeze(builder) as ProviderBuilder;
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
  if (typeof preferences !== "object" || !preferences || Array.isArray(preferences)) {
    throw new ValidationError(`providerFrom() takes a preferences object such as { sort: "price" }, not ${show(preferences)}.`, { field: "provider" });
  }
  const table = checks();
  const state: Keyed = {};
  for (const [key, value] of Object.entries(preferences)) {
    const method = key.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
    const check = wire(method) === key && Object.hasOwn(table, method) ? table[method] : undefined;
    const isList = /^(order|only|ignore|quantizations)$/.test(key);
    if (value == null || !check) {
      state[key] = value;
    } else if (isList) {
      state[key] = Array.isArray(value) ? check(key, [...value]) : fail(key, value, "an array");
    } else if (key === "max_price" && typeof value === "object") {
      // The wire takes numeric strings too; check them as numbers and send them as written.
      check(key, [Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === "string" && v.trim() ? +v : v]))]);
      state[key] = { ...value };
    } else {
      state[key] = check(key, [value]);
    }
  }
  // Unknown keys can hold nested objects; copy so that later edits to the caller's object do not leak in.
  return make(structuredClone(state));
}
