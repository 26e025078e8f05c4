import type { Decimal } from "./decimal.js";
import { KDecimal } from "./decimal.js";

/**
 * Why a value does not exist mathematically.
 *
 * - `zero_denominator`: a ratio over zero (0 leads, 0 closed deals, 0 customers at start).
 * - `non_positive_base`: growth from a zero or negative base, or a CAGR that needs positive ends.
 * - `no_responses`: a survey metric with no responses.
 * - `zero_churn`: a lifetime value with zero churn (the customer never leaves).
 * - `no_data`: nothing was observed (an empty period).
 * @category Numbers and errors
 */
export type UndefinedReason =
  | "zero_denominator"
  | "non_positive_base"
  | "no_responses"
  | "zero_churn"
  | "no_data";

/**
 * A value together with the reason it is missing: `{ value, reason: null }` or `{ value: null, reason }`.
 *
 * @category Numbers and errors
 */
export type KpiResult =
  | { readonly value: Decimal; readonly reason: null }
  | { readonly value: null; readonly reason: UndefinedReason };

/** A defined result. @internal */
export function defined(value: Decimal): KpiResult {
  return { value, reason: null };
}

/** An undefined result, with its reason. @internal */
export function undefinedBecause(reason: UndefinedReason): KpiResult {
  return { value: null, reason };
}

/**
 * Exact division that never yields NaN, Infinity or a silent 0: a zero denominator gives
 * `{ value: null, reason: "zero_denominator" }`.
 *
 * @param numerator - The dividend.
 * @param denominator - The divisor.
 * @returns The quotient to 34 significant digits, or `null` with the reason.
 * @internal
 */
export function divide(numerator: Decimal, denominator: Decimal): KpiResult {
  if (denominator.isZero()) return undefinedBecause("zero_denominator");
  return defined(new KDecimal(numerator).div(denominator));
}

/** Applies a function to a defined result, keeping an undefined one. @internal */
export function mapResult(result: KpiResult, map: (value: Decimal) => Decimal): KpiResult {
  return result.value === null ? result : defined(map(result.value));
}
