import type { Decimal } from "../../core/decimal.js";
import { HALF_LN_TWO_PI_TEXT, HighDecimal, high, WORKING_DIGITS } from "../precision.js";

/**
 * The beta distribution at {@link WORKING_DIGITS} digits, in the review layer's high-precision
 * constructor: ln Γ by Stirling's series (A&S 6.1.40) after shifting the argument above 30, the
 * regularized incomplete beta function I_x(a, b) by its continued fraction (A&S 26.5.8) evaluated
 * with Lentz's method, and its inverse by safeguarded Halley steps inside a bisection bracket.
 *
 * @internal
 */

/** B_2, B_4, …, B_60 as numerator and denominator (Bernoulli numbers, A&S table 23.2). */
const BERNOULLI: readonly (readonly [string, string])[] = [
  ["1", "6"],
  ["-1", "30"],
  ["1", "42"],
  ["-1", "30"],
  ["5", "66"],
  ["-691", "2730"],
  ["7", "6"],
  ["-3617", "510"],
  ["43867", "798"],
  ["-174611", "330"],
  ["854513", "138"],
  ["-236364091", "2730"],
  ["8553103", "6"],
  ["-23749461029", "870"],
  ["8615841276005", "14322"],
  ["-7709321041217", "510"],
  ["2577687858367", "6"],
  ["-26315271553053477373", "1919190"],
  ["2929993913841559", "6"],
  ["-261082718496449122051", "13530"],
  ["1520097643918070802691", "1806"],
  ["-27833269579301024235023", "690"],
  ["596451111593912163277961", "282"],
  ["-5609403368997817686249127547", "46410"],
  ["495057205241079648212477525", "66"],
  ["-801165718135489957347924991853", "1590"],
  ["29149963634884862421418123812691", "798"],
  ["-2479392929313226753685415739663229", "870"],
  ["84483613348880041862046775994036021", "354"],
  ["-1215233140483755572040304994079820246041491", "56786730"],
];

const SHIFT = 30;
/** The relative step below which a series or continued fraction has converged (as text, so nothing is computed on import). */
const EPSILON = "1e-55"; // 10^-(WORKING_DIGITS - 5), a literal so nothing runs on import
/** Lentz's guard against a zero denominator (as text, so nothing is computed on import). */
const TINY = "1e-240"; // 10^-(WORKING_DIGITS * 4)

/** ln Γ(z) for z > 0. @internal */
export function logGamma(z: Decimal): Decimal {
  let shifted = z;
  let product = high(1);
  while (shifted.lt(SHIFT)) {
    product = product.times(shifted);
    shifted = shifted.plus(1);
  }
  const ln = HighDecimal.ln(shifted);
  let sum = shifted.minus("0.5").times(ln).minus(shifted).plus(HALF_LN_TWO_PI_TEXT);
  const square = shifted.times(shifted);
  let power = shifted;
  for (let k = 1; k <= BERNOULLI.length; k++) {
    const [numerator, denominator] = BERNOULLI[k - 1] as readonly [string, string];
    const term = high(numerator).div(
      high(denominator)
        .times(2 * k * (2 * k - 1))
        .times(power),
    );
    sum = sum.plus(term);
    if (term.abs().lt(sum.abs().plus(1).times(EPSILON))) break;
    power = power.times(square);
  }
  return product.eq(1) ? sum : sum.minus(HighDecimal.ln(product));
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). @internal */
export function logBeta(a: Decimal, b: Decimal): Decimal {
  return logGamma(a)
    .plus(logGamma(b))
    .minus(logGamma(a.plus(b)));
}

/** The continued fraction of I_x(a, b) (A&S 26.5.8), by Lentz's method. */
function continuedFraction(a: Decimal, b: Decimal, x: Decimal): Decimal {
  const one = high(1);
  const sum = a.plus(b);
  const aPlusOne = a.plus(1);
  const aMinusOne = a.minus(1);
  let c = one;
  let d = one.minus(sum.times(x).div(aPlusOne));
  if (d.abs().lt(TINY)) d = high(TINY);
  d = one.div(d);
  let h = d;
  const limit = 1000 + 20 * Math.ceil(Math.sqrt(Math.max(a.toNumber(), b.toNumber())));
  for (let m = 1; m <= limit; m++) {
    const twoM = 2 * m;
    let coefficient = b
      .minus(m)
      .times(m)
      .times(x)
      .div(aMinusOne.plus(twoM).times(a.plus(twoM)));
    d = one.plus(coefficient.times(d));
    if (d.abs().lt(TINY)) d = high(TINY);
    c = one.plus(coefficient.div(c));
    if (c.abs().lt(TINY)) c = high(TINY);
    d = one.div(d);
    h = h.times(d).times(c);
    coefficient = a
      .plus(m)
      .times(sum.plus(m))
      .times(x)
      .neg()
      .div(a.plus(twoM).times(aPlusOne.plus(twoM)));
    d = one.plus(coefficient.times(d));
    if (d.abs().lt(TINY)) d = high(TINY);
    c = one.plus(coefficient.div(c));
    if (c.abs().lt(TINY)) c = high(TINY);
    d = one.div(d);
    const delta = d.times(c);
    h = h.times(delta);
    if (delta.minus(1).abs().lt(EPSILON)) return h;
  }
  return h;
}

