/**
 * Converts a wire price (a decimal string in USD per token) to USD per million tokens, the unit the OpenRouter
 * site shows. `undefined` for a missing price and for `"-1"`, which means "variable" (routers such as
 * `openrouter/auto` price by the model they pick). Rounded to 12 significant digits, so `"0.0000001"` gives
 * `0.1`, not `0.09999999999999999`.
 *
 * @example
 * ```ts
 * import { pricePerMillion } from "openrouter-fetch/models";
 * pricePerMillion("0.0000004"); // 0.4
 * pricePerMillion("-1"); // undefined
 * ```
 */
export function pricePerMillion(price: string | number | null | undefined): number | undefined {
  const perToken = toPrice(price);
  return perToken === undefined ? undefined : round(perToken * 1_000_000);
}

/** A wire price as a number in USD per unit; `undefined` when missing, unparseable or variable. @internal */
export function toPrice(price: string | number | null | undefined): number | undefined {
  if (typeof price !== "string" && typeof price !== "number") return undefined;
  const value = typeof price === "number" ? price : price === "" ? Number.NaN : Number(price);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** Rounds away binary floating-point noise (`1000 × 1e-7`). @internal */
export function round(value: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(12));
}
