import { type Numeric, readDecimal } from "./numeric.js";
import { divide, type KpiResult } from "./result.js";

/**
 * Exact division that never returns NaN, Infinity or a silent zero.
 *
 * @param numerator - The dividend.
 * @param denominator - The divisor.
 * @returns `{ value, reason: null }`, or `{ value: null, reason: "zero_denominator" }` when the divisor is zero.
 * @throws {KpiError} `invalid_number` when either argument is not a {@link Numeric}.
 * @example
 * ```ts
 * import { safeDivide } from "kinerja";
 *
 * console.log(safeDivide(1, 3).value?.toString());
 * // 0.3333333333333333333333333333333333
 * console.log(safeDivide(5, 0));
 * // { value: null, reason: 'zero_denominator' }
 * ```
 * @category Numbers and errors
 */
export function safeDivide(numerator: Numeric, denominator: Numeric): KpiResult {
  return divide(
    readDecimal(numerator, { subject: "safeDivide", path: ["numerator"] }),
    readDecimal(denominator, { subject: "safeDivide", path: ["denominator"] }),
  );
}
