import { breaks } from "../models/check-model.js";
import { isRecord } from "../util/checks.js";

// Hand checks of the native image catalog: only what a caller reads to pick a model and its parameters (ids,
// modalities, capability descriptors, prices). Unknown fields pass through; absent optional ones are left absent.

type Path = (string | number)[];

/** @internal */
export function requireString(value: unknown, what: string, path: Path, item: unknown): void {
  if (typeof value !== "string") breaks(what, path, value === undefined ? "is missing (expected a string)" : "is not a string", item);
}

/** `architecture`, when present, holds two lists of modalities. @internal */
export function checkModalities(value: unknown, what: string, path: Path, item: unknown): void {
  if (value === undefined || value === null) return;
  if (!isRecord(value)) return breaks(what, path, "is not an object", item);
  for (const key of ["input_modalities", "output_modalities"]) {
    if (!Array.isArray(value[key])) breaks(what, [...path, key], "is not an array", item);
  }
}

/** `supported_parameters`: by name, `{ type: "enum", values }`, `{ type: "range", min, max }` or `{ type: "boolean" }`. @internal */
export function checkCapabilities(value: unknown, what: string, path: Path, item: unknown, required = false): void {
  if (value === undefined && !required) return;
  if (!isRecord(value)) return breaks(what, path, "is not an object of parameter descriptors", item);
  for (const [name, descriptor] of Object.entries(value)) {
    const at = [...path, name];
    if (!isRecord(descriptor) || typeof descriptor["type"] !== "string") breaks(what, at, "is not a descriptor with a type", item);
    const d = descriptor as Record<string, unknown>;
    if (d["type"] === "enum" && !Array.isArray(d["values"])) breaks(what, [...at, "values"], "is not an array", item);
    if (d["type"] === "range" && (typeof d["min"] !== "number" || typeof d["max"] !== "number")) {
      breaks(what, at, "is a range without numeric min and max", item);
    }
  }
}

/** `pricing`: a list of `{ billable, unit, cost_usd }` lines. @internal */
export function checkImagePricing(value: unknown, what: string, path: Path, item: unknown): void {
  if (!Array.isArray(value)) return breaks(what, path, "is not an array of pricing lines", item);
  value.forEach((line: unknown, i) => {
    if (!isRecord(line) || typeof line["cost_usd"] !== "number") breaks(what, [...path, i, "cost_usd"], "is not a number", item);
  });
}
