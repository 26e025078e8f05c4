import { divide } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";
import { METRIC_EXPECTED } from "../messages.js";

/**
 * Market share (revenue, Farris): your sales revenue over the revenue of the whole market you define,
 * `revenue / marketRevenue`. For the share of units see `unitMarketShare`. `null` when the market
 * is 0.
 *
 * @param inputs - `revenue` (yours) and `marketRevenue` (the whole market's, yours included).
 * @returns The share as a fraction, or `null` when `marketRevenue` is 0.
 * @throws {KpiError} when an amount is negative or not a number, or `revenue` exceeds `marketRevenue` (`inconsistent_inputs`).
 * @example
 * ```ts
 * import { marketShare } from "kinerja";
 *
 * console.log(marketShare({ revenue: 120_000_000_000, marketRevenue: 1_500_000_000_000 })?.toString());
 * // 0.08
 * ```
 * @category Marketing metrics
 */
export const marketShare = /* @__PURE__ */ buildMetric({
  id: "market_share",
  label: { en: "Market share (revenue)", id: "Pangsa pasar (pendapatan)" },
  description: {
    en: "Your revenue as a share of the revenue of the whole market.",
    id: "Pendapatan Anda sebagai porsi pendapatan seluruh pasar.",
  },
  formula: "revenue / marketRevenue",
  category: "marketing",
  unit: "ratio",
  direction: "higher_is_better",
  inputs: {
    revenue: {
      domain: "non_negative_amount",
      rollup: "sum",
      label: { en: "Your revenue", id: "Pendapatan Anda" },
    },
    marketRevenue: {
      domain: "non_negative_amount",
      rollup: "sum",
      label: { en: "Market revenue", id: "Pendapatan pasar" },
    },
  },
  references: ["https://informit.com/articles/article.aspx?p=463943&seqNum=2"],
  check: ({ revenue, marketRevenue }) =>
    revenue.gt(marketRevenue)
      ? [
          {
            input: "revenue",
            expected: METRIC_EXPECTED.atMostInput("marketRevenue", marketRevenue.toString()),
          },
        ]
      : [],
  compute: ({ revenue, marketRevenue }) => divide(revenue, marketRevenue),
});
