import { defined } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";

/**
 * Website visitors: the number of distinct visitors (users) in the period, `visitors`. Distinct
 * counts do not add up across periods (a person who visits in January and February is one visitor
 * in the quarter), so its rollup rule is `none`: count the quarter's visitors from the raw data
 * (for example with `countDistinct`). For an additive traffic count use sessions.
 *
 * @param inputs - `visitors`: the distinct visitors of the period.
 * @returns The count as a Decimal.
 * @throws {KpiError} when the count is negative, fractional or not a number.
 * @example
 * ```ts
 * import { websiteVisitors } from "kinerja";
 *
 * console.log(websiteVisitors({ visitors: 18_250 })?.toString());
 * // 18250
 * ```
 * @category Marketing metrics
 */
export const websiteVisitors = /* @__PURE__ */ buildMetric({
  id: "website_visitors",
  label: { en: "Website visitors", id: "Pengunjung situs web" },
  description: {
    en: "Number of distinct visitors to the website in the period; not additive across periods.",
    id: "Jumlah pengunjung unik situs web dalam periode; tidak dapat dijumlahkan antarperiode.",
  },
  formula: "visitors",
  category: "marketing",
  unit: "count",
  direction: "higher_is_better",
  inputs: {
    visitors: {
      domain: "count",
      rollup: "none",
      label: { en: "Distinct visitors", id: "Pengunjung unik" },
    },
  },
  references: ["https://help.littledata.io/google-analytics/conversions/conversion-rate-ga4"],
  compute: ({ visitors }) => defined(visitors),
});
