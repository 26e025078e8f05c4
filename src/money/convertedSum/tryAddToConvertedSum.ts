import type { KpiIssue } from "../../core/errors.js";
import type { MoneyEntry, RateTable } from "../types.js";
import { addEntry } from "./addEntry.js";
import type { ConvertedSumState } from "./state.js";

/**
 * `addToConvertedSum` that returns the problem with the entry (a missing rate, an unreadable
 * amount, currency or date) instead of throwing, leaving the state as it was: the step a
 * row-by-row reader needs to skip or collect bad rows. A bad state or rate table still throws.
 *
 * @param state - A converted-sum state.
 * @param entry - `{ amount, currency, date }`.
 * @param rates - A table from `parseRateTable`.
 * @returns `null` when the amount was added, else the issue (its message names the currency and date of a missing rate).
 * @throws {KpiError} `invalid_argument` when `state` or `rates` is not one; `inconsistent_inputs` for a rate read from another table with another value.
 * @example
 * ```ts
 * import { emptyConvertedSum, finalizeConvertedSum, parseRateTable, tryAddToConvertedSum } from "kinerja";
 *
 * const rates = parseRateTable({
 *   pivot: "USD",
 *   rates: [{ currency: "IDR", date: "2025-03-14", rate: "16350", source: "fictional" }],
 * });
 * const state = emptyConvertedSum({ to: "IDR", lookbackDays: 0 });
 * const problems = [
 *   { amount: "10", currency: "USD", date: "2025-03-14" },
 *   { amount: "10", currency: "USD", date: "2025-03-15" },
 *   { amount: "ten", currency: "USD", date: "2025-03-14" },
 * ].flatMap((row, index) => {
 *   const issue = tryAddToConvertedSum(state, row, rates);
 *   return issue === null ? [] : [`row ${index}: ${issue.message}`];
 * });
 * console.log(finalizeConvertedSum(state).value.toString());
 * // 163500
 * console.log(problems.join("\n"));
 * // row 1: tryAddToConvertedSum: the IDR spot rate for 2025-03-15 must be a day rate of IDR dated 2025-03-15 in the rate table (lookbackDays is 0), received none (the latest IDR day rate before it is dated 2025-03-14)
 * // row 2: tryAddToConvertedSum: entry.amount must be a finite number, a plain decimal string such as "1234.56", a bigint or a Decimal, received "ten"
 * ```
 * @category Money
 */
export function tryAddToConvertedSum(
  state: ConvertedSumState,
  entry: MoneyEntry,
  rates: RateTable,
): KpiIssue | null {
  return addEntry(state, entry, rates, "tryAddToConvertedSum");
}
