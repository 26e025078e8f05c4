import { buildMetric } from "../../model/buildMetric.js";
import { meanScore, scoreSumOnScale } from "./meanScore.js";

/**
 * Customer Effort Score, CES 2.0 (Gartner): the mean agreement with "the company made it easy
 * for me to handle my issue" on a 1–7 scale (1 strongly disagree, 7 strongly agree), so higher is
 * better, `scoreSum / responses`. Never mix scales: the direction of the
 * number is part of its definition. For the legacy 1–5 "how much effort" scale, where higher is worse, see `cesEffort`. `cesFromScores(scores, { scale: "agreement_1_7" })`
 * validates raw scores and returns these inputs. Sums and counts roll up by summing. `null` with
 * reason `no_responses` when there are no responses.
 *
 * @param inputs - `scoreSum` (the 1–7 scores added up) and `responses`.
 * @returns The mean score from 1 to 7, or `null` when `responses` is 0.
 * @throws {KpiError} when a value is negative, fractional where a count is needed, or not a number, or `scoreSum` is outside 1 to 7 times `responses` (`inconsistent_inputs`).
 * @example
 * ```ts
 * import { ces } from "kinerja";
 *
 * console.log(ces({ scoreSum: 1120, responses: 200 })?.toString());
 * // 5.6
 * ```
 * @category Customer metrics
 */
export const ces = /* @__PURE__ */ buildMetric({
  id: "ces",
  label: { en: "Customer Effort Score (CES 2.0, 1–7)", id: "Skor Upaya Pelanggan (CES 2.0, 1–7)" },
  description: {
    en: 'Mean agreement on the CES 2.0 1–7 "made it easy" scale; higher means less effort.',
    id: 'Rata-rata persetujuan pada skala CES 2.0 1–7 "mudah"; makin tinggi makin sedikit upaya.',
  },
  formula: "scoreSum / responses",
  category: "customer",
  unit: "score",
  direction: "higher_is_better",
  inputs: {
    scoreSum: {
      domain: "non_negative_number",
      rollup: "sum",
      label: { en: "Sum of the scores (1–7)", id: "Jumlah skor (1–7)" },
    },
    responses: { domain: "count", rollup: "sum", label: { en: "Responses", id: "Jawaban" } },
  },
  sample: { model: "mean", n: "responses", sum: "scoreSum", bounds: { min: 1, max: 7 } },
  references: [
    "https://gartner.com/smarterwithgartner/unveiling-the-new-and-improved-customer-effort-score",
    "https://support.customergauge.com/support/solutions/articles/5000755869",
    "https://mopinion.atlassian.net/wiki/spaces/KB/pages/1232568446/Customer+Effort+Score",
  ],
  check: /* @__PURE__ */ scoreSumOnScale(1, 7),
  compute: meanScore,
});
