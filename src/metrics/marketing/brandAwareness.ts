import { buildMetric } from "../../model/buildMetric.js";
import { awarenessCheck, awarenessReferences, awarenessShare, surveyedInput } from "./awareness.js";

/**
 * Brand awareness: the share of surveyed members of the target population who are aware of the
 * brand, `aware / surveyed`, whatever the question asked. When you know how awareness was asked,
 * prefer the named variants `brandAwareness` (recognition from a list) or
 * `brandAwarenessUnaided` (spontaneous recall): the two differ a lot and must not be compared. Rolling survey waves
 * up pools the samples (sums both counts); for the latest wave only, use that wave's counts. Weight
 * the counts beforehand if your sample needs weighting. `null` with reason `no_responses` when no
 * one was surveyed.
 *
 * @param inputs - `aware` (respondents aware of the brand) and `surveyed` (all respondents).
 * @returns The awareness as a fraction, or `null` when `surveyed` is 0.
 * @throws {KpiError} when a count is negative, fractional or not a number, or `aware` exceeds `surveyed` (`inconsistent_inputs`).
 * @example
 * ```ts
 * import { brandAwareness } from "kinerja";
 *
 * console.log(brandAwareness({ aware: 640, surveyed: 1000 })?.toString());
 * // 0.64
 * ```
 * @category Marketing metrics
 */
export const brandAwareness = /* @__PURE__ */ buildMetric({
  id: "brand_awareness",
  label: { en: "Brand awareness", id: "Kesadaran merek" },
  description: {
    en: "Share of the surveyed target population who are aware of the brand (aided or unaided, as asked).",
    id: "Porsi responden dari populasi sasaran yang mengenal merek (terbantu atau tidak, sesuai pertanyaan survei).",
  },
  formula: "aware / surveyed",
  category: "marketing",
  unit: "ratio",
  direction: "higher_is_better",
  inputs: {
    aware: {
      domain: "count",
      rollup: "sum",
      label: { en: "Respondents aware of the brand", id: "Responden yang mengenal merek" },
    },
    surveyed: surveyedInput,
  },
  sample: { model: "share", successes: "aware", trials: "surveyed" },
  references: awarenessReferences,
  check: awarenessCheck,
  compute: awarenessShare,
});
