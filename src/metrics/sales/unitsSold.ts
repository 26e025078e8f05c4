import { defined } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";

/**
 * Units sold: the number of units in the period's orders, `units`. A plain count that rolls up by
 * summing; net out returned units before passing them if you report net units.
 *
 * @param inputs - `units`: the count of units sold.
 * @returns The count as a Decimal.
 * @throws {KpiError} when the count is negative, fractional or not a number.
 * @example
 * ```ts
 * import { unitsSold } from "kinerja";
 *
 * console.log(unitsSold({ units: 1250 })?.toString());
 * // 1250
 * ```
 * @category Sales metrics
 */
export const unitsSold = /* @__PURE__ */ buildMetric({
  id: "units_sold",
  label: { en: "Units sold", id: "Unit terjual" },
  description: {
    en: "Number of units sold in the period.",
    id: "Jumlah unit yang terjual dalam periode.",
  },
  formula: "units",
  category: "sales",
  unit: "count",
  direction: "higher_is_better",
  inputs: {
    units: { domain: "count", rollup: "sum", label: { en: "Units sold", id: "Unit terjual" } },
  },
  references: ["https://informit.com/articles/article.aspx?p=463943&seqNum=2"],
  compute: ({ units }) => defined(units),
});
