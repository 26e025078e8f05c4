import { divide } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";
import { METRIC_EXPECTED } from "../messages.js";

/**
 * Sales cycle length (won deals): the average number of days from creation to close over the deals
 * won in the period, `totalDays / wonDeals`. Lost deals are left out (RevOps Dictionary); for the
 * variant that counts won and lost deals see `salesCycleLengthClosed`. Rolls up as total days over
 * total deals, never a mean of monthly means. `null` when no deal was won.
 *
 * @param inputs - `totalDays`: the days to close summed over the won deals; `wonDeals`: their count.
 * @returns The average days to close, or `null` when `wonDeals` is 0.
 * @throws {KpiError} when a value is negative or not a number, or `totalDays` is not 0 while `wonDeals` is 0 (`inconsistent_inputs`).
 * @example
 * ```ts
 * import { salesCycleLength } from "kinerja";
 *
 * console.log(salesCycleLength({ totalDays: 540, wonDeals: 12 })?.toString());
 * // 45
 * ```
 * @category Sales metrics
 */
export const salesCycleLength = /* @__PURE__ */ buildMetric({
  id: "sales_cycle_length",
  label: { en: "Sales cycle length", id: "Lama siklus penjualan" },
  description: {
    en: "Average days from creation to close of the deals won in the period (lost deals excluded).",
    id: "Rata-rata hari dari pembuatan hingga penutupan kesepakatan yang dimenangkan dalam periode (kesepakatan kalah tidak dihitung).",
  },
  formula: "totalDays / wonDeals",
  category: "sales",
  unit: "days",
  direction: "lower_is_better",
  inputs: {
    totalDays: {
      domain: "non_negative_number",
      rollup: "sum",
      label: {
        en: "Days to close, summed over won deals",
        id: "Total hari hingga ditutup, kesepakatan menang",
      },
    },
    wonDeals: {
      domain: "count",
      rollup: "sum",
      label: { en: "Deals won", id: "Kesepakatan dimenangkan" },
    },
  },
  references: ["https://revopsdictionary.com/term/sales-cycle-length"],
  check: ({ totalDays, wonDeals }) =>
    wonDeals.isZero() && !totalDays.isZero()
      ? [{ input: "totalDays", expected: METRIC_EXPECTED.zeroWhenInputZero("wonDeals") }]
      : [],
  compute: ({ totalDays, wonDeals }) => divide(totalDays, wonDeals),
});
