import { buildMetric } from "../../model/buildMetric.js";
import { METRIC_EXPECTED } from "../messages.js";
import { meanScore } from "./meanScore.js";

/**
 * Customer satisfaction, mean score: the sum of the scores over the number of responses,
 * `scoreSum / responses`, on the survey's own scale (state the scale when you report it). Sums and
 * counts roll up by summing. `null` with reason `no_responses` when there are no responses.
 *
 * @param inputs - `scoreSum` (the scores added up) and `responses`.
 * @returns The mean score, or `null` when `responses` is 0.
 * @throws {KpiError} when a value is negative or not a number, or `scoreSum` is not 0 while `responses` is 0 (`inconsistent_inputs`).
 * @example
 * ```ts
 * import { csatMean } from "kinerja";
 *
 * console.log(csatMean({ scoreSum: 842, responses: 200 })?.toString());
 * // 4.21
 * ```
 * @category Customer metrics
 */
export const csatMean = /* @__PURE__ */ buildMetric({
  id: "csat_mean",
  label: { en: "Customer satisfaction (mean score)", id: "Kepuasan pelanggan (skor rata-rata)" },
  description: {
    en: "Mean satisfaction score of the survey responses, on the survey's scale.",
    id: "Skor kepuasan rata-rata dari jawaban survei, pada skala survei tersebut.",
  },
  formula: "scoreSum / responses",
  category: "customer",
  unit: "score",
  direction: "higher_is_better",
  inputs: {
    scoreSum: {
      domain: "non_negative_number",
      rollup: "sum",
      label: { en: "Sum of the scores", id: "Jumlah skor" },
    },
    responses: { domain: "count", rollup: "sum", label: { en: "Responses", id: "Jawaban" } },
  },
  sample: { model: "mean", n: "responses", sum: "scoreSum" },
  references: [
    "https://questionpro.com/help/customer-experience/csat-cx.html",
    "https://help.smartsurvey.co.uk/article/customer-satisfaction-calculations",
  ],
  check: ({ scoreSum, responses }) =>
    responses.isZero() && !scoreSum.isZero()
      ? [{ input: "scoreSum", expected: METRIC_EXPECTED.zeroWhenInputZero("responses") }]
      : [],
  compute: meanScore,
});
