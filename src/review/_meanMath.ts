import type { Decimal } from "../core/decimal.js";
import { twoSidedZ } from "./_quantiles.js";
import { high } from "./precision.js";
import { MAX_SHAPE } from "./special/_limits.js";
import { studentTInverse } from "./special/_studentT.js";

/** Mean, variance of the mean and degrees of freedom of an exact moment state. @internal */
export interface MeanMoments {
  readonly n: Decimal;
  readonly mean: Decimal | null;
  /** s² = (n·Σx² − (Σx)²) / (n(n − 1)), from an exact numerator; null below two answers. */
  readonly variance: Decimal | null;
}

/** The moments of an exact state, at working precision (the numerator n·Σx² − (Σx)² is exact). @internal */
export function moments(state: { n: Decimal; sum: Decimal; sumOfSquares: Decimal }): MeanMoments {
  const { n, sum, sumOfSquares } = state;
  if (n.isZero()) return { n: high(n), mean: null, variance: null };
  const mean = high(sum).div(n);
  if (n.lt(2)) return { n: high(n), mean, variance: null };
  const numerator = n.times(sumOfSquares).minus(sum.times(sum));
  return { n: high(n), mean, variance: high(numerator).div(high(n).times(n.minus(1))) };
}

/**
 * The two-sided critical value for a confidence: Student's t with `degrees` degrees of freedom,
 * or the normal z when the degrees exceed what the t function accepts (10^7, where the two differ
 * by less than 10^-6 relative). @internal
 */
export function critical(
  confidence: Decimal,
  degrees: Decimal,
): { value: Decimal; method: "student_t" | "normal" } {
  if (degrees.gt(MAX_SHAPE)) return { value: twoSidedZ(confidence), method: "normal" };
  return {
    value: studentTInverse(high(1).plus(confidence).div(2), degrees),
    method: "student_t",
  };
}
