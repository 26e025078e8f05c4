import type { Decimal } from "../../core/decimal.js";
import type { Numeric } from "../../core/numeric.js";
import { readChecked } from "../_read.js";
import { REVIEW_EXPECTED } from "../messages.js";
import { functionResult } from "../precision.js";
import { isOpenProbability } from "./_limits.js";
import { normalInverse } from "./_normal.js";

/**
 * The standard normal quantile Φ⁻¹(p): the z with P(Z ≤ z) = p, in decimal arithmetic.
 *
 * Starts from Acklam's rational approximation and refines it by Newton steps on ln Φ at 60
 * significant digits; returned rounded to 30 significant digits. `normalQuantile(0.975)` is the
 * familiar 1.96 of a 95 % interval, to 30 digits.
 *
 * @param p - A probability strictly between 0 and 1.
 * @returns The quantile z.
 * @throws {KpiError} `invalid_number` for a non-number; `out_of_domain` unless 0 < p < 1.
 * @example
 * ```ts
 * import { normalQuantile } from "kinerja";
 *
 * console.log(normalQuantile("0.975").toString());
 * // 1.95996398454005423552459443052
 * console.log(normalQuantile("0.005").toString());
 * // -2.5758293035489007609785767486
 * ```
 * @category Review statistics
 */
export function normalQuantile(p: Numeric): Decimal {
  const probability = readChecked(
    p,
    "normalQuantile",
    ["p"],
    isOpenProbability,
    "out_of_domain",
    REVIEW_EXPECTED.probability,
  );
  return functionResult(normalInverse(probability));
}
