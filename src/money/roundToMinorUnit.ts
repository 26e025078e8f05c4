import type { Decimal } from "../core/decimal.js";
import { raise } from "../core/errors.js";
import { type Numeric, readDecimal } from "../core/numeric.js";
import { decimalRounding, type RoundingMode, round } from "../core/round.js";
import { CURRENCIES, isCurrencyCode } from "./currencies.js";
import { MONEY_EXPECTED } from "./messages.js";

/**
 * Rounds an amount to its currency's ISO 4217 minor unit: 2 places for IDR, USD and EUR, 0 for JPY,
 * KRW and VND, 3 for KWD and BHD. Conversions are never rounded on their own; call this when an
 * amount must be booked or paid in whole minor units. (Intl shows IDR without decimals: for whole
 * rupiah, use `round(value, 0)`; see `CURRENCIES` for both figures.)
 *
 * @param value - The amount.
 * @param currency - Its ISO 4217 code.
 * @param mode - The rounding mode (default `"halfExpand"`, ties away from zero; `"halfEven"` for banker's rounding).
 * @returns The rounded amount.
 * @throws {KpiError} `invalid_number` for a value that is not a Numeric; `invalid_argument` for an
 * unsupported currency; `invalid_option` for an unknown mode.
 * @example
 * ```ts
 * import { roundToMinorUnit } from "kinerja";
 *
 * console.log(roundToMinorUnit("1777173.9130434782", "IDR").toString());
 * // 1777173.91
 * console.log(roundToMinorUnit("15432.5", "JPY").toString(), roundToMinorUnit("15432.5", "JPY", "halfEven").toString());
 * // 15433 15432
 * console.log(roundToMinorUnit("1.23456", "KWD").toString());
 * // 1.235
 * ```
 * @category Money
 */
export function roundToMinorUnit(
  value: Numeric,
  currency: string,
  mode: RoundingMode = "halfExpand",
): Decimal {
  const amount = readDecimal(value, { subject: "roundToMinorUnit", path: ["value"] });
  if (!isCurrencyCode(currency)) {
    raise("invalid_argument", "roundToMinorUnit", ["currency"], MONEY_EXPECTED.currency, currency);
  }
  if (decimalRounding(mode) === undefined) {
    raise("invalid_option", "roundToMinorUnit", ["mode"], MONEY_EXPECTED.minorUnitMode, mode);
  }
  return round(amount, CURRENCIES[currency].minorUnit, mode);
}
