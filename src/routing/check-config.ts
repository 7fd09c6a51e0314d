import { ValidationError } from "../errors/validation-error.js";
import { isNonEmptyString, isRecord, isWholeNumber } from "../util/checks.js";
import { show } from "./show.js";

/**
 * How one option is checked: `"boolean"`, `"string"` (non-empty), `"count"` (a positive integer), `"names"` (a
 * non-empty array of non-empty strings without spaces), a list of allowed values, or a function that returns the
 * value to keep (or throws).
 * @internal
 */
export type Rule = "boolean" | "string" | "count" | "names" | readonly string[] | ((value: unknown, field: string) => unknown);

/** Throws a ValidationError for `field`. @internal */
export function invalid(field: string, message: string): never {
  throw new ValidationError(message, { field });
}

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * Checks an options object against `rules` and returns a copy without `undefined` values. Unknown keys throw,
 * with the snake_case spelling suggested when that is the known one (`maxResults` → `max_results`), because these
 * objects go to the wire unchanged.
 * @internal
 */
export function checkConfig(what: string, field: string, config: unknown, rules: Record<string, Rule>): Record<string, unknown> {
  if (config === undefined) return {};
  if (!isRecord(config)) {
    invalid(field, `${what} takes an options object, not ${show(config)}.`);
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config)) {
    const rule = Object.hasOwn(rules, key) ? rules[key] : undefined;
    const at = `${field}.${key}`;
    if (rule === undefined) {
      const hint = Object.hasOwn(rules, snake(key)) ? `; the wire name is "${snake(key)}"` : `; known options: ${Object.keys(rules).join(", ")}`;
      invalid(at, `${what} has no option "${key}"${hint}.`);
    }
    if (value === undefined) continue;
    out[key] = checkValue(what, at, key, value, rule);
  }
  return out;
}

function checkValue(what: string, at: string, key: string, value: unknown, rule: Rule): unknown {
  if (typeof rule === "function") return rule(value, at);
  const got = typeof value === "number" ? String(value) : show(value);
  if (rule === "boolean") {
    return typeof value === "boolean" ? value : invalid(at, `${what}: ${key} must be true or false, not ${got}.`);
  }
  if (rule === "string") {
    return isNonEmptyString(value) ? value : invalid(at, `${what}: ${key} must be a non-empty string, not ${got}.`);
  }
  if (rule === "count") {
    return isWholeNumber(value, 1) ? value : invalid(at, `${what}: ${key} must be a whole number >= 1, not ${got}.`);
  }
  if (rule === "names") {
    const ok = Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "string" && /^\S+$/.test(v));
    return ok ? [...(value as string[])] : invalid(at, `${what}: ${key} must be a non-empty array of names without spaces, not ${got}.`);
  }
  return rule.includes(value as string) ? value : invalid(at, `${what}: unknown ${key} ${got}; use one of ${rule.map((v) => `"${v}"`).join(", ")}.`);
}

/** A rule for a finite number from `min` to `max` (a price, a score, a temperature). @internal */
export function numberIn(what: string, min: number, max: number): (value: unknown, field: string) => unknown {
  return (value, at) =>
    typeof value === "number" && Number.isFinite(value) && value >= min && value <= max
      ? value
      : invalid(at, `${what}: ${at.split(".").pop()} must be a number from ${min} to ${max === Infinity ? "up" : max}, not ${show(value)}.`);
}

/** A rule for an object sent as given (a nested config this SDK does not model field by field). @internal */
export function anObject(what: string): (value: unknown, field: string) => unknown {
  return (value, at) => (isRecord(value) ? { ...value } : invalid(at, `${what}: ${at.split(".").pop()} must be an object, not ${show(value)}.`));
}

/** A rule for an object, or a list of them, sent as given (nested tool lists). @internal */
export function objectList(what: string): (value: unknown, field: string) => unknown {
  const one = anObject(what);
  return (value, at) => (Array.isArray(value) ? value.map((entry, i) => one(entry, `${at}.${i}`)) : one(value, at));
}
