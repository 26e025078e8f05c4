import { type Decimal, KDecimal } from "../core/decimal.js";
import type { Numeric } from "../core/numeric.js";
import { critical, moments } from "./_meanMath.js";
import { readConfidence, readMinimum, readObject, readOptions } from "./_read.js";
import { type Difference, verdictOf, worseFlag } from "./difference.js";
import { type MomentStateInput, readMomentState } from "./momentState.js";
import { lowerBound, resultValue, upperBound } from "./precision.js";
import { ANSWERS_MINIMUM, flagged, notFlagged, type SmallSample } from "./smallSample.js";
import { studentTLowerTail } from "./special/_studentT.js";

/**
 * Options of {@link compareMeans}.
 *
 * @category Review statistics
 */
export interface CompareMeansOptions {
  /** The confidence level, 0 < c ≤ 0.999999999 (default 0.95). */
  readonly confidence?: Numeric;
  /** The small-sample minimum number of answers (default 30). */
  readonly minimum?: number;
}

/**
 * A {@link Difference} of two means, with Welch's statistic, degrees of freedom and two-sided
 * p-value (each `null` when the difference is).
 *
 * @category Review statistics
 */
export interface MeanDifference extends Difference {
  /** Welch–Satterthwaite degrees of freedom, rounded to 20 decimal places. */
  readonly degreesOfFreedom: Decimal | null;
  /** t = δ / SE, rounded to 20 decimal places. */
  readonly statistic: Decimal | null;
  /** The two-sided p-value 2·P(T > |t|), to 30 significant digits. */
  readonly pValue: Decimal | null;
}

function flag(n: Decimal, variance: Decimal | null, minimum: number): SmallSample {
  if (n.isZero()) return flagged("no_data", minimum);
  if (variance?.isZero()) return flagged("no_variation", minimum);
  if (n.lt(minimum)) return flagged("n_below_minimum", minimum);
  return notFlagged(minimum);
}

/**
 * Whether a mean of scores changed beyond noise: Welch's unequal-variance t interval for the
 * difference `to` − `from` of two independent samples, from their exact moment states.
 *
 * SE = √(s₁²/n₁ + s₂²/n₂), ν = SE⁴ / ((s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1)) (Welch 1947,
 * Satterthwaite 1946), interval δ ± t(1 − α/2, ν)·SE. With a single answer on a side the spread
 * does not exist and the difference is `null` (`reason: "single_observation"`); with zero spread
 * on both sides the interval collapses to δ and the small-sample flag says `no_variation`.
 *
 * @param samples - The `from` and `to` moment states.
 * @param options - Confidence and small-sample minimum.
 * @returns The {@link MeanDifference}.
 * @throws {KpiError} for a state that cannot be one (see {@link mergeMomentStates}); `invalid_option` for a bad confidence or minimum.
 * @example
 * ```ts
 * import { compareMeans, momentState } from "kinerja";
 *
 * // Wikipedia, "Welch's t-test", example 1: t = −2.46, ν ≈ 25.0, p = 0.021
 * const a1 = [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4];
 * const a2 = [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4];
 * const change = compareMeans({ from: momentState(a2), to: momentState(a1) });
 * console.log(change.statistic?.toFixed(2), change.degreesOfFreedom?.toFixed(1), change.pValue?.toFixed(3), change.verdict);
 * // -2.46 25.0 0.021 significant
 * ```
 * @category Review statistics
 */
export function compareMeans(
  samples: { readonly from: MomentStateInput; readonly to: MomentStateInput },
  options?: CompareMeansOptions,
): MeanDifference {
  const subject = "compareMeans";
  const both = readObject(samples, subject, ["samples"]);
  const from = moments(readMomentState(both.from, subject, ["samples", "from"]));
  const to = moments(readMomentState(both.to, subject, ["samples", "to"]));
  const settings = readOptions(options, subject);
  const confidence = readConfidence(settings.confidence, subject, ["options", "confidence"]);
  const minimum = readMinimum(settings.minimum, subject, ANSWERS_MINIMUM);
  const base = {
    model: "mean" as const,
    method: "welch" as const,
    confidence: new KDecimal(confidence),
    from: from.mean === null ? null : resultValue(from.mean),
    to: to.mean === null ? null : resultValue(to.mean),
    smallSample: worseFlag(flag(to.n, to.variance, minimum), flag(from.n, from.variance, minimum)),
  };
  const none = {
    estimate: null,
    lower: null,
    upper: null,
    verdict: null,
    degreesOfFreedom: null,
    statistic: null,
    pValue: null,
  };
  if (from.mean === null || to.mean === null) return { ...base, ...none, reason: "no_data" };
  if (from.variance === null || to.variance === null) {
    return { ...base, ...none, reason: "single_observation" };
  }
  const delta = to.mean.minus(from.mean);
  const partFrom = from.variance.div(from.n);
  const partTo = to.variance.div(to.n);
  const variance = partFrom.plus(partTo);
  if (variance.isZero()) {
    return {
      ...base,
      ...none,
      estimate: resultValue(delta),
      lower: lowerBound(delta),
      upper: upperBound(delta),
      verdict: verdictOf(delta, delta),
      reason: null,
    };
  }
  const degrees = variance.pow(2).div(
    partFrom
      .pow(2)
      .div(from.n.minus(1))
      .plus(partTo.pow(2).div(to.n.minus(1))),
  );
  const error = variance.sqrt();
  const { value: t, method } = critical(confidence, degrees);
  const lower = delta.minus(t.times(error));
  const upper = delta.plus(t.times(error));
  const statistic = delta.div(error);
  const pValue =
    method === "student_t" ? studentTLowerTail(statistic.abs().neg(), degrees).times(2) : null;
  return {
    ...base,
    method: method === "student_t" ? "welch" : "welch_normal",
    estimate: resultValue(delta),
    lower: lowerBound(lower),
    upper: upperBound(upper),
    verdict: verdictOf(lower, upper),
    degreesOfFreedom: resultValue(degrees),
    statistic: resultValue(statistic),
    pValue: pValue === null ? null : new KDecimal(pValue.toSignificantDigits(30)),
    reason: null,
  };
}
