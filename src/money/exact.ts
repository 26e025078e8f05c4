/**
 * Exact arithmetic for money conversion: decimals as scaled bigints (`units / 10^scale`) and
 * quotients as reduced fractions of bigints, so a cross rate through the pivot and an inverse rate
 * are exact, and only the final value is written as a Decimal (exact when it terminates, else to
 * the library's 34 significant digits).
 *
 * @internal
 */

import { type Decimal, KDecimal } from "../core/decimal.js";

/** A decimal `units / 10^scale`, with no trailing zero in `units` when `scale > 0`. @internal */
export interface ExactDecimal {
  readonly units: bigint;
  readonly scale: number;
}

/** A fraction `numerator / denominator` in lowest terms, `denominator > 0`. @internal */
export interface Fraction {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;

/** The exact value of a finite Decimal (any exponent the library accepts). @internal */
export function exactOf(value: Decimal): ExactDecimal {
  return exactOfText(value.toFixed());
}

/** The exact value of plain decimal text such as `"-12.340"`; throws on other text. @internal */
export function exactOfText(text: string): ExactDecimal {
  const match = PLAIN.exec(text);
  if (match === null) throw new Error(`kinerja: not a plain decimal ${text}`);
  const fraction = match[3] ?? "";
  return normalize(BigInt(`${match[1]}${match[2]}${fraction}`), fraction.length);
}

function normalize(units: bigint, scale: number): ExactDecimal {
  let u = units;
  let s = scale;
  while (s > 0 && u % 10n === 0n) {
    u /= 10n;
    s--;
  }
  return { units: u, scale: u === 0n ? 0 : s };
}

/** `a + b`, exactly. @internal */
export function addExact(a: ExactDecimal, b: ExactDecimal): ExactDecimal {
  if (a.scale === b.scale) return normalize(a.units + b.units, a.scale);
  if (a.scale > b.scale)
    return normalize(a.units + b.units * 10n ** BigInt(a.scale - b.scale), a.scale);
  return normalize(a.units * 10n ** BigInt(b.scale - a.scale) + b.units, b.scale);
}

/** Whether two exact decimals are equal. @internal */
export function exactEquals(a: ExactDecimal, b: ExactDecimal): boolean {
  return a.units === b.units && a.scale === b.scale;
}

/** Plain decimal text of an exact decimal. @internal */
export function exactText(value: ExactDecimal): string {
  const negative = value.units < 0n;
  const digits = (negative ? -value.units : value.units).toString();
  if (value.scale === 0) return `${negative ? "-" : ""}${digits}`;
  const padded = digits.padStart(value.scale + 1, "0");
  const cut = padded.length - value.scale;
  return `${negative ? "-" : ""}${padded.slice(0, cut)}.${padded.slice(cut)}`;
}

/** An exact decimal as a Decimal of the private constructor (no rounding: the constructor keeps every digit). @internal */
export function exactToDecimal(value: ExactDecimal): Decimal {
  return new KDecimal(exactText(value));
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** A fraction in lowest terms; `denominator` must not be 0. @internal */
export function fraction(numerator: bigint, denominator: bigint): Fraction {
  const sign = denominator < 0n ? -1n : 1n;
  const divisor = gcd(numerator, denominator);
  if (divisor === 0n) return { numerator: 0n, denominator: 1n };
  return { numerator: (sign * numerator) / divisor, denominator: (sign * denominator) / divisor };
}

/** The exact decimal as a fraction. @internal */
export function fractionOf(value: ExactDecimal): Fraction {
  return fraction(value.units, 10n ** BigInt(value.scale));
}

/** `a × b`. @internal */
export function multiplyFractions(a: Fraction, b: Fraction): Fraction {
  return fraction(a.numerator * b.numerator, a.denominator * b.denominator);
}

/** `a / b`; `b` must not be 0. @internal */
export function divideFractions(a: Fraction, b: Fraction): Fraction {
  return fraction(a.numerator * b.denominator, a.denominator * b.numerator);
}

/** `a + b`. @internal */
export function addFractions(a: Fraction, b: Fraction): Fraction {
  if (a.denominator === b.denominator) return fraction(a.numerator + b.numerator, a.denominator);
  return fraction(
    a.numerator * b.denominator + b.numerator * a.denominator,
    a.denominator * b.denominator,
  );
}

/** The fraction 0. @internal */
export const ZERO_FRACTION: Fraction = { numerator: 0n, denominator: 1n };

/** The fraction 1. @internal */
export const ONE_FRACTION: Fraction = { numerator: 1n, denominator: 1n };

/**
 * A fraction as a finite decimal when its denominator has no prime factor but 2 and 5 (then it
 * terminates), or `undefined`.
 *
 * @internal
 */
export function terminatingDecimal(value: Fraction): ExactDecimal | undefined {
  let rest = value.denominator;
  let twos = 0;
  let fives = 0;
  while (rest % 2n === 0n) {
    rest /= 2n;
    twos++;
  }
  while (rest % 5n === 0n) {
    rest /= 5n;
    fives++;
  }
  if (rest !== 1n) return undefined;
  const scale = Math.max(twos, fives);
  return normalize((value.numerator * 10n ** BigInt(scale)) / value.denominator, scale);
}

/**
 * A fraction as a Decimal: every digit when it terminates (`exact: true`), else the quotient
 * rounded to 34 significant digits, half away from zero (`exact: false`).
 *
 * @internal
 */
export function fractionToDecimal(value: Fraction): { value: Decimal; exact: boolean } {
  const terminating = terminatingDecimal(value);
  if (terminating !== undefined) return { value: exactToDecimal(terminating), exact: true };
  const quotient = new KDecimal(value.numerator.toString()).div(
    new KDecimal(value.denominator.toString()),
  );
  return { value: quotient, exact: false };
}
