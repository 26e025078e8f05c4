import { divide } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";

/**
 * Cost per lead (CPL): marketing spend over new leads, `spend / leads`. Lower is better. `null` when
 * there are no leads (some calculators silently return 0; the cost per lead of zero leads does not
 * exist).
 *
 * @param inputs - `spend` (marketing spend) and `leads` (new leads).
 * @returns The cost per lead, or `null` when `leads` is 0.
 * @throws {KpiError} when the spend is negative, the count is negative or fractional, or a value is not a number.
 * @example
 * ```ts
 * import { costPerLead } from "kinerja";
 *
 * console.log(costPerLead({ spend: 15_000_000, leads: 300 })?.toString());
 * // 50000
 * console.log(costPerLead.evaluate({ spend: 15_000_000, leads: 0 }));
 * // { value: null, reason: 'zero_denominator' }
 * ```
 * @category Marketing metrics
 */
export const costPerLead = /* @__PURE__ */ buildMetric({
  id: "cost_per_lead",
  label: { en: "Cost per lead", id: "Biaya per prospek" },
  description: {
    en: "Marketing spend per new lead.",
    id: "Belanja pemasaran per prospek (lead) baru.",
  },
  formula: "spend / leads",
  category: "marketing",
  unit: "currency",
  direction: "lower_is_better",
  inputs: {
    spend: {
      domain: "non_negative_amount",
      rollup: "sum",
      label: { en: "Marketing spend", id: "Belanja pemasaran" },
    },
    leads: { domain: "count", rollup: "sum", label: { en: "New leads", id: "Prospek baru" } },
  },
  references: ["https://theprimecalculator.com/business/cost-per-lead-calculator/formula"],
  compute: ({ spend, leads }) => divide(spend, leads),
});
