import { type Decimal, KDecimal } from "../core/decimal.js";

/**
 * The precision of the review statistics, in one place.
 *
 * - The special functions (normal, beta, Student t) work at {@link WORKING_DIGITS} significant
 *   digits with a private clone of the library's Decimal (never `Decimal.set`), and return their
 *   values rounded to {@link FUNCTION_DIGITS} significant digits, which the tests check against
 *   published tables and 50-digit references.
 * - Intervals, standard errors and differences are rounded to {@link RESULT_PLACES} decimal
 *   places: lower bounds toward −∞ and upper bounds toward +∞, so rounding never narrows an
 *   interval; estimates half away from zero.
 *
 * @internal
 */
export const WORKING_DIGITS = 60;

/** Significant digits of the special functions' results. @internal */
export const FUNCTION_DIGITS = 30;

/** Decimal places of every interval bound, estimate and standard error. @internal */
export const RESULT_PLACES = 20;

/** The private high-precision constructor of the review layer. @internal */
export const HighDecimal: typeof KDecimal = /* @__PURE__ */ KDecimal.clone({
  precision: WORKING_DIGITS,
});

/**
 * A constructor for exact products: decompositions multiply at most 10 factors of at most 100
 * significant digits each, so their products and sums fit without rounding. @internal
 */
export const ExactDecimal: typeof KDecimal = /* @__PURE__ */ KDecimal.clone({ precision: 2000 });

/** π to 110 significant digits. @internal */
export const PI_TEXT =
  "3.1415926535897932384626433832795028841971693993751058209749445923078164062862089986280348253421170679821";

/** ln(2π)/2 to 100 significant digits. @internal */
export const HALF_LN_TWO_PI_TEXT =
  "0.9189385332046727417803297364056176398613974736377834128171515404827656959272603976947432986359541976";

/** A value as an instance of the high-precision constructor. @internal */
export function high(value: Decimal | number | string): Decimal {
  return new HighDecimal(value);
}

/** A special function's value, rounded to its documented significant digits, as a library Decimal. @internal */
export function functionResult(value: Decimal): Decimal {
  const rounded = new KDecimal(value.toSignificantDigits(FUNCTION_DIGITS, KDecimal.ROUND_HALF_UP));
  return rounded.isZero() ? new KDecimal(0) : rounded;
}

/** A result value rounded half away from zero to {@link RESULT_PLACES}, as a library Decimal. @internal */
export function resultValue(value: Decimal): Decimal {
  return finish(value.toDecimalPlaces(RESULT_PLACES, KDecimal.ROUND_HALF_UP));
}

/** A lower bound rounded toward −∞ to {@link RESULT_PLACES}. @internal */
export function lowerBound(value: Decimal): Decimal {
  return finish(value.toDecimalPlaces(RESULT_PLACES, KDecimal.ROUND_FLOOR));
}

/** An upper bound rounded toward +∞ to {@link RESULT_PLACES}. @internal */
export function upperBound(value: Decimal): Decimal {
  return finish(value.toDecimalPlaces(RESULT_PLACES, KDecimal.ROUND_CEIL));
}

function finish(value: Decimal): Decimal {
  const result = new KDecimal(value.toFixed());
  return result.isZero() ? new KDecimal(0) : result;
}

/** The larger of two decimals. @internal */
export function maxOf(a: Decimal, b: Decimal): Decimal {
  return a.gte(b) ? a : b;
}

/** The smaller of two decimals. @internal */
export function minOf(a: Decimal, b: Decimal): Decimal {
  return a.lte(b) ? a : b;
}

/** A value clamped into [low, high]. @internal */
export function clamp(value: Decimal, low: Decimal, highest: Decimal): Decimal {
  return maxOf(low, minOf(value, highest));
}
