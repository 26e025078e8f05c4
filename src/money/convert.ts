import { KpiError } from "../core/errors.js";
import { type Conversion, type ConvertOptions, conversionOf } from "./conversion.js";
import { isMoneyIssue } from "./readEntry.js";
import type { MoneyEntry, RateTable } from "./types.js";

/**
 * Converts an amount into a reporting currency at the rate its method chooses — the spot rate of
 * the transaction date, the average rate of the period containing it, or the closing rate at a
 * closing date (see `CONVERSION_METHODS`) — exactly: cross rates through the pivot and inverse
 * rates are exact fractions, and the value is rounded only when the quotient does not terminate
 * (to 34 significant digits, `exact: false`). It is never rounded to the currency's minor unit
 * (use `roundToMinorUnit` or formatting for that). A missing rate is an error naming the currency
 * and the date, never a zero.
 *
 * @param entry - `{ amount, currency, date }`: the date is `YYYY-MM-DD` or an instant (taken in
 * `options.timeZone`); the closing method needs none.
 * @param rates - A table from `parseRateTable`.
 * @param options - `to` (the reporting currency), `method` (default `"spot"`), `at` (the closing
 * date, for `closing`), `timeZone` (default `"UTC"`), `lookbackDays` (default 7).
 * @returns The {@link Conversion}: value, whether it is exact, and the rates used.
 * @throws {KpiError} `out_of_domain` when the table has no rate for a currency at the date;
 * `invalid_number`, `invalid_argument` or `invalid_date` for a bad entry; `invalid_option` or
 * `invalid_time_zone` for bad options; `invalid_argument` when `rates` is not a rate table.
 * @example
 * ```ts
 * import { convert, parseRateTable } from "kinerja";
 *
 * const rates = parseRateTable({
 *   pivot: "USD",
 *   source: "fictional example rates",
 *   rates: [
 *     { currency: "IDR", date: "2025-03-14", rate: "16350" },
 *     { currency: "EUR", date: "2025-03-14", rate: "0.92" },
 *   ],
 * });
 * const spend = convert({ amount: "1200.50", currency: "USD", date: "2025-03-15" }, rates, { to: "IDR" });
 * console.log(spend.value.toString(), spend.exact, spend.rates[0]?.date);
 * // 19628175 true 2025-03-14
 *
 * const back = convert({ amount: "19628175", currency: "IDR", date: "2025-03-15" }, rates, { to: "USD" });
 * console.log(back.value.toString(), back.exact);
 * // 1200.5 true
 *
 * const euros = convert({ amount: 100, currency: "EUR", date: "2025-03-14" }, rates, { to: "IDR" });
 * console.log(euros.value.toString(), euros.exact);
 * // 1777173.913043478260869565217391304 false
 *
 * try {
 *   convert({ amount: 5, currency: "USD", date: "2025-04-01" }, rates, { to: "IDR" });
 * } catch (error) {
 *   console.log((error as Error).message);
 *   // convert: the IDR spot rate for 2025-04-01 must be a day rate of IDR in the rate table dated 2025-03-25 to 2025-04-01 (on the date, or up to 7 days before it; raise lookbackDays to reach further back), received none (the latest IDR day rate before it is dated 2025-03-14)
 * }
 * ```
 * @category Money
 */
export function convert(entry: MoneyEntry, rates: RateTable, options: ConvertOptions): Conversion {
  const result = conversionOf(entry, rates, options, "convert");
  if (isMoneyIssue(result)) throw new KpiError([result]);
  return result;
}
