import { type Decimal, KDecimal } from "../core/decimal.js";
import { raise } from "../core/errors.js";
import type { Numeric } from "../core/numeric.js";
import { critical, moments } from "./_meanMath.js";
import { readConfidence, readMinimum, readObject, readOptions, readValue } from "./_read.js";
import { REVIEW_EXPECTED } from "./messages.js";
import type { MomentStateInput } from "./momentState.js";
import { readMomentState } from "./momentState.js";
import { clamp, lowerBound, resultValue, upperBound } from "./precision.js";
import { ANSWERS_MINIMUM, flagged, notFlagged, type SmallSample } from "./smallSample.js";

/**
 * Options of {@link meanInterval}.
 *
 * @category Review statistics
 */
export interface MeanIntervalOptions {
  /** The confidence level, 0 < c ≤ 0.999999999 (default 0.95). */
  readonly confidence?: Numeric;
  /** The least number of answers not flagged as a small sample (default 30). */
  readonly minimum?: number;
  /** The scale's ends, to clamp the bounds to (for example `{ min: 1, max: 5 }` for CSAT). */
  readonly bounds?: { readonly min: Numeric; readonly max: Numeric };
}

/**
 * An interval for a mean of scores. Values are rounded to 20 decimal places (bounds outward).
 * `method` says which quantile was used: `"student_t"` with n − 1 degrees of freedom, or
 * `"normal"` above 10 000 001 answers. With no answers everything is `null` (`reason: "no_data"`);
 * with one answer the mean exists but the spread does not (`reason: "single_observation"`).
 *
 * @category Review statistics
 */
export interface MeanInterval {
  readonly model: "mean";
  readonly method: "student_t" | "normal";
  readonly confidence: Decimal;
  readonly n: number;
  readonly estimate: Decimal | null;
  readonly standardDeviation: Decimal | null;
  readonly standardError: Decimal | null;
  readonly degreesOfFreedom: number | null;
  readonly lower: Decimal | null;
  readonly upper: Decimal | null;
  readonly smallSample: SmallSample;
  readonly reason: "no_data" | "single_observation" | null;
}

function readBounds(value: unknown, subject: string): { min: Decimal; max: Decimal } | null {
  if (value === undefined) return null;
  const bounds = readObject(value, subject, ["options", "bounds"]);
  const min = readValue(bounds.min, subject, ["options", "bounds", "min"]);
  const max = readValue(bounds.max, subject, ["options", "bounds", "max"]);
  if (max.lt(min)) {
    raise(
      "invalid_option",
      subject,
      ["options", "bounds", "max"],
      REVIEW_EXPECTED.bandOrder,
      bounds.max,
    );
  }
  return { min, max };
}

/**
 * A confidence interval for a mean of scores (CSAT mean, CES) from its exact mergeable state.
 *
 * The t interval mean ± t(1 − α/2, n − 1)·s/√n, with s² = (n·Σx² − (Σx)²)/(n(n − 1)) whose
 * numerator is computed exactly (no cancellation), so small survey samples get the wider
 * Student interval rather than the normal one. Flagged as a small sample under 30 answers
 * (configurable) or when every answer is the same.
 *
 * @param state - The {@link MomentState} (or the same fields as plain data).
 * @param options - Confidence, small-sample minimum and the scale's bounds.
 * @returns The {@link MeanInterval}.
 * @throws {KpiError} for a state that cannot be one (see {@link mergeMomentStates}); `invalid_option` for a bad confidence, minimum or bounds.
 * @example
 * ```ts
 * import { meanInterval, momentState } from "kinerja";
 *
 * const csat = meanInterval(momentState([5, 4, 4, 3, 5, 4, 2, 5, 4, 4]), { bounds: { min: 1, max: 5 } });
 * console.log(csat.estimate?.toString(), csat.standardDeviation?.toFixed(3), csat.degreesOfFreedom);
 * // 4 0.943 9
 * console.log(csat.lower?.toFixed(3), csat.upper?.toFixed(3), csat.smallSample.reason);
 * // 3.326 4.674 n_below_minimum
 * ```
 * @category Review statistics
 */
export function meanInterval(state: MomentStateInput, options?: MeanIntervalOptions): MeanInterval {
  const subject = "meanInterval";
  const exact = readMomentState(state, subject, ["state"]);
  const settings = readOptions(options, subject);
  const confidence = readConfidence(settings.confidence, subject, ["options", "confidence"]);
  const minimum = readMinimum(settings.minimum, subject, ANSWERS_MINIMUM);
  const bounds = readBounds(settings.bounds, subject);
  const { n, mean, variance } = moments(exact);
  const smallSample: SmallSample = n.isZero()
    ? flagged("no_data", minimum)
    : variance?.isZero()
      ? flagged("no_variation", minimum)
      : n.lt(minimum)
        ? flagged("n_below_minimum", minimum)
        : notFlagged(minimum);
  const empty = {
    model: "mean" as const,
    method: "student_t" as const,
    confidence: new KDecimal(confidence),
    n: n.toNumber(),
    standardDeviation: null,
    standardError: null,
    degreesOfFreedom: null,
    lower: null,
    upper: null,
    smallSample,
  };
  if (mean === null) return { ...empty, estimate: null, reason: "no_data" };
  if (variance === null)
    return { ...empty, estimate: resultValue(mean), reason: "single_observation" };
  const degrees = n.minus(1);
  const { value: t, method } = critical(confidence, degrees);
  const standardDeviation = variance.sqrt();
  const standardError = variance.div(n).sqrt();
  const margin = t.times(standardError);
  let lower = mean.minus(margin);
  let upper = mean.plus(margin);
  if (bounds !== null) {
    lower = clamp(lower, bounds.min, bounds.max);
    upper = clamp(upper, bounds.min, bounds.max);
  }
  return {
    ...empty,
    method,
    estimate: resultValue(mean),
    standardDeviation: resultValue(standardDeviation),
    standardError: resultValue(standardError),
    degreesOfFreedom: degrees.toNumber(),
    lower: lowerBound(lower),
    upper: upperBound(upper),
    reason: null,
  };
}
