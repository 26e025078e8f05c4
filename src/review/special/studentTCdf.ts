import type { Decimal } from "../../core/decimal.js";
import type { Numeric } from "../../core/numeric.js";
import { readChecked, readValue } from "../_read.js";
import { REVIEW_EXPECTED } from "../messages.js";
import { functionResult } from "../precision.js";
import { isShape } from "./_limits.js";
import { studentTLowerTail } from "./_studentT.js";

/**
 * Student's t cumulative distribution function P(T ≤ t) with ν degrees of freedom (any real
 * ν > 0, as Welch's test needs), in decimal arithmetic.
 *
 * Through the incomplete beta function (A&S 26.7.1): P(T > t) = I_x(ν/2, 1/2)/2 with
 * x = ν/(ν + t²); computed at 60 significant digits and returned rounded to 30.
 *
 * @param t - Any number.
 * @param degreesOfFreedom - ν, 0 < ν ≤ 10 000 000.
 * @returns P(T ≤ t), from 0 to 1.
 * @throws {KpiError} `invalid_number` for a non-number; `out_of_domain` for ν outside (0, 10^7].
 * @example
 * ```ts
 * import { studentTCdf } from "kinerja";
 *
 * // One degree of freedom is the Cauchy distribution: P(T ≤ 1) = 3/4
 * console.log(studentTCdf(1, 1).toString());
 * // 0.75
 * ```
 * @category Review statistics
 */
export function studentTCdf(t: Numeric, degreesOfFreedom: Numeric): Decimal {
  const subject = "studentTCdf";
  const value = readValue(t, subject, ["t"]);
  const degrees = readChecked(
    degreesOfFreedom,
    subject,
    ["degreesOfFreedom"],
    isShape,
    "out_of_domain",
    REVIEW_EXPECTED.degreesOfFreedom,
  );
  return functionResult(studentTLowerTail(value, degrees));
}
