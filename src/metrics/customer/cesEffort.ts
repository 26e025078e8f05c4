import { buildMetric } from "../../model/buildMetric.js";
import { meanScore, scoreSumOnScale } from "./meanScore.js";

/**
 * Customer Effort Score, legacy effort scale: the mean answer to "how much effort did you
 * personally have to put forth" on a 1–5 scale (1 very low effort, 5 very high effort), so lower is
 * better, `scoreSum / responses`. Never mix scales: the direction of the
 * number is part of its definition. For the CES 2.0 1–7 agreement scale, where higher is better, see `ces`. `cesFromScores(scores, { scale: "effort_1_5" })`
 * validates raw scores and returns these inputs. Sums and counts roll up by summing. `null` with
 * reason `no_responses` when there are no responses.
 *
 * @param inputs - `scoreSum` (the 1–5 scores added up) and `responses`.
 * @returns The mean score from 1 to 5, or `null` when `responses` is 0.
 * @throws {KpiError} when a value is negative, fractional where a count is needed, or not a number, or `scoreSum` is outside 1 to 5 times `responses` (`inconsistent_inputs`).
 * @example
 * ```ts
 * import { cesEffort } from "kinerja";
 *
 * console.log(cesEffort({ scoreSum: 460, responses: 200 })?.toString());
 * // 2.3
 * ```
 * @category Customer metrics
 */
export const cesEffort = /* @__PURE__ */ buildMetric({
  id: "ces_effort",
  label: {
    en: "Customer Effort Score (legacy effort, 1–5)",
    id: "Skor Upaya Pelanggan (upaya, skala lama 1–5)",
  },
  description: {
    en: 'Mean answer on the legacy 1–5 "how much effort" scale; lower means less effort.',
    id: 'Rata-rata jawaban pada skala lama 1–5 "seberapa besar upaya"; makin rendah makin sedikit upaya.',
  },
  formula: "scoreSum / responses",
  category: "customer",
  unit: "score",
  direction: "lower_is_better",
  inputs: {
    scoreSum: {
      domain: "non_negative_number",
      rollup: "sum",
      label: { en: "Sum of the scores (1–5)", id: "Jumlah skor (1–5)" },
    },
    responses: { domain: "count", rollup: "sum", label: { en: "Responses", id: "Jawaban" } },
  },
  sample: { model: "mean", n: "responses", sum: "scoreSum", bounds: { min: 1, max: 5 } },
  references: [
    "https://mopinion.atlassian.net/wiki/spaces/KB/pages/1232568446/Customer+Effort+Score",
    "https://gartner.com/smarterwithgartner/unveiling-the-new-and-improved-customer-effort-score",
  ],
  check: /* @__PURE__ */ scoreSumOnScale(1, 5),
  compute: meanScore,
});
