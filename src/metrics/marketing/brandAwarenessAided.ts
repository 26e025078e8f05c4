import { buildMetric } from "../../model/buildMetric.js";
import { awarenessCheck, awarenessReferences, awarenessShare, surveyedInput } from "./awareness.js";

/**
 * Brand awareness, aided (recognition): the share of surveyed members of the target population who
 * recognised the brand when shown or named it in a list, `aware / surveyed`. See `brandAwarenessUnaided` for the other variant. Rolling survey waves
 * up pools the samples (sums both counts); for the latest wave only, use that wave's counts. Weight
 * the counts beforehand if your sample needs weighting. `null` with reason `no_responses` when no
 * one was surveyed.
 *
 * @param inputs - `aware` (respondents aware of the brand) and `surveyed` (all respondents).
 * @returns The awareness as a fraction, or `null` when `surveyed` is 0.
 * @throws {KpiError} when a count is negative, fractional or not a number, or `aware` exceeds `surveyed` (`inconsistent_inputs`).
 * @example
 * ```ts
 * import { brandAwarenessAided } from "kinerja";
 *
 * console.log(brandAwarenessAided({ aware: 640, surveyed: 1000 })?.toString());
 * // 0.64
 * ```
 * @category Marketing metrics
 */
export const brandAwarenessAided = /* @__PURE__ */ buildMetric({
  id: "brand_awareness_aided",
  label: { en: "Brand awareness (aided)", id: "Kesadaran merek (terbantu)" },
  description: {
    en: "Share of the surveyed target population who recognised the brand when shown or named it in a list.",
    id: "Porsi responden dari populasi sasaran yang mengenali merek saat ditunjukkan atau disebutkan dalam daftar.",
  },
  formula: "aware / surveyed",
  category: "marketing",
  unit: "ratio",
  direction: "higher_is_better",
  inputs: {
    aware: {
      domain: "count",
      rollup: "sum",
      label: { en: "Respondents who recognised the brand", id: "Responden yang mengenali merek" },
    },
    surveyed: surveyedInput,
  },
  sample: { model: "share", successes: "aware", trials: "surveyed" },
  references: awarenessReferences,
  check: awarenessCheck,
  compute: awarenessShare,
});
