import { divide } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";
import { METRIC_EXPECTED } from "../messages.js";

/**
 * Unit market share (Farris): the units you sold over the units sold in the whole market,
 * `units / marketUnits`. Units may be fractional (litres, kilograms). For the revenue share see
 * `marketShare`. `null` when the market is 0.
 *
 * @param inputs - `units` (yours) and `marketUnits` (the whole market's, yours included).
 * @returns The share as a fraction, or `null` when `marketUnits` is 0.
 * @throws {KpiError} when a quantity is negative or not a number, or `units` exceeds `marketUnits` (`inconsistent_inputs`).
 * @example
 * ```ts
 * import { unitMarketShare } from "kinerja";
 *
 * console.log(unitMarketShare({ units: 45_000, marketUnits: 300_000 })?.toString());
 * // 0.15
 * ```
 * @category Marketing metrics
 */
export const unitMarketShare = /* @__PURE__ */ buildMetric({
  id: "unit_market_share",
  label: { en: "Market share (units)", id: "Pangsa pasar (unit)" },
  description: {
    en: "Units you sold as a share of the units sold in the whole market.",
    id: "Unit yang Anda jual sebagai porsi unit yang terjual di seluruh pasar.",
  },
  formula: "units / marketUnits",
  category: "marketing",
  unit: "ratio",
  direction: "higher_is_better",
  inputs: {
    units: {
      domain: "non_negative_number",
      rollup: "sum",
      label: { en: "Your units sold", id: "Unit terjual Anda" },
    },
    marketUnits: {
      domain: "non_negative_number",
      rollup: "sum",
      label: { en: "Market units sold", id: "Unit terjual di pasar" },
    },
  },
  references: ["https://informit.com/articles/article.aspx?p=463943&seqNum=2"],
  check: ({ units, marketUnits }) =>
    units.gt(marketUnits)
      ? [
          {
            input: "units",
            expected: METRIC_EXPECTED.atMostInput("marketUnits", marketUnits.toString()),
          },
        ]
      : [],
  compute: ({ units, marketUnits }) => divide(units, marketUnits),
});
