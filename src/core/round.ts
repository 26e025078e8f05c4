import { Decimal } from "decimal.js";
import { fail } from "./errors.js";
import { describe, EXPECTED } from "./messages.js";
import { type Numeric, readDecimal } from "./numeric.js";

/**
 * Rounding modes, named as in `Intl.NumberFormat`'s `roundingMode`:
 *
 * | mode | 2.345 → 2 places | -2.345 → 2 places | meaning |
 * | --- | --- | --- | --- |
 * | `halfExpand` (default) | 2.35 | -2.35 | ties away from zero: spreadsheet `ROUND`, SQL `ROUND`, Intl |
 * | `halfEven` | 2.34 | -2.34 | ties to the even digit (banker's rounding) |
 * | `halfTrunc` | 2.34 | -2.34 | ties toward zero |
 * | `halfCeil` | 2.35 | -2.34 | ties toward +∞ |
 * | `halfFloor` | 2.34 | -2.35 | ties toward −∞ |
 * | `ceil` / `floor` | | | toward +∞ / −∞ |
 * | `expand` / `trunc` | | | away from / toward zero |
 * @category Numbers and errors
 */
export type RoundingMode =
  | "ceil"
  | "floor"
  | "expand"
  | "trunc"
  | "halfCeil"
  | "halfFloor"
  | "halfExpand"
  | "halfTrunc"
  | "halfEven";

/** The decimal.js rounding constant for a mode, or undefined for an unknown mode. @internal */
export function decimalRounding(mode: unknown): Decimal.Rounding | undefined {
  switch (mode) {
    case "ceil":
      return Decimal.ROUND_CEIL;
    case "floor":
      return Decimal.ROUND_FLOOR;
    case "expand":
      return Decimal.ROUND_UP;
    case "trunc":
      return Decimal.ROUND_DOWN;
    case "halfCeil":
      return Decimal.ROUND_HALF_CEIL;
    case "halfFloor":
      return Decimal.ROUND_HALF_FLOOR;
    case "halfExpand":
      return Decimal.ROUND_HALF_UP;
    case "halfTrunc":
      return Decimal.ROUND_HALF_DOWN;
    case "halfEven":
      return Decimal.ROUND_HALF_EVEN;
    default:
      return undefined;
  }
}

/**
 * Rounds a value to a number of decimal places — the only place, with `formatValue`, where the
 * library rounds. Exact: `round("2.345", 2)` is 2.35, not the 2.34 a float gives.
 *
 * @param value - The value to round.
 * @param places - Decimal places, an integer from 0 to 100 (default 0).
 * @param mode - The {@link RoundingMode} (default `"halfExpand"`: ties away from zero).
 * @returns The rounded Decimal.
 * @throws {KpiError} `invalid_number` for a value that is not a {@link Numeric}; `invalid_option` for bad places or mode.
 * @example
 * ```ts
 * import { round } from "kinerja";
 *
 * console.log(round("2.345", 2).toString(), round("2.345", 2, "halfEven").toString());
 * // 2.35 2.34
 * console.log(round("-2.345", 2).toString());
 * // -2.35
 * ```
 * @category Numbers and errors
 */
export function round(value: Numeric, places = 0, mode: RoundingMode = "halfExpand"): Decimal {
  const decimal = readDecimal(value, { subject: "round", path: ["value"] });
  if (!Number.isInteger(places) || places < 0 || places > 100) {
    fail({
      code: "invalid_option",
      subject: "round",
      path: ["places"],
      expected: EXPECTED.places,
      received: describe(places),
    });
  }
  const rounding = decimalRounding(mode);
  if (rounding === undefined) {
    fail({
      code: "invalid_option",
      subject: "round",
      path: ["mode"],
      expected: EXPECTED.roundingMode,
      received: describe(mode),
    });
  }
  const result = decimal.toDecimalPlaces(places, rounding);
  return result.isZero() ? result.abs() : result;
}
