import { divide } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";
import { exact } from "../../model/exact.js";
import { METRIC_EXPECTED } from "../messages.js";

/**
 * Net revenue retention (NRR): the recurring revenue the customers present at the start still bring
 * at the end, over what they brought at the start,
 * `(recurringRevenueAtStart + expansionRevenue - contractionRevenue - churnedRevenue) / recurringRevenueAtStart`.
 * New customers are excluded. Above 1 (over 100 %) when expansion beats losses — computed, and the
 * sign of a healthy base. It is a cohort measure: a quarter's NRR follows the customers present at
 * the start of the quarter, so monthly movements cannot be summed into it (their rollup rule is
 * `none`); compute the quarter's movements for its own starting cohort, or report the last month's
 * trailing-twelve-month value. `null` when there was no recurring revenue at the start.
 *
 * @param inputs - `recurringRevenueAtStart` and the cohort's `expansionRevenue`, `contractionRevenue` and `churnedRevenue` (MRR amounts).
 * @returns The retention as a fraction, or `null` when `recurringRevenueAtStart` is 0.
 * @throws {KpiError} when an amount is negative or not a number, or the cohort lost more than it had (`inconsistent_inputs`).
 * @example
 * ```ts
 * import { netRevenueRetention } from "kinerja";
 *
 * const value = netRevenueRetention({
 *   recurringRevenueAtStart: 100_000_000,
 *   expansionRevenue: 15_000_000,
 *   contractionRevenue: 2_000_000,
 *   churnedRevenue: 5_000_000,
 * });
 * console.log(value?.toString());
 * // 1.08
 * ```
 * @category Customer metrics
 */
export const netRevenueRetention = /* @__PURE__ */ buildMetric({
  id: "net_revenue_retention",
  label: { en: "Net revenue retention", id: "Retensi pendapatan bersih" },
  description: {
    en: "Recurring revenue kept from the customers at the start, including expansion and net of downgrades and churn; new customers excluded; can exceed 100 %.",
    id: "Pendapatan berulang yang dipertahankan dari pelanggan di awal periode, termasuk ekspansi dan dikurangi penurunan paket serta churn; pelanggan baru tidak dihitung; bisa melebihi 100 %.",
  },
  formula:
    "(recurringRevenueAtStart + expansionRevenue - contractionRevenue - churnedRevenue) / recurringRevenueAtStart",
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
    expansionRevenue: {
      domain: "non_negative_amount",
      rollup: "none",
      label: { en: "Expansion MRR (upgrades)", id: "MRR ekspansi (peningkatan paket)" },
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
    "https://revenuecalculators.com/guides/net-revenue-retention",
    "https://changelog.baremetrics.com/new-metric-net-revenue-retention-2BOJIA",
    "https://saasgrid.com/docs/net-dollar-retention",
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
  compute: ({ recurringRevenueAtStart, expansionRevenue, contractionRevenue, churnedRevenue }) =>
    divide(
      exact.sum([
        recurringRevenueAtStart,
        expansionRevenue,
        contractionRevenue.neg(),
        churnedRevenue.neg(),
      ]),
      recurringRevenueAtStart,
    ),
});
