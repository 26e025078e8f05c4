import { divide, type KpiResult, undefinedBecause } from "../../core/result.js";
import type { DecimalInputs, InputConflict, InputSpec } from "../../model/types.js";
import { METRIC_EXPECTED } from "../messages.js";

// What the three brand awareness metrics share: they differ only in how awareness was asked.

/** The respondents input of every awareness metric. @internal */
export const surveyedInput: InputSpec = {
  domain: "count",
  rollup: "sum",
  label: { en: "Respondents surveyed", id: "Responden yang disurvei" },
};

/** The sources of every awareness metric. @internal */
export const awarenessReferences: readonly string[] = [
  "https://marketing-dictionary.org/b/brand-awareness/",
  "https://b2binternational.com/research/methods/faq/measure-brand-awareness/",
];

type AwarenessInputs = { readonly aware: InputSpec; readonly surveyed: InputSpec };

/** More aware respondents than respondents cannot be right. @internal */
export function awarenessCheck({
  aware,
  surveyed,
}: DecimalInputs<AwarenessInputs>): readonly InputConflict<AwarenessInputs>[] {
  return aware.gt(surveyed)
    ? [{ input: "aware", expected: METRIC_EXPECTED.atMostInput("surveyed", surveyed.toString()) }]
    : [];
}

/** aware / surveyed, `null` (`no_responses`) when no one was surveyed. @internal */
export function awarenessShare({ aware, surveyed }: DecimalInputs<AwarenessInputs>): KpiResult {
  return surveyed.isZero() ? undefinedBecause("no_responses") : divide(aware, surveyed);
}
