import { ValidationError } from "../errors/validation-error.js";
import { isWholeNumber } from "../util/checks.js";

/**
 * A count option (retries, a delay in whole milliseconds) checked to be a whole number >= 0, or `fallback` when
 * it is not given. Client options and per-call options of the features share it, so they word the error alike.
 *
 * @throws {@link ValidationError} naming `field`, for a negative number, a fraction, `NaN` or a non-number.
 * @internal
 */
export function checkCount(value: number | undefined, fallback: number, field: string): number {
  if (value === undefined) return fallback;
  if (!isWholeNumber(value, 0)) {
    throw new ValidationError(`${field} must be a whole number >= 0, got ${String(value)}.`, { field });
  }
  return value;
}
