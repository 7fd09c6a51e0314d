import type { PercentileThreshold, ProviderPreferences, Quantization } from "../types/chat-params.js";
import { ValidationError } from "../errors/validation-error.js";
import { show } from "./show.js";

// The checks behind provider()'s methods and providerFrom(): one per wire field, so that a method and the same
// field in a plain object are refused alike.

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

/** @internal */
export function checkOneOf<T>(field: string, value: unknown, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) refuse(field, value, `one of ${show(allowed)}`);
  return value as T;
}

/** @internal */
export function checkFlag(field: string, value: unknown): boolean {
  return checkOneOf(field, value, [true, false]);
}

/** @internal */
export function checkNames(field: string, names: readonly unknown[]): string[] {
  const named = names.length > 0 && names.every((name) => typeof name === "string" && name.trim() !== "");
  if (!named) refuse(field, names, "a list of one or more names");
  return [...names] as string[];
}

/** @internal */
export function checkQuantizations(levels: readonly unknown[]): Quantization[] {
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

/** @internal */
export function checkSort(value: unknown): NonNullable<ProviderPreferences["sort"]> {
  const sort = checkEntries("sort", value, ["by", "partition"], (at, entry, key) => {
    if (entry != null) checkOneOf(at, entry, key === "by" ? SORTS : PARTITIONS);
  });
  return (sort ?? checkOneOf("sort", value, SORTS)) as NonNullable<ProviderPreferences["sort"]>;
}

// The wire takes numeric strings in max_price too ("0.5", as OpenRouter's own examples write prices): check them as
// numbers, and send them as written.
/** @internal */
export function checkMaxPrice(value: unknown): NonNullable<ProviderPreferences["max_price"]> {
  const asNumbers =
    typeof value === "object" && value !== null
      ? Object.fromEntries(Object.entries(value).map(([key, price]) => [key, typeof price === "string" && price.trim() !== "" && Number.isFinite(Number(price)) ? Number(price) : price]))
      : value;
  const prices = checkEntries("max_price", asNumbers, PRICE_KEYS, checkAmount);
  return prices ? { ...(value as object) } : refuse("max_price", value, `one of ${show(PRICE_KEYS)}`);
}

/** @internal */
export function checkThreshold(field: string, value: unknown): PercentileThreshold {
  const percentiles = checkEntries(field, value, PERCENTILES, (at, entry) => {
    if (entry !== null) checkAmount(at, entry);
  });
  return percentiles ?? checkAmount(field, value);
}

// Names are compared without letter case: OpenRouter matches provider slugs that way.
/** @internal */
export function checkOnlyIgnore(state: ProviderPreferences): void {
  const ignored = (state.ignore ?? []).map((name) => name.toLowerCase());
  for (const name of state.only ?? []) {
    if (ignored.includes(name.toLowerCase())) refuse("only", name, "only or ignore, not both");
  }
}

function checkList(field: string, value: unknown): unknown[] {
  return Array.isArray(value) ? value : refuse(field, value, "an array");
}

// One wire field for providerFrom(), checked as its builder method checks it. Keys this SDK does not know pass.
/** @internal */
export function checkWireField(key: string, value: unknown): unknown {
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
      return checkMaxPrice(value);
    case "preferred_min_throughput":
    case "preferred_max_latency":
      return checkThreshold(key, value);
    default:
      return value;
  }
}
