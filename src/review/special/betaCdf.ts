import type { Decimal } from "../../core/decimal.js";
import type { Numeric } from "../../core/numeric.js";
import { readChecked } from "../_read.js";
import { REVIEW_EXPECTED } from "../messages.js";
import { functionResult } from "../precision.js";
import { betaTails } from "./_beta.js";
import { isClosedProbability, isShape } from "./_limits.js";

/**
 * The beta cumulative distribution function: the regularized incomplete beta function
 * I_x(a, b), in decimal arithmetic.
 *
 * The continued fraction of Abramowitz & Stegun 26.5.8, evaluated by Lentz's method at 60
 * significant digits with ln Γ from Stirling's series; returned rounded to 30 significant digits.
 * The Jeffreys and Clopper–Pearson intervals are its inverses.
 *
 * @param x - A value from 0 to 1.
 * @param a - The first shape parameter, 0 < a ≤ 10 000 000.
 * @param b - The second shape parameter, 0 < b ≤ 10 000 000.
 * @returns I_x(a, b), from 0 to 1.
 * @throws {KpiError} `invalid_number` for a non-number; `out_of_domain` for x outside [0, 1] or a shape outside (0, 10^7].
 * @example
 * ```ts
 * import { betaCdf } from "kinerja";
 *
 * // Beta(2, 2): I_x = 3x² − 2x³, so I_0.5 = 0.5
 * console.log(betaCdf("0.5", 2, 2).toString());
 * // 0.5
 * console.log(betaCdf("0.25", 2, 2).toString());
 * // 0.15625
 * ```
 * @category Review statistics
 */
export function betaCdf(x: Numeric, a: Numeric, b: Numeric): Decimal {
  const subject = "betaCdf";
  const value = readChecked(
    x,
    subject,
    ["x"],
    isClosedProbability,
    "out_of_domain",
    REVIEW_EXPECTED.unitInterval,
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
  return functionResult(betaTails(value, first, second).lower);
}
