import { Decimal as DecimalJs } from "decimal.js";

/**
 * The library's private decimal constructor: 34 significant digits (IEEE 754 decimal128),
 * half-away-from-zero rounding for internal division, plain (non-exponential) `toString`.
 *
 * It is a `Decimal.clone`, so the user's own `Decimal` configuration is never read or changed.
 * Every value the library returns is an instance of it; it is a regular decimal.js `Decimal`.
 *
 * @internal
 */
export const KDecimal: typeof DecimalJs = /* @__PURE__ */ DecimalJs.clone({
  precision: 34,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
  minE: -9e15,
  maxE: 9e15,
});

/**
 * An exact decimal number, as every metric returns it: a decimal.js `Decimal` (34 significant
 * digits). A type only: kinerja exports no `Decimal` constructor, so that no code can change the
 * library's configuration; read values with `toString()`, `toFixed()` or `toNumber()`, or pass
 * them to your own decimal.js.
 *
 * @category Numbers and errors
 */
export type Decimal = DecimalJs;

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
