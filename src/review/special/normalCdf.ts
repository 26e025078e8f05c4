import type { Decimal } from "../../core/decimal.js";
import type { Numeric } from "../../core/numeric.js";
import { readValue } from "../_read.js";
import { functionResult } from "../precision.js";
import { normalLowerTail } from "./_normal.js";

/**
 * The standard normal cumulative distribution function Φ(x) = P(Z ≤ x), in decimal arithmetic.
 *
 * Computed at 60 significant digits (a Taylor series for |x| ≤ 5, Laplace's continued fraction
 * for the tails; Abramowitz & Stegun 26.2.11 and 26.2.14) and returned rounded to 30 significant
 * digits. Values below 10^-1000 (|x| ≥ 75) are returned as exactly 0 or 1.
 *
 * @param x - Any number.
 * @returns Φ(x), from 0 to 1.
 * @throws {KpiError} `invalid_number` when `x` is not a {@link Numeric}.
 * @example
 * ```ts
 * import { normalCdf } from "kinerja";
 *
 * console.log(normalCdf(1).toString());
 * // 0.841344746068542948585232545632
 * console.log(normalCdf("-1.959963984540054").toFixed(6));
 * // 0.025000
 * ```
 * @category Review statistics
 */
export function normalCdf(x: Numeric): Decimal {
  return functionResult(normalLowerTail(readValue(x, "normalCdf", ["x"])));
}
