import type { KpiIssue } from "../core/errors.js";
import { type Conversion, type ConvertOptions, conversionOf } from "./conversion.js";
import { isMoneyIssue } from "./readEntry.js";
import type { MoneyEntry, RateTable } from "./types.js";

/**
 * The result of {@link tryConvert}: the conversion, or the problem with the entry.
 *
 * @category Money
 */
export type TryConvertResult =
  | { readonly ok: true; readonly conversion: Conversion }
  | { readonly ok: false; readonly issue: KpiIssue };

/**
 * `convert` that returns a problem with the entry — a missing rate, an unreadable amount,
 * currency or date — as data instead of throwing, for row-by-row use where bad rows are skipped or
 * collected into a data-quality report. Bad options and a bad rate table still throw: they are not
 * a row's fault.
 *
 * @param entry - `{ amount, currency, date }` (see `convert`).
 * @param rates - A table from `parseRateTable`.
 * @param options - As for `convert`.
 * @returns `{ ok: true, conversion }` or `{ ok: false, issue }`, where the issue names the currency and date.
 * @throws {KpiError} `invalid_option`, `invalid_time_zone` or `invalid_argument` for bad options or a bad rate table.
 * @example
 * ```ts
 * import { parseRateTable, tryConvert } from "kinerja";
 *
 * const rates = parseRateTable({
 *   pivot: "USD",
 *   rates: [{ currency: "IDR", date: "2025-03-14", rate: "16350", source: "fictional" }],
 * });
 * const rows = [
 *   { amount: 10, currency: "USD", date: "2025-03-14" },
 *   { amount: 10, currency: "USD", date: "2025-01-02" },
 * ];
 * for (const row of rows) {
 *   const result = tryConvert(row, rates, { to: "IDR" });
 *   console.log(result.ok ? result.conversion.value.toString() : `${result.issue.code}: ${result.issue.received}`);
 *   // 163500
 *   // out_of_domain: none (the earliest IDR day rate is dated 2025-03-14)
 * }
 * ```
 * @category Money
 */
export function tryConvert(
  entry: MoneyEntry,
  rates: RateTable,
  options: ConvertOptions,
): TryConvertResult {
  const result = conversionOf(entry, rates, options, "tryConvert");
  return isMoneyIssue(result) ? { ok: false, issue: result } : { ok: true, conversion: result };
}
