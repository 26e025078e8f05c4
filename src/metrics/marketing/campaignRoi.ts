import { divide } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";
import { exact } from "../../model/exact.js";

/**
 * Campaign ROI (finance definition): `(return - cost) / cost`. Negative when the campaign lost
 * money. Not ROAS (`revenue / spend`, see `roas`) and not ROMI (margin-based, see `romi`).
 *
 * @param inputs - `return` (revenue attributed to the campaign, may be negative after refunds) and `cost`.
 * @returns The ROI as a fraction (1.5 is 150 %), or `null` when the cost is 0.
 * @throws {KpiError} when the cost is negative or a value is not a number.
 * @example
 * ```ts
 * import { campaignRoi } from "kinerja";
 *
 * console.log(campaignRoi({ return: 25_000_000, cost: 10_000_000 })?.toString());
 * // 1.5
 * ```
 * @category Marketing metrics
 */
export const campaignRoi = /* @__PURE__ */ buildMetric({
  id: "campaign_roi",
  label: { en: "Campaign ROI", id: "ROI kampanye" },
  description: {
    en: "Return on a campaign's cost: (attributed return − cost) / cost.",
    id: "Imbal hasil atas biaya kampanye: (pendapatan yang diatribusikan − biaya) / biaya.",
  },
  formula: "(return - cost) / cost",
  category: "marketing",
  unit: "ratio",
  direction: "higher_is_better",
  inputs: {
    return: {
      domain: "amount",
      rollup: "sum",
      label: { en: "Attributed return", id: "Pendapatan teratribusi" },
    },
    cost: {
      domain: "non_negative_amount",
      rollup: "sum",
      label: { en: "Campaign cost", id: "Biaya kampanye" },
    },
  },
  references: ["https://metrickittools.com/guides/roi-guide"],
  compute: ({ return: attributed, cost }) => divide(exact.minus(attributed, cost), cost),
});
