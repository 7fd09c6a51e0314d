// Pure predicates for input and wire checks. This module imports nothing of the SDK, so every layer (errors/
// included) can use it; each caller builds its own error, with a message that names its own field.

/**
 * Whether a value is a plain object: not `null`, not an array. Wire bodies and options are checked with it before
 * their members are read.
 * @internal
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Whether a value is a whole number from `min` to `max`, both included (by default any whole number). `NaN`,
 * `Infinity`, fractions and numeric strings are not.
 * @internal
 */
export function isWholeNumber(value: unknown, min = -Infinity, max = Infinity): value is number {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
}

/** Whether a value is a string with something other than whitespace in it: a model id, a prompt, a name. @internal */
export function isNonEmptyString(value: unknown): value is string {
  return typeof value === "string" && value.trim() !== "";
}
