import { KDecimal } from "../core/decimal.js";
import type { Numeric } from "../core/numeric.js";
import { twoSidedZ } from "./_quantiles.js";
import { readConfidence, readMinimum, readObject, readOptions } from "./_read.js";
import { type Difference, verdictOf, worseFlag } from "./difference.js";
import { clamp, high, lowerBound, resultValue, upperBound } from "./precision.js";
import { readShare, type ShareCounts, shareSmallSample, wilsonBounds } from "./shareInterval.js";
import { SHARE_MINIMUM } from "./smallSample.js";

/**
 * Options of {@link compareShares}.
 *
 * @category Review statistics
 */
export interface CompareSharesOptions {
  /** The confidence level, 0 < c ≤ 0.999999999 (default 0.95). */
  readonly confidence?: Numeric;
  /** The small-sample minimum of successes and of failures (default 5). */
  readonly minimum?: number;
}

/**
 * Whether a share changed beyond noise: the difference `to` − `from` of two independent shares
 * with Newcombe's hybrid score interval.
 *
 * Newcombe (1998), "Interval estimation for the difference between independent proportions:
 * comparison of eleven methods", Statistics in Medicine 17:873–890, method 10: with the Wilson
 * intervals (l₁, u₁) of p₁ = to and (l₂, u₂) of p₂ = from, δ = p₁ − p₂ and the bounds are
 * δ − √((p₁ − l₁)² + (u₂ − p₂)²) and δ + √((u₁ − p₁)² + (p₂ − l₂)²). It stays inside [−1, 1],
 * behaves at 0 and n, and the change is `significant` when the interval excludes 0.
 *
 * @param samples - The `from` and `to` counts (`{ successes, n }` each).
 * @param options - Confidence and small-sample minimum.
 * @returns The {@link Difference}.
 * @throws {KpiError} as {@link shareInterval} does for each side (paths `samples.from…`, `samples.to…`).
 * @example
 * ```ts
 * import { compareShares } from "kinerja";
 *
 * // Newcombe 1998, example (a): 56/70 against 48/80, δ = 0.2, 95 % interval 0.0524 to 0.3339
 * const change = compareShares({ from: { successes: 48, n: 80 }, to: { successes: 56, n: 70 } });
 * console.log(change.estimate?.toString(), change.lower?.toFixed(4), change.upper?.toFixed(4), change.verdict);
 * // 0.2 0.0524 0.3339 significant
 * ```
 * @category Review statistics
 */
export function compareShares(
  samples: { readonly from: ShareCounts; readonly to: ShareCounts },
  options?: CompareSharesOptions,
): Difference {
  const subject = "compareShares";
  const both = readObject(samples, subject, ["samples"]);
  const from = readShare(both.from, subject, ["samples", "from"]);
  const to = readShare(both.to, subject, ["samples", "to"]);
  const settings = readOptions(options, subject);
  const confidence = readConfidence(settings.confidence, subject, ["options", "confidence"]);
  const minimum = readMinimum(settings.minimum, subject, SHARE_MINIMUM);
  const base = {
    model: "share" as const,
    method: "newcombe_hybrid_score" as const,
    confidence: new KDecimal(confidence),
    smallSample: worseFlag(shareSmallSample(to, minimum), shareSmallSample(from, minimum)),
  };
  const fromEstimate = from.n.isZero() ? null : from.successes.div(from.n);
  const toEstimate = to.n.isZero() ? null : to.successes.div(to.n);
  if (fromEstimate === null || toEstimate === null) {
    return {
      ...base,
      from: fromEstimate === null ? null : resultValue(fromEstimate),
      to: toEstimate === null ? null : resultValue(toEstimate),
      estimate: null,
      lower: null,
      upper: null,
      verdict: null,
      reason: "no_data",
    };
  }
  const z = twoSidedZ(confidence);
  const zero = high(0);
  const one = high(1);
  const wilsonTo = wilsonBounds(to, z);
  const wilsonFrom = wilsonBounds(from, z);
  const l1 = clamp(wilsonTo.lower, zero, one);
  const u1 = clamp(wilsonTo.upper, zero, one);
  const l2 = clamp(wilsonFrom.lower, zero, one);
  const u2 = clamp(wilsonFrom.upper, zero, one);
  const delta = toEstimate.minus(fromEstimate);
  const below = toEstimate.minus(l1).pow(2).plus(u2.minus(fromEstimate).pow(2)).sqrt();
  const above = u1.minus(toEstimate).pow(2).plus(fromEstimate.minus(l2).pow(2)).sqrt();
  const lower = clamp(delta.minus(below), one.neg(), one);
  const upper = clamp(delta.plus(above), one.neg(), one);
  return {
    ...base,
    from: resultValue(fromEstimate),
    to: resultValue(toEstimate),
    estimate: resultValue(delta),
    lower: lowerBound(lower),
    upper: upperBound(upper),
    verdict: verdictOf(lower, upper),
    reason: null,
  };
}
