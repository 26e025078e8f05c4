import { stateArgument } from "./addEntry.js";
import { type ConvertedSumState, type SerializedConvertedSum, serializeState } from "./state.js";

/**
 * A converted sum as plain JSON — settings, and per currency and set of rates the exact sum as
 * decimal text with the rates themselves — to send to another process and merge there. Parts come
 * in a fixed order, so equal states serialize to equal JSON.
 *
 * @param state - A converted-sum state.
 * @returns The {@link SerializedConvertedSum}.
 * @throws {KpiError} `invalid_argument` when `state` is not a converted-sum state.
 * @example
 * ```ts
 * import { addToConvertedSum, emptyConvertedSum, parseRateTable, serializeConvertedSum } from "kinerja";
 *
 * const rates = parseRateTable({
 *   pivot: "USD",
 *   rates: [{ currency: "IDR", date: "2025-03-14", rate: "16350", source: "fictional" }],
 * });
 * const state = emptyConvertedSum({ to: "IDR" });
 * addToConvertedSum(state, { amount: "12.5", currency: "USD", date: "2025-03-14" }, rates);
 * console.log(JSON.stringify(serializeConvertedSum(state)));
 * // {"kind":"converted_sum","version":1,"to":"IDR","method":"spot","timeZone":"UTC","lookbackDays":7,"parts":[{"currency":"USD","amount":"12.5","records":1,"rates":[{"currency":"IDR","rate":"16350","date":"2025-03-14","source":"fictional"}]}]}
 * ```
 * @category Money
 */
export function serializeConvertedSum(state: ConvertedSumState): SerializedConvertedSum {
  return serializeState(stateArgument(state, "serializeConvertedSum", ["state"]));
}
