import { divide } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";
import { METRIC_EXPECTED } from "../messages.js";

/**
 * Sales cycle length (closed deals): the average number of days from creation to close over every
 * deal closed in the period, won or lost, `totalDays / closedDeals`. Usually shorter than the
 * won-only `salesCycleLength`, because lost deals tend to close early. `null` when no deal closed.
 *
 * @param inputs - `totalDays`: the days to close summed over the closed deals; `closedDeals`: their count.
 * @returns The average days to close, or `null` when `closedDeals` is 0.
 * @throws {KpiError} when a value is negative or not a number, or `totalDays` is not 0 while `closedDeals` is 0 (`inconsistent_inputs`).
 * @example
 * ```ts
 * import { salesCycleLengthClosed } from "kinerja";
 *
 * console.log(salesCycleLengthClosed({ totalDays: 900, closedDeals: 30 })?.toString());
 * // 30
 * ```
 * @category Sales metrics
 */
export const salesCycleLengthClosed = /* @__PURE__ */ buildMetric({
  id: "sales_cycle_length_closed",
  label: {
    en: "Sales cycle length (won and lost)",
    id: "Lama siklus penjualan (menang dan kalah)",
  },
  description: {
    en: "Average days from creation to close of every deal closed in the period, won or lost.",
    id: "Rata-rata hari dari pembuatan hingga penutupan semua kesepakatan yang ditutup dalam periode, menang maupun kalah.",
  },
  formula: "totalDays / closedDeals",
  category: "sales",
  unit: "days",
  direction: "lower_is_better",
  inputs: {
    totalDays: {
      domain: "non_negative_number",
      rollup: "sum",
      label: {
        en: "Days to close, summed over closed deals",
        id: "Total hari hingga ditutup, kesepakatan tertutup",
      },
    },
    closedDeals: {
      domain: "count",
      rollup: "sum",
      label: { en: "Deals closed (won and lost)", id: "Kesepakatan ditutup (menang dan kalah)" },
    },
  },
  references: ["https://usedaymark.io/metrics/sales-cycle-length"],
  check: ({ totalDays, closedDeals }) =>
    closedDeals.isZero() && !totalDays.isZero()
      ? [{ input: "totalDays", expected: METRIC_EXPECTED.zeroWhenInputZero("closedDeals") }]
      : [],
  compute: ({ totalDays, closedDeals }) => divide(totalDays, closedDeals),
});
