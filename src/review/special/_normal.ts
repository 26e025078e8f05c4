import type { Decimal } from "../../core/decimal.js";
import { HALF_LN_TWO_PI_TEXT, HighDecimal, high, WORKING_DIGITS } from "../precision.js";

/**
 * The standard normal distribution at {@link WORKING_DIGITS} digits, in the review layer's
 * high-precision constructor. Φ is a Taylor series (Abramowitz & Stegun 26.2.11) for |x| ≤ 5 and
 * Laplace's continued fraction for the Mills ratio (A&S 26.2.14) beyond; the quantile starts from
 * Acklam's rational approximation and is refined by Newton steps on ln Φ in decimal arithmetic
 * until the step is below 10^-55 of the value.
 *
 * @internal
 */

const SERIES_LIMIT = 5;
/** Beyond ±75, Φ is within 10^-1224 of 0 or 1: below what any Numeric can hold (10^-1000). */
const TAIL_CUTOFF = 75;
/** The relative step below which a series or continued fraction has converged (as text, so nothing is computed on import). */
const EPSILON = "1e-55"; // 10^-(WORKING_DIGITS - 5), a literal so nothing runs on import
/** Lentz's guard against a zero denominator (as text, so nothing is computed on import). */
const TINY = "1e-240"; // 10^-(WORKING_DIGITS * 4)

/** φ(x) = exp(−x²/2)/√(2π). @internal */
export function normalDensity(x: Decimal): Decimal {
  const exponent = x.times(x).div(-2).minus(HALF_LN_TWO_PI_TEXT);
  return HighDecimal.exp(exponent);
}

/** Q(t) = 1 − Φ(t) for t ≥ 0, accurate relative to its own size. @internal */
function upperTail(t: Decimal): Decimal {
  if (t.isZero()) return high("0.5");
  if (t.gte(TAIL_CUTOFF)) return high(0);
  if (t.lte(SERIES_LIMIT)) return high("0.5").minus(normalDensity(t).times(series(t)));
  return normalDensity(t).times(millsRatio(t));
}

/** Σ t^(2k+1) / (2k+1)!!, so that Φ(t) = 1/2 + φ(t)·Σ (A&S 26.2.11). */
function series(t: Decimal): Decimal {
  const square = t.times(t);
  let term = t;
  let sum = t;
  for (let k = 1; k < 2000; k++) {
    term = term.times(square).div(2 * k + 1);
    sum = sum.plus(term);
    if (term.lt(sum.times(EPSILON))) break;
  }
  return sum;
}

/** R(t) = Q(t)/φ(t) = 1/(t + 1/(t + 2/(t + 3/(t + …)))) by Lentz's method (A&S 26.2.14). */
function millsRatio(t: Decimal): Decimal {
  let f = t;
  let c = t;
  let d = high(0);
  for (let j = 1; j < 100000; j++) {
    d = t.plus(d.times(j));
    if (d.isZero()) d = high(TINY);
    c = t.plus(high(j).div(c));
    if (c.isZero()) c = high(TINY);
    d = high(1).div(d);
    const delta = c.times(d);
    f = f.times(delta);
    if (delta.minus(1).abs().lt(EPSILON)) break;
  }
  return high(1).div(f);
}

/** Φ(x), the lower tail. @internal */
export function normalLowerTail(x: Decimal): Decimal {
  if (x.isNegative()) return upperTail(x.neg());
  return high(1).minus(upperTail(x));
}

/** Φ⁻¹(p) for 0 < p < 1. @internal */
export function normalInverse(p: Decimal): Decimal {
  const half = high("0.5");
  if (p.eq(half)) return high(0);
  if (p.gt(half)) return lowerInverse(high(1).minus(p)).neg();
  return lowerInverse(p);
}

// Acklam's coefficients (P. J. Acklam, "An algorithm for computing the inverse normal cumulative
// distribution function", 2003): a relative error below 1.15e-9, a starting point only.
const A = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2,
  -3.066479806614716e1, 2.506628277459239,
];
const B = [
  -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1,
  -1.328068155288572e1,
];
const C = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734,
  4.374664141464968, 2.938163982698783,
];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];

function polynomial(coefficients: readonly number[], x: number): number {
  let result = 0;
  for (const coefficient of coefficients) result = result * x + coefficient;
  return result;
}

function acklam(p: Decimal): number {
  if (p.lt("0.02425")) {
    const q = Math.sqrt(-2 * HighDecimal.ln(p).toNumber());
    return polynomial(C, q) / (polynomial(D, q) * q + 1);
  }
  const q = p.toNumber() - 0.5;
  const r = q * q;
  return (polynomial(A, r) * q) / (polynomial(B, r) * r + 1);
}

/** Solves Φ(x) = p for 0 < p < 1/2 by Newton steps on ln Φ(x) − ln p. */
function lowerInverse(p: Decimal): Decimal {
  let x = high(acklam(p));
  const target = HighDecimal.ln(p);
  const tolerance = high(10).pow(-(WORKING_DIGITS - 5));
  for (let step = 0; step < 100; step++) {
    const tail = normalLowerTail(x);
    const change = HighDecimal.ln(tail).minus(target).times(tail).div(normalDensity(x));
    x = x.minus(change);
    if (change.abs().lte(tolerance.times(x.abs().plus(1)))) break;
  }
  return x;
}
