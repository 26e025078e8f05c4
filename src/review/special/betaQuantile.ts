import type { Decimal } from "../../core/decimal.js";
import type { Numeric } from "../../core/numeric.js";
import { readChecked } from "../_read.js";
import { REVIEW_EXPECTED } from "../messages.js";
import { functionResult, high } from "../precision.js";
import { betaInverse } from "./_beta.js";
import { isClosedProbability, isShape } from "./_limits.js";

/**
 * The beta quantile: the x with I_x(a, b) = p, in decimal arithmetic.
 *
 * Safeguarded Newton steps (kept inside a bisection bracket) on the incomplete beta function at
 * 60 significant digits, solving in whichever tail is below one half; returned rounded to 30
 * significant digits. `p = 0` gives 0 and `p = 1` gives 1.
 *
 * @param p - A probability from 0 to 1.
 * @param a - The first shape parameter, 0 < a ≤ 10 000 000.
 * @param b - The second shape parameter, 0 < b ≤ 10 000 000.
 * @returns The quantile, from 0 to 1.
 * @throws {KpiError} `invalid_number` for a non-number; `out_of_domain` for p outside [0, 1] or a shape outside (0, 10^7].
 * @example
 * ```ts
 * import { betaQuantile } from "kinerja";
 *
 * // Beta(1, 2): I_x = 1 − (1 − x)², so the median is 1 − √0.5
 * console.log(betaQuantile("0.5", 1, 2).toString());
 * // 0.292893218813452475599155637895
 * ```
 * @category Review statistics
 */
export function betaQuantile(p: Numeric, a: Numeric, b: Numeric): Decimal {
  const subject = "betaQuantile";
  const probability = readChecked(
    p,
    subject,
    ["p"],
    isClosedProbability,
    "out_of_domain",
    REVIEW_EXPECTED.closedProbability,
  );
  const first = readChecked(
    a,
    subject,
    ["a"],
    isShape,
    "out_of_domain",
    REVIEW_EXPECTED.betaParameter,
  );
  const second = readChecked(
    b,
    subject,
    ["b"],
    isShape,
    "out_of_domain",
    REVIEW_EXPECTED.betaParameter,
  );
  if (probability.isZero()) return functionResult(high(0));
  if (probability.eq(1)) return functionResult(high(1));
  return functionResult(betaInverse(probability, first, second));
}
