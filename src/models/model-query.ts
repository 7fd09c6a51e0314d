import { ValidationError } from "../errors/validation-error.js";
import { isNonEmptyString, isRecord, isWholeNumber } from "../util/checks.js";

type WireQuery = Record<string, string | number | boolean | undefined>;

/**
 * Turns catalog filters into query parameters: arrays become comma-separated lists, `undefined` is left out, and
 * values of the wrong kind are refused before anything is sent. Keys are sent as given (the wire's names).
 * @internal
 */
export function toModelQuery(query: object | undefined, fn: string): WireQuery | undefined {
  if (query === undefined) return undefined;
  if (!isRecord(query)) {
    throw new ValidationError(`${fn}() takes its filters as an object, e.g. { output_modalities: "image" }.`, { field: "query" });
  }
  const out: WireQuery = {};
  for (const [key, value] of Object.entries(query) as [string, unknown][]) {
    const field = `query.${key}`;
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      const bad = value.find((v) => !isNonEmptyString(v) || v.includes(","));
      if (bad !== undefined) {
        throw new ValidationError(`${field} takes a list of non-empty names without commas; got ${JSON.stringify(bad)}.`, { field });
      }
      if (value.length > 0) out[key] = value.join(",");
    } else if (typeof value === "number") {
      if (!Number.isFinite(value)) throw new ValidationError(`${field} must be a finite number, got ${String(value)}.`, { field });
      out[key] = value;
    } else if (typeof value === "string" || typeof value === "boolean") {
      out[key] = value;
    } else {
      throw new ValidationError(`${field} must be a string, a number, a boolean or a list of strings; got ${typeof value}.`, { field });
    }
  }
  checkWhole(out["offset"], "query.offset", 0, Infinity);
  checkWhole(out["limit"], "query.limit", 1, 1000);
  return out;
}

function checkWhole(value: unknown, field: string, min: number, max: number): void {
  if (value === undefined) return;
  if (!isWholeNumber(value, min, max)) {
    const range = max === Infinity ? `>= ${min}` : `from ${min} to ${max}`;
    throw new ValidationError(`${field} must be a whole number ${range}, got ${JSON.stringify(value)}.`, { field });
  }
}

/**
 * The path of a model-scoped endpoint: `author/slug` checked and each part URL-encoded (a variant's `:` kept).
 * @internal
 */
export function modelPath(id: unknown, fn: string): string {
  if (!isNonEmptyString(id)) {
    throw new ValidationError(`${fn}() needs a model id such as "openai/gpt-4.1-nano".`, { field: "id" });
  }
  const parts = id.split("/");
  if (parts.length !== 2 || parts.some((p) => p === "")) {
    throw new ValidationError(`Model ids look like "author/slug" (e.g. "openai/gpt-4.1-nano"); got ${JSON.stringify(id)}.`, { field: "id" });
  }
  return parts.map((p) => encodeURIComponent(p).replace(/%3A/gi, ":")).join("/");
}
