import type { Decimal } from "../../core/decimal.js";
import { high } from "../precision.js";
import { betaInverse, betaTails } from "./_beta.js";

/**
 * Student's t distribution through the incomplete beta function (A&S 26.7.1): for t > 0,
 * P(T > t) = I_x(ν/2, 1/2) / 2 with x = ν / (ν + t²). Any real ν > 0 (Welch's degrees of freedom
 * are not integers).
 *
 * @internal
 */

/** P(T ≤ t) with ν degrees of freedom. @internal */
export function studentTLowerTail(t: Decimal, degrees: Decimal): Decimal {
  if (t.isZero()) return high("0.5");
  const x = degrees.div(degrees.plus(t.times(t)));
  const tail = betaTails(x, degrees.div(2), high("0.5")).lower.div(2);
  return t.isNegative() ? tail : high(1).minus(tail);
}

/** The t with P(T ≤ t) = p, for 0 < p < 1. @internal */
export function studentTInverse(p: Decimal, degrees: Decimal): Decimal {
  const half = high("0.5");
  if (p.eq(half)) return high(0);
  const tail = p.lt(half) ? p : high(1).minus(p);
  const x = betaInverse(tail.times(2), degrees.div(2), half);
  const t = degrees.times(high(1).minus(x)).div(x).sqrt();
  return p.lt(half) ? t.neg() : t;
}
