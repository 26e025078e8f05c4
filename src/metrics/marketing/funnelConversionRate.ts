import { divide } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";

/**
 * Funnel conversion rate: the share of records at one funnel stage that reached a later stage,
 * `to / from` — stage to stage (MQL → SQL) or end to end (MQL → customer). Count both stages over
 * the same window. Counted per period, the rate can exceed 1 (records entering `to` this month came
 * from `from` last month); that is computed, not rejected. For a whole funnel at once see
 * `funnelConversionRates`. Rolls up as a ratio of sums.
 *
 * @param inputs - `from` (records at the earlier stage) and `to` (records that reached the later stage).
 * @returns The rate as a fraction, or `null` when `from` is 0.
 * @throws {KpiError} when a count is negative, fractional or not a number.
 * @example
 * ```ts
 * import { funnelConversionRate } from "kinerja";
 *
 * console.log(funnelConversionRate({ from: 400, to: 120 })?.toString());
 * // 0.3
 * ```
 * @category Marketing metrics
 */
export const funnelConversionRate = /* @__PURE__ */ buildMetric({
  id: "funnel_conversion_rate",
  label: { en: "Funnel conversion rate", id: "Tingkat konversi corong" },
  description: {
    en: "Share of records at one funnel stage that reached a later stage (stage to stage or end to end).",
    id: "Porsi data pada satu tahap corong yang mencapai tahap berikutnya (antar tahap atau dari awal hingga akhir).",
  },
  formula: "to / from",
  category: "marketing",
  unit: "ratio",
  direction: "higher_is_better",
  inputs: {
    from: {
      domain: "count",
      rollup: "sum",
      label: { en: "Records at the earlier stage", id: "Data pada tahap awal" },
    },
    to: {
      domain: "count",
      rollup: "sum",
      label: {
        en: "Records that reached the later stage",
        id: "Data yang mencapai tahap berikutnya",
      },
    },
  },
  sample: { model: "share", successes: "to", trials: "from" },
  references: [
    "https://orm-tech.com/glossary/conversion-rate-formula/",
    "https://mdz.ai/pt/tools/lead-conversion-rate-calculator",
  ],
  compute: ({ from, to }) => divide(to, from),
});
