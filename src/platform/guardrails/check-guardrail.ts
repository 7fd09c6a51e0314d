import { ValidationError } from "../../errors/validation-error.js";
import { isNonEmptyString, isRecord } from "../../util/checks.js";
import { checkAmount, checkName, checkOneOf } from "../check-fields.js";
import { checkOptionalName, checkParams, checkStrings } from "../check-values.js";
import type { CreateGuardrailParams, UpdateGuardrailParams } from "./types.js";

/** The reset intervals the wire accepts (`null`: never resets). @internal */
export const GUARDRAIL_INTERVALS: readonly string[] = ["daily", "weekly", "monthly"];

// The wire refuses an empty list (minItems 1) where `null` means "no restriction": an empty list is a mistake
// the caller should hear about before a 400, and it would not mean "allow nothing".
const LISTS = ["allowed_models", "allowed_providers", "ignored_models", "ignored_providers"] as const;

const shown = (value: unknown): string => JSON.stringify(value) ?? String(value);

function checkFilters(field: string, value: unknown, key: "slug" | "pattern"): void {
  if (value === undefined || value === null) return;
  if (!Array.isArray(value)) throw new ValidationError(`${field} must be an array or null, got ${shown(value)}.`, { field });
  value.forEach((entry: unknown, i) => {
    const at = `${field}[${i}]`;
    if (!isRecord(entry)) throw new ValidationError(`${at} must be an object, got ${shown(entry)}.`, { field: at });
    if (!isNonEmptyString(entry[key])) throw new ValidationError(`${at}.${key} must be a non-empty string, got ${shown(entry[key])}.`, { field: `${at}.${key}` });
    if (!isNonEmptyString(entry["action"])) throw new ValidationError(`${at}.action must be a non-empty string (redact, block or flag), got ${shown(entry["action"])}.`, { field: `${at}.action` });
  });
}

/**
 * Checks a create (`creating`: `name` required) or update body before sending, naming the field it refuses.
 * Values the wire may grow (filter actions and slugs) are not checked against today's lists.
 * @internal
 */
export function checkGuardrailBody(params: CreateGuardrailParams | UpdateGuardrailParams, creating: boolean): void {
  checkParams(params);
  if (creating) checkName("name", params.name);
  else checkOptionalName("name", params.name);
  checkAmount("limit_usd", params.limit_usd);
  checkOneOf("reset_interval", params.reset_interval, GUARDRAIL_INTERVALS);
  for (const field of LISTS) {
    const value = params[field];
    if (value !== undefined && value !== null) checkStrings(field, value);
  }
  checkFilters("content_filter_builtins", params.content_filter_builtins, "slug");
  checkFilters("content_filters", params.content_filters, "pattern");
}
