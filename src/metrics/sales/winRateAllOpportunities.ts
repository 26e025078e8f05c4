import { divide } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";
import { METRIC_EXPECTED } from "../messages.js";

/**
 * Win rate over all opportunities: won deals over every opportunity in the set (won, lost and still
 * open — for example all opportunities created in the period that passed discovery),
 * `won / opportunities`. Lower than `winRate` (`won / (won + lost)`) while deals are still open.
 * `won` counts the opportunities of that same set that were won, so it cannot exceed
 * `opportunities`.
 *
 * @param inputs - `won` and `opportunities`, counts of the same set of opportunities.
 * @returns The win rate as a fraction, or `null` when there are no opportunities.
 * @throws {KpiError} when a count is negative, fractional or not a number, or `won` exceeds `opportunities` (`inconsistent_inputs`).
 * @example
 * ```ts
 * import { winRateAllOpportunities } from "kinerja";
 *
 * console.log(winRateAllOpportunities({ won: 30, opportunities: 120 })?.toString());
 * // 0.25
 * ```
 * @category Sales metrics
 */
export const winRateAllOpportunities = /* @__PURE__ */ buildMetric({
  id: "win_rate_all_opportunities",
  label: { en: "Win rate (all opportunities)", id: "Rasio kemenangan (semua peluang)" },
  description: {
    en: "Share of all opportunities in the set (won, lost and open) that were won.",
    id: "Porsi seluruh peluang dalam kelompok (menang, kalah, dan masih terbuka) yang dimenangkan.",
  },
  formula: "won / opportunities",
  category: "sales",
  unit: "ratio",
  direction: "higher_is_better",
  inputs: {
    won: {
      domain: "count",
      rollup: "sum",
      label: { en: "Opportunities won", id: "Peluang dimenangkan" },
    },
    opportunities: {
      domain: "count",
      rollup: "sum",
      label: { en: "All opportunities", id: "Semua peluang" },
    },
  },
  sample: { model: "share", successes: "won", trials: "opportunities" },
  references: [
    "https://altiorco.com/revops-dictionary/win-rate",
    "https://orm-tech.com/glossary/win-rate-formula/",
  ],
  check: ({ won, opportunities }) =>
    won.gt(opportunities)
      ? [
          {
            input: "won",
            expected: METRIC_EXPECTED.atMostInput("opportunities", opportunities.toString()),
          },
        ]
      : [],
  compute: ({ won, opportunities }) => divide(won, opportunities),
});
