import { Decimal } from "decimal.js";
import { KDecimal } from "../core/decimal.js";

/**
 * Exact decimal arithmetic for sums, differences and products: the private constructor rounds every
 * operation to 34 significant digits, so these run on a clone whose precision is the largest
 * decimal.js allows (10^9 digits) and hand the result back as a private Decimal, unrounded. Inputs
 * have exponents within ±1000, so a sum never needs more than a few thousand digits. Only
 * quotients, powers and roots round.
 */
const ExactDecimal: typeof Decimal = /* @__PURE__ */ Decimal.clone({
  precision: 1e9,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
  minE: -9e15,
  maxE: 9e15,
});

/**
 * `a + b`, `a − b`, `a × b` and `Σ values`, exact (never rounded), as private Decimals.
 *
 * @internal
 */
export const exact = {
  plus: (a: Decimal.Value, b: Decimal.Value): Decimal => new KDecimal(new ExactDecimal(a).plus(b)),
  minus: (a: Decimal.Value, b: Decimal.Value): Decimal =>
    new KDecimal(new ExactDecimal(a).minus(b)),
  times: (a: Decimal.Value, b: Decimal.Value): Decimal =>
    new KDecimal(new ExactDecimal(a).times(b)),
  sum: (values: readonly Decimal.Value[]): Decimal => {
    let total = new ExactDecimal(0);
    for (const value of values) total = total.plus(value);
    return new KDecimal(total);
  },
} as const;
