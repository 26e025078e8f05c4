import { Decimal } from "decimal.js";
import { KDecimal } from "../../core/decimal.js";
import { exact } from "../../model/exact.js";

/** Significant digits of the results (the private constructor's precision). */
const DIGITS = 34;
/** Below this magnitude, ln(1 + q) and exp(x) − 1 are summed as series (no cancellation at all). */
const SERIES_BELOW = -8;
/** The most guard digits tried before the last result is returned as it is. */
const MAX_GUARD = 480;

/** A decimal.js constructor working at `precision` significant digits. */
function working(precision: number): typeof Decimal {
  return Decimal.clone({
    precision,
    rounding: Decimal.ROUND_HALF_EVEN,
    toExpNeg: -9e15,
    toExpPos: 9e15,
    minE: -9e15,
    maxE: 9e15,
  });
}

/** ln(1 + q) to about `precision` significant digits, also when q is tiny. */
function ln1p(q: Decimal, precision: number): Decimal {
  const W = working(precision + 5);
  if (q.e < SERIES_BELOW) {
    // q − q²/2 + q³/3 − …: each term is at most 10^-8 of the one before.
    const x = new W(q);
    let power = x;
    let total = x;
    for (let k = 2; ; k++) {
      power = power.times(x);
      const term = power.div(k);
      if (term.isZero() || term.e < total.e - precision - 3) break;
      total = k % 2 === 0 ? total.minus(term) : total.plus(term);
    }
    return total;
  }
  // 1 + q is exact at this precision, so the logarithm keeps every digit of q.
  const W2 = working(precision + Math.max(0, -q.e) + 5);
  return new W(new W2(q).plus(1).ln());
}

/** exp(x) − 1 to about `precision` significant digits, also when x is tiny. */
function expm1(x: Decimal, precision: number): Decimal {
  const W = working(precision + 5);
  if (x.e < SERIES_BELOW) {
    // x + x²/2! + x³/3! + …
    const y = new W(x);
    let term = y;
    let total = y;
    for (let k = 2; ; k++) {
      term = term.times(y).div(k);
      if (term.isZero() || term.e < total.e - precision - 3) break;
      total = total.plus(term);
    }
    return total;
  }
  // exp(x) is close to 1 when x is small: enough digits that its difference from 1 keeps them all.
  const W2 = working(precision + Math.max(0, -x.e) + 5);
  return new W(new W2(x).exp().minus(1));
}

/** The rate (end / start) ^ (1 / periods) − 1 to about `precision` significant digits. */
function approximate(start: Decimal, end: Decimal, periods: Decimal, precision: number): Decimal {
  const W = working(precision + 5);
  // Near a ratio of 1, ratio − 1 = (end − start) / start with the difference exact (no
  // cancellation); far from it, the logarithm of the ratio itself is well conditioned.
  const q = new W(exact.minus(end, start)).div(start);
  const logarithm = q.abs().lt(0.5) ? ln1p(q, precision) : new W(end).div(start).ln();
  return expm1(new W(logarithm).div(periods), precision);
}

/**
 * The compound rate per period `(end / start) ^ (1 / periods) − 1`, correctly rounded to 34
 * significant digits (half away from zero): computed as `expm1(ln1p((end − start) / start) / periods)`
 * at a working precision that grows until the 34-digit result is certain (Ziv's strategy).
 * `start` and `periods` must be positive and `end` positive; the caller handles the other cases.
 *
 * @internal
 */
export function compoundRate(start: Decimal, end: Decimal, periods: Decimal): Decimal {
  if (end.eq(start)) return new KDecimal(0);
  let value = new KDecimal(0);
  for (let guard = 15; guard <= MAX_GUARD; guard *= 2) {
    const precision = DIGITS + guard;
    const approximation = approximate(start, end, periods, precision);
    value = new KDecimal(approximation.toSignificantDigits(DIGITS, Decimal.ROUND_HALF_UP));
    // The approximation is within 10^-(precision - 5) of the true value, relatively: when both ends
    // of that interval round to the same 34 digits, so does the true value.
    const W = working(precision + 5);
    const margin = new W(approximation).abs().times(new W(10).pow(5 - precision));
    const low = new W(approximation)
      .minus(margin)
      .toSignificantDigits(DIGITS, Decimal.ROUND_HALF_UP);
    const high = new W(approximation)
      .plus(margin)
      .toSignificantDigits(DIGITS, Decimal.ROUND_HALF_UP);
    if (low.eq(high)) return value;
  }
  return value;
}
