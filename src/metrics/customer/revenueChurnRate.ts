import { divide } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";
import { exact } from "../../model/exact.js";

/**
 * Revenue churn rate (gross MRR churn): recurring revenue lost in the period to cancellations and
 * downgrades, over the recurring revenue at its start,
 * `(churnedRevenue + contractionRevenue) / recurringRevenueAtStart`. Lower is better. Expansion is
 * not netted out (see `netRevenueRetention`). Like `churnRate` it is a period measure: rolling months
 * up keeps the first month's start and sums the losses. `null` when there was no recurring revenue at
 * the start.
 *
 * @param inputs - `recurringRevenueAtStart` (MRR at the start), `churnedRevenue` (MRR of cancelled customers) and `contractionRevenue` (MRR lost to downgrades).
 * @returns The revenue churn as a fraction, or `null` when `recurringRevenueAtStart` is 0.
 * @throws {KpiError} when an amount is negative or not a number.
 * @example
 * ```ts
 * import { revenueChurnRate } from "kinerja";
 *
 * const value = revenueChurnRate({ recurringRevenueAtStart: 100_000_000, churnedRevenue: 3_000_000, contractionRevenue: 1_000_000 });
 * console.log(value?.toString());
 * // 0.04
 * ```
 * @category Customer metrics
 */
export const revenueChurnRate = /* @__PURE__ */ buildMetric({
  id: "revenue_churn_rate",
  label: { en: "Revenue churn rate", id: "Tingkat churn pendapatan" },
  description: {
    en: "Recurring revenue lost to cancellations and downgrades as a share of the recurring revenue at the start of the period.",
    id: "Pendapatan berulang yang hilang karena pembatalan dan penurunan paket sebagai porsi pendapatan berulang di awal periode.",
  },
  formula: "(churnedRevenue + contractionRevenue) / recurringRevenueAtStart",
  category: "customer",
  unit: "ratio",
  direction: "lower_is_better",
  inputs: {
    recurringRevenueAtStart: {
      domain: "non_negative_amount",
      rollup: "first",
      label: {
        en: "Recurring revenue (MRR) at the start",
        id: "Pendapatan berulang (MRR) di awal periode",
      },
    },
    churnedRevenue: {
      domain: "non_negative_amount",
      rollup: "sum",
      label: { en: "Churned MRR", id: "MRR yang berhenti (churn)" },
    },
    contractionRevenue: {
      domain: "non_negative_amount",
      rollup: "sum",
      label: { en: "Contraction MRR (downgrades)", id: "MRR kontraksi (penurunan paket)" },
    },
  },
  references: [
    "https://changelog.baremetrics.com/new-metric-net-revenue-retention-2BOJIA",
    "https://help.chartmogul.com/hc/en-us/articles/203359321",
  ],
  compute: ({ recurringRevenueAtStart, churnedRevenue, contractionRevenue }) =>
    divide(exact.plus(churnedRevenue, contractionRevenue), recurringRevenueAtStart),
});
