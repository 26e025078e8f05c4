import { defined } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";

/**
 * New prospects: the number of new leads or prospects created in the period, `prospects`.
 * Deduplicate before counting (one person, one prospect). Rolls up by summing.
 *
 * @param inputs - `prospects`: the count of new prospects.
 * @returns The count as a Decimal.
 * @throws {KpiError} when the count is negative, fractional or not a number.
 * @example
 * ```ts
 * import { newProspects } from "kinerja";
 *
 * console.log(newProspects({ prospects: 320 })?.toString());
 * // 320
 * ```
 * @category Sales metrics
 */
export const newProspects = /* @__PURE__ */ buildMetric({
  id: "new_prospects",
  label: { en: "New prospects", id: "Prospek baru" },
  description: {
    en: "Number of new (deduplicated) leads or prospects created in the period.",
    id: "Jumlah prospek atau lead baru (tanpa duplikat) yang tercipta dalam periode.",
  },
  formula: "prospects",
  category: "sales",
  unit: "count",
  direction: "higher_is_better",
  inputs: {
    prospects: {
      domain: "count",
      rollup: "sum",
      label: { en: "New prospects", id: "Prospek baru" },
    },
  },
  references: ["https://orm-tech.com/glossary/conversion-rate-formula/"],
  compute: ({ prospects }) => defined(prospects),
});
