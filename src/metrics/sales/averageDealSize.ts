import { divide } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";
import { METRIC_EXPECTED } from "../messages.js";

/**
 * Average deal size: the amount of won deals over their number, `wonAmount / wonDeals`. Rolls up as
 * a ratio of sums. `null` when no deal was won.
 *
 * @param inputs - `wonAmount` (total amount of deals won) and `wonDeals` (their count).
 * @returns The average amount per won deal, or `null` when `wonDeals` is 0.
 * @throws {KpiError} when the amount is negative, the count is negative or fractional, a value is not a number, or `wonAmount` is not 0 while `wonDeals` is 0 (`inconsistent_inputs`).
 * @example
 * ```ts
 * import { averageDealSize } from "kinerja";
 *
 * console.log(averageDealSize({ wonAmount: 450_000_000, wonDeals: 12 })?.toString());
 * // 37500000
 * console.log(averageDealSize.evaluate({ wonAmount: 0, wonDeals: 0 }));
 * // { value: null, reason: 'zero_denominator' }
 * ```
 * @category Sales metrics
 */
export const averageDealSize = /* @__PURE__ */ buildMetric({
  id: "average_deal_size",
  label: { en: "Average deal size", id: "Rata-rata nilai kesepakatan" },
  description: {
    en: "Average amount of the deals won in the period.",
    id: "Rata-rata nilai kesepakatan yang dimenangkan dalam periode.",
  },
  formula: "wonAmount / wonDeals",
  category: "sales",
  unit: "currency",
  direction: "higher_is_better",
  inputs: {
    wonAmount: {
      domain: "non_negative_amount",
      rollup: "sum",
      label: { en: "Amount of deals won", id: "Nilai kesepakatan yang dimenangkan" },
    },
    wonDeals: {
      domain: "count",
      rollup: "sum",
      label: { en: "Deals won", id: "Kesepakatan dimenangkan" },
    },
  },
  references: ["https://kpitree.co/integrations/salesforce/sales-pipeline-velocity"],
  check: ({ wonAmount, wonDeals }) =>
    wonDeals.isZero() && !wonAmount.isZero()
      ? [{ input: "wonAmount", expected: METRIC_EXPECTED.zeroWhenInputZero("wonDeals") }]
      : [],
  compute: ({ wonAmount, wonDeals }) => divide(wonAmount, wonDeals),
});
