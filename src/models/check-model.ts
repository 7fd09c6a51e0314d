import { brokenField } from "../errors/response-validation-error.js";
import { isRecord } from "../util/checks.js";
import type { Model, ModelEndpoint, Pricing } from "./types.js";

// The hot-path checks of catalog responses. A full schema parse of 350 models costs several times the JSON.parse
// itself, so only the fields the SDK reads are checked here (ids, names, prices, modalities, parameters, context
// lengths); the rest of each object is passed through untouched. The full lenient schemas are in schemas.ts.

type Path = readonly (string | number)[];

const optionalPriceKeys = [
  "request",
  "image",
  "image_token",
  "image_output",
  "audio",
  "audio_output",
  "input_audio_cache",
  "web_search",
  "internal_reasoning",
  "input_cache_read",
  "input_cache_write",
  "input_cache_write_1h",
] as const;

/**
 * Throws the error every catalog check throws: which response, which field, what was wrong, with the offending
 * object as `text`.
 * @internal
 */
export function breaks(what: string, path: Path, problem: string, item: unknown): never {
  throw brokenField(what, path, problem, item);
}

function describe(value: unknown): string {
  if (value === undefined) return "is missing";
  if (value === null) return "is null";
  return `is ${Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)}`}`;
}

/** The `data` member of a `{ data }` body, checked to be an object (or an array when asked). @internal */
export function dataOf(body: unknown, what: string, shape: "object"): Record<string, unknown>;
export function dataOf(body: unknown, what: string, shape: "array"): unknown[];
export function dataOf(body: unknown, what: string, shape: "object" | "array"): unknown {
  const data = isRecord(body) ? body["data"] : undefined;
  const ok = shape === "array" ? Array.isArray(data) : isRecord(data);
  if (!ok) breaks(what, ["data"], `${describe(data)} (expected ${shape === "array" ? "an array" : "an object"})`, body);
  return data;
}

// Returns the price as a string (numbers are turned into strings), or fails. Paths are built only on failure:
// this runs for every price of every model.
function price(value: unknown, what: string, itemPath: Path, key: string, item: unknown): string {
  if (typeof value === "string") {
    if (isPriceText(value)) return value;
  } else if (typeof value === "number" && Number.isFinite(value)) {
    return String(value);
  }
  return breaks(what, [...itemPath, "pricing", key], `${describe(value)} (expected a price: a decimal string in USD per token)`, item);
}

/** Checks the `pricing` object of an item in place (numbers become strings); `path` is the item's. @internal */
export function checkPricing(value: unknown, what: string, itemPath: Path, item: unknown): Pricing {
  if (!isRecord(value)) return breaks(what, [...itemPath, "pricing"], `${describe(value)} (expected an object of prices)`, item);
  const prompt = value["prompt"];
  if (typeof prompt !== "string" || !isPriceText(prompt)) value["prompt"] = price(prompt, what, itemPath, "prompt", item);
  const completion = value["completion"];
  if (typeof completion !== "string" || !isPriceText(completion)) value["completion"] = price(completion, what, itemPath, "completion", item);
  for (const key of optionalPriceKeys) {
    const p = value[key];
    if (p === undefined || p === null || (typeof p === "string" && isPriceText(p))) continue;
    value[key] = price(p, what, itemPath, key, item);
  }
  const discount = value["discount"];
  if (discount !== undefined && discount !== null && typeof discount !== "number") {
    breaks(what, [...itemPath, "pricing", "discount"], `${describe(discount)} (expected a number)`, item);
  }
  return value as unknown as Pricing;
}

// A decimal as the wire writes prices ("0.0000001", "-1", "1e-7"): starts with a digit, '-' or '.', and parses.
function isPriceText(value: string): boolean {
  const c = value.charCodeAt(0);
  return ((c >= 48 && c <= 57) || c === 45 || c === 46) && Number.isFinite(+value);
}

function optional(value: unknown, type: "string" | "number" | "array" | "object", what: string, path: Path, key: string, item: unknown): void {
  if (value === undefined || value === null) return;
  const ok = type === "array" ? Array.isArray(value) : type === "object" ? isRecord(value) : typeof value === type;
  if (!ok) breaks(what, [...path, key], `${describe(value)} (expected ${type === "array" || type === "object" ? "an" : "a"} ${type})`, item);
}

function required(value: unknown, what: string, path: Path, key: string, item: unknown): void {
  if (typeof value !== "string") breaks(what, [...path, key], `${describe(value)} (expected a string)`, item);
}

/** Checks one model of a response in place, and returns it typed. @internal */
export function checkModel(value: unknown, what: string, path: Path): Model {
  if (!isRecord(value)) return breaks(what, path, `${describe(value)} (expected a model object)`, value);
  required(value["id"], what, path, "id", value);
  required(value["name"], what, path, "name", value);
  optional(value["canonical_slug"], "string", what, path, "canonical_slug", value);
  optional(value["context_length"], "number", what, path, "context_length", value);
  optional(value["supported_parameters"], "array", what, path, "supported_parameters", value);
  const architecture = value["architecture"];
  if (architecture !== undefined && architecture !== null) {
    if (!isRecord(architecture)) breaks(what, [...path, "architecture"], `${describe(architecture)} (expected an object)`, value);
    if (!Array.isArray(architecture["input_modalities"]) || !Array.isArray(architecture["output_modalities"])) {
      const key = Array.isArray(architecture["input_modalities"]) ? "output_modalities" : "input_modalities";
      breaks(what, [...path, "architecture", key], `${describe(architecture[key])} (expected an array)`, value);
    }
  }
  const top = value["top_provider"];
  if (top !== undefined && top !== null) {
    if (!isRecord(top)) breaks(what, [...path, "top_provider"], `${describe(top)} (expected an object)`, value);
    const context = top["context_length"];
    if (context !== undefined && context !== null && typeof context !== "number") {
      breaks(what, [...path, "top_provider", "context_length"], `${describe(context)} (expected a number)`, value);
    }
  }
  checkPricing(value["pricing"], what, path, value);
  return value as unknown as Model;
}

/** Checks one provider endpoint in place, and returns it typed. @internal */
export function checkEndpoint(value: unknown, what: string, path: Path): ModelEndpoint {
  if (!isRecord(value)) return breaks(what, path, `${describe(value)} (expected an endpoint object)`, value);
  required(value["provider_name"], what, path, "provider_name", value);
  optional(value["context_length"], "number", what, path, "context_length", value);
  optional(value["supported_parameters"], "array", what, path, "supported_parameters", value);
  checkPricing(value["pricing"], what, path, value);
  return value as unknown as ModelEndpoint;
}
