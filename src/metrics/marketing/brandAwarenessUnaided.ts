import { buildMetric } from "../../model/buildMetric.js";
import { awarenessCheck, awarenessReferences, awarenessShare, surveyedInput } from "./awareness.js";

/**
 * Brand awareness, unaided (recall): the share of surveyed members of the target population who
 * named the brand without a prompt, `aware / surveyed`. See `brandAwarenessAided` for the other variant. Rolling survey waves
 * up pools the samples (sums both counts); for the latest wave only, use that wave's counts. Weight
 * the counts beforehand if your sample needs weighting. `null` with reason `no_responses` when no
 * one was surveyed.
 *
 * @param inputs - `aware` (respondents aware of the brand) and `surveyed` (all respondents).
 * @returns The awareness as a fraction, or `null` when `surveyed` is 0.
 * @throws {KpiError} when a count is negative, fractional or not a number, or `aware` exceeds `surveyed` (`inconsistent_inputs`).
 * @example
 * ```ts
 * import { brandAwarenessUnaided } from "kinerja";
 *
 * console.log(brandAwarenessUnaided({ aware: 230, surveyed: 1000 })?.toString());
 * // 0.23
 * ```
 * @category Marketing metrics
 */
export const brandAwarenessUnaided = /* @__PURE__ */ buildMetric({
  id: "brand_awareness_unaided",
  label: { en: "Brand awareness (unaided)", id: "Kesadaran merek (tidak terbantu)" },
  description: {
    en: "Share of the surveyed target population who named the brand without a prompt.",
    id: "Porsi responden dari populasi sasaran yang menyebut merek tanpa dibantu.",
  },
  formula: "aware / surveyed",
  category: "marketing",
  unit: "ratio",
  direction: "higher_is_better",
  inputs: {
    aware: {
      domain: "count",
      rollup: "sum",
      label: {
        en: "Respondents who recalled the brand unprompted",
        id: "Responden yang mengingat merek tanpa dibantu",
      },
    },
    surveyed: surveyedInput,
  },
  sample: { model: "share", successes: "aware", trials: "surveyed" },
  references: awarenessReferences,
  check: awarenessCheck,
  compute: awarenessShare,
});
