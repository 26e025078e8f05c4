import { KDecimal } from "../core/decimal.js";
import type { Numeric } from "../core/numeric.js";
import { twoSidedZ } from "./_quantiles.js";
import { readConfidence, readMinimum, readObject, readOptions } from "./_read.js";
import { type Difference, verdictOf, worseFlag } from "./difference.js";
import { type NpsSample, npsSmallSample, readNps } from "./npsInterval.js";
import { clamp, high, lowerBound, resultValue, upperBound } from "./precision.js";
import { ANSWERS_MINIMUM } from "./smallSample.js";

/**
 * Options of {@link compareNps}.
 *
 * @category Review statistics
 */
export interface CompareNpsOptions {
  /** The confidence level, 0 < c ≤ 0.999999999 (default 0.95). */
  readonly confidence?: Numeric;
  /** The small-sample minimum number of answers (default 30). */
  readonly minimum?: number;
}

/**
 * Whether an NPS changed beyond noise: the difference `to` − `from` of two independent surveys,
 * with the combined standard error √(SE_from² + SE_to²) and the normal interval
 * δ ± z·SE (clamped to [−200, 200]); `significant` when it excludes 0.
 *
 * @param samples - The `from` and `to` answer counts.
 * @param options - Confidence and small-sample minimum.
 * @returns The {@link Difference}.
 * @throws {KpiError} as {@link npsInterval} does for each side (paths `samples.from…`, `samples.to…`).
 * @example
 * ```ts
 * import { compareNps } from "kinerja";
 *
 * // +20 on 50 answers, then +7 on 42 answers: a fall of 13 points, within noise
 * const change = compareNps({
 *   from: { promoters: 20, passives: 20, detractors: 10 },
 *   to: { promoters: 12, passives: 21, detractors: 9 },
 * });
 * console.log(change.estimate?.toFixed(1), change.lower?.toFixed(1), change.upper?.toFixed(1), change.verdict);
 * // -12.9 -42.6 16.9 within_noise
 * ```
 * @category Review statistics
 */
export function compareNps(
  samples: { readonly from: NpsSample; readonly to: NpsSample },
  options?: CompareNpsOptions,
): Difference {
  const subject = "compareNps";
  const both = readObject(samples, subject, ["samples"]);
  const from = readNps(both.from, subject, ["samples", "from"]);
  const to = readNps(both.to, subject, ["samples", "to"]);
  const settings = readOptions(options, subject);
  const confidence = readConfidence(settings.confidence, subject, ["options", "confidence"]);
  const minimum = readMinimum(settings.minimum, subject, ANSWERS_MINIMUM);
  const base = {
    model: "nps" as const,
    method: "normal" as const,
    confidence: new KDecimal(confidence),
    from: from.estimate === null ? null : resultValue(from.estimate),
    to: to.estimate === null ? null : resultValue(to.estimate),
    smallSample: worseFlag(npsSmallSample(to, minimum), npsSmallSample(from, minimum)),
  };
  if (
    from.estimate === null ||
    to.estimate === null ||
    from.standardError === null ||
    to.standardError === null
  ) {
    return { ...base, estimate: null, lower: null, upper: null, verdict: null, reason: "no_data" };
  }
  const delta = to.estimate.minus(from.estimate);
  const error = from.standardError.pow(2).plus(to.standardError.pow(2)).sqrt();
  const margin = twoSidedZ(confidence).times(error);
  const lower = clamp(delta.minus(margin), high(-200), high(200));
  const upper = clamp(delta.plus(margin), high(-200), high(200));
  return {
    ...base,
    estimate: resultValue(delta),
    lower: lowerBound(lower),
    upper: upperBound(upper),
    verdict: verdictOf(lower, upper),
    reason: null,
  };
}
