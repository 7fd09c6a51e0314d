import { ValidationError } from "../errors/validation-error.js";
import { isNonEmptyString } from "../util/checks.js";

// Checks of create/update bodies, before anything is sent: each names the wire field it refuses.

/** A required, non-blank string (a name, an id). @internal */
export function checkName(field: string, value: unknown): void {
  if (!isNonEmptyString(value)) throw new ValidationError(`${field} must be a non-empty string, got ${JSON.stringify(value) ?? String(value)}.`, { field });
}

/** An optional number of at least `min` (a credit limit, a budget); `null` clears it where the wire allows. @internal */
export function checkAmount(field: string, value: unknown, min = 0): void {
  if (value === undefined || value === null) return;
  if (typeof value !== "number" || !Number.isFinite(value) || value < min) {
    throw new ValidationError(`${field} must be a number >= ${min}, got ${JSON.stringify(value) ?? String(value)}.`, { field });
  }
}

/** An optional value from a closed list (a reset interval, a role). @internal */
export function checkOneOf(field: string, value: unknown, allowed: readonly string[]): void {
  if (value === undefined || value === null) return;
  if (typeof value !== "string" || !allowed.includes(value)) {
    throw new ValidationError(`${field} must be one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}, got ${JSON.stringify(value) ?? String(value)}.`, { field });
  }
}

/** A path segment (an id, a hash, a slug) that must not be empty and is sent URL-encoded. @internal */
export function pathSegment(field: string, value: unknown): string {
  checkName(field, value);
  return encodeURIComponent(value as string);
}
