import { KpiError } from "../../core/errors.js";
import type { MoneyEntry, RateTable } from "../types.js";
import { addEntry } from "./addEntry.js";
import type { ConvertedSumState } from "./state.js";

/**
 * Adds one amount to a converted sum (mutating the state): its rates are looked up now, by the
 * state's method, at the entry's own date, and the amount is kept exactly in its own currency next
 * to those rates.
 *
 * @param state - A state from `emptyConvertedSum`, `mergeConvertedSums` or `deserializeConvertedSum`.
 * @param entry - `{ amount, currency, date }` (the closing method needs no date).
 * @param rates - A table from `parseRateTable`.
 * @returns Nothing; the state holds the amount.
 * @throws {KpiError} `out_of_domain` when a rate is missing (naming the currency and the date);
 * `invalid_number`, `invalid_argument` or `invalid_date` for a bad entry (the state is left as it
 * was); `inconsistent_inputs` when the same rate was read from another table with another value.
 * @example
 * ```ts
 * import { addToConvertedSum, emptyConvertedSum, finalizeConvertedSum, parseRateTable } from "kinerja";
 *
 * const rates = parseRateTable({
 *   pivot: "USD",
 *   source: "fictional example rates",
 *   rates: [
 *     { currency: "IDR", date: "2025-03-13", rate: "16300" },
 *     { currency: "IDR", date: "2025-03-14", rate: "16350" },
 *   ],
 * });
 * const spend = emptyConvertedSum({ to: "IDR" });
 * addToConvertedSum(spend, { amount: "100", currency: "USD", date: "2025-03-13" }, rates);
 * addToConvertedSum(spend, { amount: "100", currency: "USD", date: "2025-03-14" }, rates);
 * addToConvertedSum(spend, { amount: "500000", currency: "IDR", date: "2025-03-14" }, rates);
 * console.log(finalizeConvertedSum(spend).value.toString());
 * // 3765000
 * ```
 * @category Money
 */
export function addToConvertedSum(
  state: ConvertedSumState,
  entry: MoneyEntry,
  rates: RateTable,
): void {
  const issue = addEntry(state, entry, rates, "addToConvertedSum");
  if (issue !== null) throw new KpiError([issue]);
}
