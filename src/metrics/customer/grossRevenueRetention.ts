import { divide } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";
import { exact } from "../../model/exact.js";
import { METRIC_EXPECTED } from "../messages.js";

/**
 * Gross revenue retention (GRR): the recurring revenue the customers present at the start still
 * bring, counting no expansion, over what they brought at the start,
 * `(recurringRevenueAtStart - contractionRevenue - churnedRevenue) / recurringRevenueAtStart` — the
 * same as PostHog's `Σ min(current, base) / Σ base` when `contractionRevenue` is the sum of each
 * customer's net decrease (a customer who upgraded and downgraded counts only a net decrease). Always
 * between 0 and 1. A cohort measure like `netRevenueRetention`: movements are not summed across
 * periods (rollup `none`). `null` when there was no recurring revenue at the start.
 *
 * @param inputs - `recurringRevenueAtStart` and the cohort's `contractionRevenue` and `churnedRevenue` (MRR amounts).
 * @returns The retention as a fraction, or `null` when `recurringRevenueAtStart` is 0.
 * @throws {KpiError} when an amount is negative or not a number, or the cohort lost more than it had (`inconsistent_inputs`).
 * @example
 * ```ts
 * import { grossRevenueRetention } from "kinerja";
 *
 * const value = grossRevenueRetention({ recurringRevenueAtStart: 100_000_000, contractionRevenue: 2_000_000, churnedRevenue: 5_000_000 });
 * console.log(value?.toString());
 * // 0.93
 * ```
 * @category Customer metrics
 */
export const grossRevenueRetention = /* @__PURE__ */ buildMetric({
  id: "gross_revenue_retention",
  label: { en: "Gross revenue retention", id: "Retensi pendapatan kotor" },
  description: {
    en: "Recurring revenue kept from the customers at the start, net of downgrades and churn and without expansion; at most 100 %.",
    id: "Pendapatan berulang yang dipertahankan dari pelanggan di awal periode, dikurangi penurunan paket dan churn tanpa ekspansi; paling tinggi 100 %.",
  },
  formula:
    "(recurringRevenueAtStart - contractionRevenue - churnedRevenue) / recurringRevenueAtStart",
  category: "customer",
  unit: "ratio",
  direction: "higher_is_better",
  inputs: {
    recurringRevenueAtStart: {
      domain: "non_negative_amount",
      rollup: "first",
      label: {
        en: "Recurring revenue (MRR) at the start",
        id: "Pendapatan berulang (MRR) di awal periode",
      },
    },
    contractionRevenue: {
      domain: "non_negative_amount",
      rollup: "none",
      label: { en: "Contraction MRR (downgrades)", id: "MRR kontraksi (penurunan paket)" },
    },
    churnedRevenue: {
      domain: "non_negative_amount",
      rollup: "none",
      label: { en: "Churned MRR", id: "MRR yang berhenti (churn)" },
    },
  },
  references: [
    "https://posthog.com/handbook/growth/revops/retention-metrics",
    "https://revenuecalculators.com/guides/net-revenue-retention",
  ],
  check: ({ recurringRevenueAtStart, contractionRevenue, churnedRevenue }) =>
    exact.plus(churnedRevenue, contractionRevenue).gt(recurringRevenueAtStart)
      ? [
          {
            input: "churnedRevenue",
            expected: METRIC_EXPECTED.atMostTotal(
              "recurringRevenueAtStart - contractionRevenue",
              exact.minus(recurringRevenueAtStart, contractionRevenue).toString(),
            ),
          },
        ]
      : [],
  compute: ({ recurringRevenueAtStart, contractionRevenue, churnedRevenue }) =>
    divide(
      exact.sum([recurringRevenueAtStart, contractionRevenue.neg(), churnedRevenue.neg()]),
      recurringRevenueAtStart,
    ),
});
