import { divide } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";

/**
 * Lead conversion rate: leads that converted (to a sale or to the next stage) over leads,
 * `converted / leads`. It can exceed 1 when conversions and leads are counted in different windows
 * (a lead from last month converting this month); that is computed, not rejected.
 *
 * @param inputs - `converted` and `leads`, counts for the period.
 * @returns The rate as a fraction, or `null` when there are no leads.
 * @throws {KpiError} when a count is negative, fractional or not a number.
 * @example
 * ```ts
 * import { leadConversionRate } from "kinerja";
 *
 * console.log(leadConversionRate({ converted: 45, leads: 1200 })?.toString());
 * // 0.0375
 * ```
 * @category Marketing metrics
 */
export const leadConversionRate = /* @__PURE__ */ buildMetric({
  id: "lead_conversion_rate",
  label: { en: "Lead conversion rate", id: "Tingkat konversi prospek" },
  description: {
    en: "Share of leads that converted to the next stage or to a sale in the period.",
    id: "Porsi prospek (lead) yang berkonversi ke tahap berikutnya atau menjadi penjualan dalam periode.",
  },
  formula: "converted / leads",
  category: "marketing",
  unit: "ratio",
  direction: "higher_is_better",
  inputs: {
    converted: {
      domain: "count",
      rollup: "sum",
      label: { en: "Converted leads", id: "Prospek terkonversi" },
    },
    leads: { domain: "count", rollup: "sum", label: { en: "Leads", id: "Prospek" } },
  },
  sample: { model: "share", successes: "converted", trials: "leads" },
  references: ["https://orm-tech.com/glossary/conversion-rate-formula/"],
  compute: ({ converted, leads }) => divide(converted, leads),
});
