import { resolveSettings } from "../settings.js";
import type { ConversionSettings } from "../types.js";
import { type ConvertedSumState, createState } from "./state.js";

/**
 * Options of {@link emptyConvertedSum}: the {@link ConversionSettings} every amount of the sum is
 * converted with.
 *
 * @category Money
 */
export type EmptyConvertedSumOptions = ConversionSettings;

/**
 * A new, empty converted sum: the start of a converting, mergeable accumulator (grow it with
 * `addToConvertedSum`, combine states with `mergeConvertedSums`, read it with
 * `finalizeConvertedSum`, move it with `serializeConvertedSum` / `deserializeConvertedSum`).
 *
 * @param options - `to` (the reporting currency), `method` (default `"spot"`), `timeZone` (default `"UTC"`), `lookbackDays` (default 7).
 * @returns An empty state.
 * @throws {KpiError} `invalid_option` or `invalid_time_zone` for bad options.
 * @example
 * ```ts
 * import { emptyConvertedSum, finalizeConvertedSum } from "kinerja";
 *
 * const state = emptyConvertedSum({ to: "IDR", method: "spot", timeZone: "Asia/Jakarta" });
 * console.log(finalizeConvertedSum(state).value.toString(), state.lookbackDays);
 * // 0 7
 * ```
 * @category Money
 */
export function emptyConvertedSum(options: EmptyConvertedSumOptions): ConvertedSumState {
  return createState(resolveSettings(options, "emptyConvertedSum"));
}
