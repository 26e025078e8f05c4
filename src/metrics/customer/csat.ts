import { divide, undefinedBecause } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";
import { METRIC_EXPECTED } from "../messages.js";

/**
 * Customer satisfaction (CSAT), top-2-box: the share of responses in the satisfied boxes (4 or 5 on
 * a 1–5 scale), `satisfied / responses`. For the mean score see `csatMean`; `csatFromScores` turns
 * raw scores into these counts for any scale. Pooled counts roll up by summing. `null` with reason
 * `no_responses` when there are no responses.
 *
 * @param inputs - `satisfied` (responses in the satisfied boxes) and `responses` (all responses).
 * @returns The share as a fraction, or `null` when `responses` is 0.
 * @throws {KpiError} when a count is negative, fractional or not a number, or `satisfied` exceeds `responses` (`inconsistent_inputs`).
 * @example
 * ```ts
 * import { csat } from "kinerja";
 *
 * console.log(csat({ satisfied: 172, responses: 200 })?.toString());
 * // 0.86
 * console.log(csat.evaluate({ satisfied: 0, responses: 0 }));
 * // { value: null, reason: 'no_responses' }
 * ```
 * @category Customer metrics
 */
export const csat = /* @__PURE__ */ buildMetric({
  id: "csat",
  label: { en: "Customer satisfaction (CSAT)", id: "Kepuasan pelanggan (CSAT)" },
  description: {
    en: "Share of survey responses in the satisfied boxes (top-2-box: 4 or 5 on a 1–5 scale).",
    id: "Porsi jawaban survei pada kotak puas (dua kotak teratas: 4 atau 5 pada skala 1–5).",
  },
  formula: "satisfied / responses",
  category: "customer",
  unit: "ratio",
  direction: "higher_is_better",
  inputs: {
    satisfied: {
      domain: "count",
      rollup: "sum",
      label: { en: "Satisfied responses", id: "Jawaban puas" },
    },
    responses: { domain: "count", rollup: "sum", label: { en: "Responses", id: "Jawaban" } },
  },
  sample: { model: "share", successes: "satisfied", trials: "responses" },
  references: [
    "https://sogosurvey.com/help/introduction-to-customer-satisfaction-csat/",
    "https://help.smartsurvey.co.uk/article/customer-satisfaction-calculations",
  ],
  check: ({ satisfied, responses }) =>
    satisfied.gt(responses)
      ? [
          {
            input: "satisfied",
            expected: METRIC_EXPECTED.atMostInput("responses", responses.toString()),
          },
        ]
      : [],
  compute: ({ satisfied, responses }) =>
    responses.isZero() ? undefinedBecause("no_responses") : divide(satisfied, responses),
});
