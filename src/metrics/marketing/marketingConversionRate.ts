import { divide } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";
import { METRIC_EXPECTED } from "../messages.js";

/**
 * Marketing (website) conversion rate, as GA4's session key-event rate: sessions with at least one
 * conversion over sessions, `convertedSessions / sessions`. Not conversions ÷ sessions (a session
 * with two conversions counts once), and not per user (users are not additive across periods).
 *
 * @param inputs - `convertedSessions` (sessions with at least one conversion) and `sessions`.
 * @returns The rate as a fraction, or `null` when there are no sessions.
 * @throws {KpiError} when a count is negative, fractional or not a number, or `convertedSessions` exceeds `sessions` (`inconsistent_inputs`).
 * @example
 * ```ts
 * import { marketingConversionRate } from "kinerja";
 *
 * console.log(marketingConversionRate({ convertedSessions: 360, sessions: 12_000 })?.toString());
 * // 0.03
 * ```
 * @category Marketing metrics
 */
export const marketingConversionRate = /* @__PURE__ */ buildMetric({
  id: "marketing_conversion_rate",
  label: { en: "Marketing conversion rate", id: "Tingkat konversi pemasaran" },
  description: {
    en: "Share of website sessions with at least one conversion (key event).",
    id: "Porsi sesi situs web yang memiliki setidaknya satu konversi (peristiwa utama).",
  },
  formula: "convertedSessions / sessions",
  category: "marketing",
  unit: "ratio",
  direction: "higher_is_better",
  inputs: {
    convertedSessions: {
      domain: "count",
      rollup: "sum",
      label: { en: "Sessions with a conversion", id: "Sesi dengan konversi" },
    },
    sessions: { domain: "count", rollup: "sum", label: { en: "Sessions", id: "Sesi" } },
  },
  sample: { model: "share", successes: "convertedSessions", trials: "sessions" },
  references: ["https://help.littledata.io/google-analytics/conversions/conversion-rate-ga4"],
  check: ({ convertedSessions, sessions }) =>
    convertedSessions.gt(sessions)
      ? [
          {
            input: "convertedSessions",
            expected: METRIC_EXPECTED.atMostInput("sessions", sessions.toString()),
          },
        ]
      : [],
  compute: ({ convertedSessions, sessions }) => divide(convertedSessions, sessions),
});
