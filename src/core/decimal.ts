import { Decimal } from "decimal.js";

/**
 * The library's private decimal constructor: 34 significant digits (IEEE 754 decimal128),
 * half-away-from-zero rounding for internal division, plain (non-exponential) `toString`.
 *
 * It is a `Decimal.clone`, so the user's own `Decimal` configuration is never read or changed.
 * Every value the library returns is an instance of it; it is a regular decimal.js `Decimal`.
 *
 * @internal
 */
export const KDecimal: typeof Decimal = /* @__PURE__ */ Decimal.clone({
  precision: 34,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
  minE: -9e15,
  maxE: 9e15,
});

export type { Decimal };

/** The exact zero of the private constructor. @internal */
export function zero(): Decimal {
  return new KDecimal(0);
}

/**
 * Whether a value is a decimal.js `Decimal` instance, from this library or any other copy of decimal.js.
 *
 * @param value - Anything.
 * @returns `true` for a decimal.js `Decimal`.
 * @internal
 */
export function isDecimalInstance(value: unknown): value is Decimal {
  try {
    return KDecimal.isDecimal(value);
  } catch {
    return false;
  }
}
