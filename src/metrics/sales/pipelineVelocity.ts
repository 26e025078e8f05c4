import { divide, undefinedBecause } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";
import { exact } from "../../model/exact.js";
import { METRIC_EXPECTED } from "../messages.js";

/**
 * Pipeline velocity: the revenue the pipeline is expected to close per day,
 * `opportunities × average deal size × win rate / sales cycle length`. Its three ratios are taken
 * from additive inputs so that months roll up correctly: average deal size = `wonAmount / wonDeals`,
 * win rate = `wonDeals / (wonDeals + lostDeals)`, cycle = `wonCycleDays / wonDeals`, which simplifies
 * to `openOpportunities × wonAmount × wonDeals / ((wonDeals + lostDeals) × wonCycleDays)`.
 * `openOpportunities` is a snapshot (open qualified opportunities at the end of the period, rolled up
 * with `last`); the others are flows of the period (summed). `null` when no deal was won or the cycle
 * is 0 days.
 *
 * @param inputs - `openOpportunities`, `wonAmount`, `wonDeals`, `lostDeals`, `wonCycleDays` (days to close summed over won deals).
 * @returns The expected revenue per day, or `null` with reason `zero_denominator`.
 * @throws {KpiError} when a value is negative or not a number, or `wonAmount` or `wonCycleDays` is not 0 while `wonDeals` is 0 (`inconsistent_inputs`).
 * @example
 * ```ts
 * import { pipelineVelocity } from "kinerja";
 *
 * // 40 open opportunities, average won deal 50 000 000, win rate 25 %, 50-day cycle
 * const value = pipelineVelocity({
 *   openOpportunities: 40,
 *   wonAmount: 500_000_000,
 *   wonDeals: 10,
 *   lostDeals: 30,
 *   wonCycleDays: 500,
 * });
 * console.log(value?.toString());
 * // 10000000
 * ```
 * @category Sales metrics
 */
export const pipelineVelocity = /* @__PURE__ */ buildMetric({
  id: "pipeline_velocity",
  label: { en: "Pipeline velocity", id: "Kecepatan pipeline" },
  description: {
    en: "Revenue the open pipeline is expected to close per day: opportunities × average deal size × win rate ÷ sales cycle length.",
    id: "Pendapatan yang diperkirakan ditutup pipeline terbuka per hari: peluang × rata-rata nilai kesepakatan × rasio kemenangan ÷ lama siklus penjualan.",
  },
  formula:
    "openOpportunities × (wonAmount / wonDeals) × (wonDeals / (wonDeals + lostDeals)) / (wonCycleDays / wonDeals)",
  category: "sales",
  unit: "currency_per_day",
  direction: "higher_is_better",
  inputs: {
    openOpportunities: {
      domain: "count",
      rollup: "last",
      label: { en: "Open opportunities at period end", id: "Peluang terbuka di akhir periode" },
    },
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
    lostDeals: {
      domain: "count",
      rollup: "sum",
      label: { en: "Deals lost", id: "Kesepakatan kalah" },
    },
    wonCycleDays: {
      domain: "non_negative_number",
      rollup: "sum",
      label: {
        en: "Days to close, summed over won deals",
        id: "Total hari hingga ditutup, kesepakatan menang",
      },
    },
  },
  references: [
    "https://kpitree.co/integrations/salesforce/sales-pipeline-velocity",
    "https://revopsdictionary.com/term/sales-cycle-length",
  ],
  check: ({ wonAmount, wonDeals, wonCycleDays }) => {
    if (!wonDeals.isZero()) return [];
    const expected = METRIC_EXPECTED.zeroWhenInputZero("wonDeals");
    return [
      ...(wonAmount.isZero() ? [] : [{ input: "wonAmount" as const, expected }]),
      ...(wonCycleDays.isZero() ? [] : [{ input: "wonCycleDays" as const, expected }]),
    ];
  },
  compute: ({ openOpportunities, wonAmount, wonDeals, lostDeals, wonCycleDays }) => {
    if (wonDeals.isZero() || wonCycleDays.isZero()) return undefinedBecause("zero_denominator");
    return divide(
      exact.times(exact.times(openOpportunities, wonAmount), wonDeals),
      exact.times(exact.plus(wonDeals, lostDeals), wonCycleDays),
    );
  },
});
