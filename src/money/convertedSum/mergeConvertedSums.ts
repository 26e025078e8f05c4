import { fail } from "../../core/errors.js";
import { MONEY_EXPECTED, MONEY_RECEIVED } from "../messages.js";
import { stateArgument } from "./addEntry.js";
import { mergeStateInto } from "./mergeStateInto.js";
import { type ConvertedSumState, createState } from "./state.js";

/**
 * Merges two converted sums into a new one holding both states' amounts (the arguments are left
 * alone). Merging adds the exact per-currency sums, so it is commutative and associative, and the
 * converted total of a merge is exactly that of one pass over all the records: conversion commutes
 * with merging.
 *
 * @param a - A converted-sum state.
 * @param b - Another, with the same settings (reporting currency, method, time zone, lookback).
 * @returns A new state.
 * @throws {KpiError} `invalid_argument` when either is not a state; `inconsistent_inputs` when the
 * settings differ, or when one rate (currency and date) has different values in the two states.
 * @example
 * ```ts
 * import { addToConvertedSum, emptyConvertedSum, finalizeConvertedSum, mergeConvertedSums, parseRateTable } from "kinerja";
 *
 * const rates = parseRateTable({
 *   pivot: "USD",
 *   source: "fictional example rates",
 *   rates: [
 *     { currency: "IDR", date: "2025-03-13", rate: "16300" },
 *     { currency: "IDR", date: "2025-03-14", rate: "16350" },
 *   ],
 * });
 * const worker1 = emptyConvertedSum({ to: "IDR" });
 * addToConvertedSum(worker1, { amount: "100", currency: "USD", date: "2025-03-13" }, rates);
 * const worker2 = emptyConvertedSum({ to: "IDR" });
 * addToConvertedSum(worker2, { amount: "100", currency: "USD", date: "2025-03-14" }, rates);
 * const both = finalizeConvertedSum(mergeConvertedSums(worker1, worker2));
 * console.log(both.value.toString(), both.rates.map((rate) => rate.kind === "day" && rate.date).join(" "));
 * // 3265000 2025-03-13 2025-03-14
 * ```
 * @category Money
 */
export function mergeConvertedSums(a: ConvertedSumState, b: ConvertedSumState): ConvertedSumState {
  const left = stateArgument(a, "mergeConvertedSums", ["a"]);
  const right = stateArgument(b, "mergeConvertedSums", ["b"]);
  if (
    left.to !== right.to ||
    left.method !== right.method ||
    left.timeZone !== right.timeZone ||
    left.lookbackDays !== right.lookbackDays
  ) {
    fail({
      code: "inconsistent_inputs",
      subject: "mergeConvertedSums",
      path: ["b"],
      expected: MONEY_EXPECTED.sameSettings(left.to, left.method, left.timeZone, left.lookbackDays),
      received: MONEY_RECEIVED.settings(right.to, right.method, right.timeZone, right.lookbackDays),
    });
  }
  const merged = createState(left.settings);
  mergeStateInto(merged, left, "mergeConvertedSums");
  mergeStateInto(merged, right, "mergeConvertedSums");
  return merged;
}
