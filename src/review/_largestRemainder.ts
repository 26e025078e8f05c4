import type { Decimal } from "../core/decimal.js";
import { ExactDecimal } from "./precision.js";

/**
 * Rounds values to `places` decimal places so that they sum exactly to `total` (a multiple of
 * 10^-places): each is rounded down, and the units still missing go one each to the values with
 * the largest remainders (earlier values first on ties) — the largest-remainder (Hamilton) method.
 * @internal
 */
export function largestRemainder(
  values: readonly Decimal[],
  total: Decimal,
  places: number,
): Decimal[] {
  const unit = new ExactDecimal(10).pow(-places);
  const floors = values.map((value) => value.toDecimalPlaces(places, ExactDecimal.ROUND_FLOOR));
  const remainders = values.map((value, index) => value.minus(floors[index] as Decimal));
  let missing = total;
  for (const floor of floors) missing = missing.minus(floor);
  const units = Math.max(0, Math.min(values.length, missing.div(unit).round().toNumber()));
  const order = values
    .map((_, index) => index)
    .sort((a, b) => (remainders[b] as Decimal).comparedTo(remainders[a] as Decimal) || a - b);
  const result = [...floors];
  for (const index of order.slice(0, units)) result[index] = (result[index] as Decimal).plus(unit);
  return result;
}
