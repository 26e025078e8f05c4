import { defined, undefinedBecause } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";
import { exact } from "../../model/exact.js";

/**
 * Net Promoter Score (Bain): the percentage of promoters (9–10 on the 0–10 scale) minus the
 * percentage of detractors (0–6), `(promoters - detractors) / (promoters + passives + detractors) × 100`.
 * Passives (7–8) count in the denominator. Reported as a number from -100 to 100, not a percentage;
 * the value is exact (round it when you display it). Pool the counts to roll up; never average NPS
 * values. `npsFromScores` turns raw 0–10 scores into these counts. `null` with reason `no_responses`
 * when there are no responses.
 *
 * @param inputs - `promoters`, `passives` and `detractors`: counts of responses.
 * @returns The score from -100 to 100, or `null` when there are no responses.
 * @throws {KpiError} when a count is negative, fractional or not a number.
 * @example
 * ```ts
 * import { nps } from "kinerja";
 *
 * console.log(nps({ promoters: 70, passives: 20, detractors: 10 })?.toString());
 * // 60
 * console.log(nps({ promoters: 1, passives: 1, detractors: 1 })?.toString());
 * // 0
 * console.log(nps.evaluate({ promoters: 0, passives: 0, detractors: 0 }));
 * // { value: null, reason: 'no_responses' }
 * ```
 * @category Customer metrics
 */
export const nps = /* @__PURE__ */ buildMetric({
  id: "nps",
  label: { en: "Net Promoter Score (NPS)", id: "Net Promoter Score (NPS)" },
  description: {
    en: "Percentage of promoters (9–10) minus percentage of detractors (0–6) on the 0–10 recommendation question, from −100 to 100.",
    id: "Persentase promotor (9–10) dikurangi persentase detraktor (0–6) pada pertanyaan rekomendasi skala 0–10, dari −100 sampai 100.",
  },
  formula: "(promoters - detractors) / (promoters + passives + detractors) × 100",
  category: "customer",
  unit: "net_score",
  direction: "higher_is_better",
  inputs: {
    promoters: {
      domain: "count",
      rollup: "sum",
      label: { en: "Promoters (9–10)", id: "Promotor (9–10)" },
    },
    passives: {
      domain: "count",
      rollup: "sum",
      label: { en: "Passives (7–8)", id: "Pasif (7–8)" },
    },
    detractors: {
      domain: "count",
      rollup: "sum",
      label: { en: "Detractors (0–6)", id: "Detraktor (0–6)" },
    },
  },
  sample: { model: "nps", promoters: "promoters", passives: "passives", detractors: "detractors" },
  references: [
    "https://nps.bain.com/about/measuring-your-net-promoter-score/",
    "https://pypi.org/project/django-nps/0.7.2/",
  ],
  compute: ({ promoters, passives, detractors }) => {
    const responses = exact.sum([promoters, passives, detractors]);
    if (responses.isZero()) return undefinedBecause("no_responses");
    return defined(exact.times(exact.minus(promoters, detractors), 100).div(responses));
  },
});
