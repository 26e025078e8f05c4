import { divide } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";

/**
 * Return on ad spend (ROAS): attributed revenue per unit of ad spend, `revenue / adSpend`, a
 * multiple (4 means 4× the spend came back as revenue). Not ROI: there is no `- 1` and no cost
 * netted out (see `campaignRoi` and `romi`). Google Meridian's "ROI" (incremental outcome ÷ spend) is
 * this shape. Use the same attribution window for revenue and spend. `null` when the spend is 0.
 *
 * @param inputs - `revenue` (attributed revenue, may be negative after refunds) and `adSpend`.
 * @returns The multiple, or `null` when `adSpend` is 0.
 * @throws {KpiError} when the spend is negative or a value is not a number.
 * @example
 * ```ts
 * import { roas } from "kinerja";
 *
 * console.log(roas({ revenue: 42_000_000, adSpend: 10_000_000 })?.toString());
 * // 4.2
 * ```
 * @category Marketing metrics
 */
export const roas = /* @__PURE__ */ buildMetric({
  id: "roas",
  label: { en: "Return on ad spend (ROAS)", id: "Imbal hasil belanja iklan (ROAS)" },
  description: {
    en: "Revenue attributed to advertising per unit of ad spend, as a multiple.",
    id: "Pendapatan yang diatribusikan ke iklan per satuan belanja iklan, sebagai kelipatan.",
  },
  formula: "revenue / adSpend",
  category: "marketing",
  unit: "multiple",
  direction: "higher_is_better",
  inputs: {
    revenue: {
      domain: "amount",
      rollup: "sum",
      label: { en: "Attributed revenue", id: "Pendapatan teratribusi" },
    },
    adSpend: {
      domain: "non_negative_amount",
      rollup: "sum",
      label: { en: "Ad spend", id: "Belanja iklan" },
    },
  },
  references: [
    "https://metrickittools.com/guides/roi-guide",
    "https://developers.google.com/meridian/docs/basics/roi-mroi-contribution-parameterizations",
  ],
  compute: ({ revenue, adSpend }) => divide(revenue, adSpend),
});
