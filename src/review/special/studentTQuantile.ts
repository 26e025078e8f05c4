import type { Decimal } from "../../core/decimal.js";
import type { Numeric } from "../../core/numeric.js";
import { readChecked } from "../_read.js";
import { REVIEW_EXPECTED } from "../messages.js";
import { functionResult } from "../precision.js";
import { isOpenProbability, isShape } from "./_limits.js";
import { studentTInverse } from "./_studentT.js";

/**
 * Student's t quantile: the t with P(T ≤ t) = p for ν degrees of freedom, in decimal arithmetic.
 *
 * The inverse of the incomplete beta function (see {@link betaQuantile}) mapped back to t;
 * computed at 60 significant digits and returned rounded to 30.
 *
 * @param p - A probability strictly between 0 and 1.
 * @param degreesOfFreedom - ν, 0 < ν ≤ 10 000 000 (not necessarily an integer).
 * @returns The quantile t.
 * @throws {KpiError} `invalid_number` for a non-number; `out_of_domain` unless 0 < p < 1 and 0 < ν ≤ 10^7.
 * @example
 * ```ts
 * import { studentTQuantile } from "kinerja";
 *
 * // The 97.5 % point with 10 degrees of freedom (2.228 in every t table)
 * console.log(studentTQuantile("0.975", 10).toString());
 * // 2.2281388519862747483954906632
 * ```
 * @category Review statistics
 */
export function studentTQuantile(p: Numeric, degreesOfFreedom: Numeric): Decimal {
  const subject = "studentTQuantile";
  const probability = readChecked(
    p,
    subject,
    ["p"],
    isOpenProbability,
    "out_of_domain",
    REVIEW_EXPECTED.probability,
  );
  const degrees = readChecked(
    degreesOfFreedom,
    subject,
    ["degreesOfFreedom"],
    isShape,
    "out_of_domain",
    REVIEW_EXPECTED.degreesOfFreedom,
  );
  return functionResult(studentTInverse(probability, degrees));
}
