import { ValidationError } from "../errors/validation-error.js";
import { isNonEmptyString, isRecord } from "../util/checks.js";

// More checks of create/update bodies (beside check-fields.ts), each naming the wire field it refuses.

const shown = (value: unknown): string => JSON.stringify(value) ?? String(value);

/** A required, non-empty list of non-blank strings (user ids, metric names). @internal */
export function checkStrings(field: string, value: unknown): void {
  if (!Array.isArray(value) || value.length === 0) throw new ValidationError(`${field} must be a non-empty array of strings, got ${shown(value)}.`, { field });
  const bad = value.findIndex((item) => !isNonEmptyString(item));
  if (bad >= 0) throw new ValidationError(`${field}[${bad}] must be a non-empty string, got ${shown(value[bad])}.`, { field: `${field}[${bad}]` });
}

/** An optional fraction from 0 to 1 (a sampling rate). @internal */
export function checkRate(field: string, value: unknown): void {
  if (value === undefined) return;
  if (typeof value !== "number" || !(value >= 0 && value <= 1)) throw new ValidationError(`${field} must be a number from 0 to 1, got ${shown(value)}.`, { field });
}

/** An optional string that, when given, must not be blank (a rename). @internal */
export function checkOptionalName(field: string, value: unknown): void {
  if (value !== undefined && !isNonEmptyString(value)) throw new ValidationError(`${field} must be a non-empty string when given, got ${shown(value)}.`, { field });
}

/** A required `true` or `false` (no default on purpose: the wire refuses to guess a destructive choice). @internal */
export function checkBoolean(field: string, value: unknown): void {
  if (typeof value !== "boolean") throw new ValidationError(`${field} must be true or false, got ${shown(value)}.`, { field });
}

/** A required plain object (a destination's `config`). @internal */
export function checkObject(field: string, value: unknown): void {
  if (!isRecord(value)) throw new ValidationError(`${field} must be an object, got ${shown(value)}.`, { field });
}

/** The params object itself, before its fields are read. @internal */
export function checkParams(value: unknown): void {
  checkObject("params", value);
}