/** I_x(a, b) and 1 − I_x(a, b), each accurate relative to its own size. @internal */
export interface BetaTails {
  readonly lower: Decimal;
  readonly upper: Decimal;
}

/** The regularized incomplete beta function and its complement, for 0 ≤ x ≤ 1 and a, b > 0. @internal */
export function betaTails(x: Decimal, a: Decimal, b: Decimal, lnBeta = logBeta(a, b)): BetaTails {
  const one = high(1);
  if (x.lte(0)) return { lower: high(0), upper: one };
  if (x.gte(1)) return { lower: one, upper: high(0) };
  const complement = one.minus(x);
  const front = HighDecimal.exp(
    a
      .times(HighDecimal.ln(x))
      .plus(b.times(HighDecimal.ln(complement)))
      .minus(lnBeta),
  );
  if (x.lt(a.plus(1).div(a.plus(b).plus(2)))) {
    const lower = front.times(continuedFraction(a, b, x)).div(a);
    return { lower, upper: one.minus(lower) };
  }
  const upper = front.times(continuedFraction(b, a, complement)).div(b);
  return { lower: one.minus(upper), upper };
}

/** The beta density x^(a−1) (1−x)^(b−1) / B(a, b). */
function density(x: Decimal, a: Decimal, b: Decimal, lnBeta: Decimal): Decimal {
  const complement = high(1).minus(x);
  return HighDecimal.exp(
    a
      .minus(1)
      .times(HighDecimal.ln(x))
      .plus(b.minus(1).times(HighDecimal.ln(complement)))
      .minus(lnBeta),
  );
}

/** The x with I_x(a, b) = p, for 0 < p < 1. @internal */
export function betaInverse(p: Decimal, a: Decimal, b: Decimal): Decimal {
  if (p.gt("0.5")) return high(1).minus(lowerInverse(high(1).minus(p), b, a));
  return lowerInverse(p, a, b);
}

/** A starting point (Numerical Recipes 3rd ed., 6.14.2, invbetai), in floating point. */
function guess(p: number, a: number, b: number): number {
  if (a >= 1 && b >= 1) {
    const t = Math.sqrt(-2 * Math.log(p));
    let x = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
    x = -x;
    const al = (x * x - 3) / 6;
    const h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
    const w =
      (x * Math.sqrt(al + h)) / h -
      (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5 / 6 - 2 / (3 * h));
    return a / (a + b * Math.exp(2 * w));
  }
  const lna = Math.log(a / (a + b));
  const lnb = Math.log(b / (a + b));
  const t = Math.exp(a * lna) / a;
  const u = Math.exp(b * lnb) / b;
  const w = t + u;
  return p < t / w ? (a * w * p) ** (1 / a) : 1 - (b * w * (1 - p)) ** (1 / b);
}

/** Solves I_x(a, b) = p for p ≤ 1/2: Halley steps kept inside a shrinking bracket. */
function lowerInverse(p: Decimal, a: Decimal, b: Decimal): Decimal {
  const lnBeta = logBeta(a, b);
  let low = high(0);
  let highest = high(1);
  const start = guess(p.toNumber(), a.toNumber(), b.toNumber());
  let x = Number.isFinite(start) && start > 0 && start < 1 ? high(start) : high("0.5");
  // Halley steps converge cubically (Newton ones, where the correction is unsafe, quadratically):
  // once a step is below 10^-22 of x, the new x is good to well beyond the 30 digits reported.
  const tolerance = high(10).pow(-22);
  const bracketTolerance = high(10).pow(-(WORKING_DIGITS - 8));
  for (let step = 0; step < 2000; step++) {
    const value = betaTails(x, a, b, lnBeta).lower.minus(p);
    if (value.isZero()) return x;
    if (value.isNegative()) low = x;
    else highest = x;
    // Halley's step (as Numerical Recipes' invbetai): Newton's u = f/f', corrected by f''/f'.
    const u = value.div(density(x, a, b, lnBeta));
    const curvature = a
      .minus(1)
      .div(x)
      .minus(b.minus(1).div(high(1).minus(x)));
    const correction = high(1).minus(u.times(curvature).div(2));
    let next = x.minus(correction.gt("0.5") ? u.div(correction) : u);
    if (!next.gt(low) || !next.lt(highest)) {
      next = low.isZero() ? highest.div(8) : low.plus(highest).div(2);
      if (!low.isZero() && highest.div(low).gt(1000)) next = low.times(highest).sqrt();
    }
    const change = next.minus(x).abs();
    x = next;
    if (change.lte(tolerance.times(x)) || highest.minus(low).lte(bracketTolerance.times(low)))
      break;
  }
  return x;
}
