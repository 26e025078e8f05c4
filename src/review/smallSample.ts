/**
 * Why an interval is flagged as resting on a small sample:
 *
 * - `no_data`: nothing was observed (n = 0); the estimate and interval are `null`.
 * - `few_successes` / `few_failures`: a share with fewer successes (n·p̂) or failures (n·(1−p̂))
 *   than the minimum (default 5, the classic rule for the normal approximation).
 * - `n_below_minimum`: an NPS or a mean from fewer answers than the minimum (default 30).
 * - `no_variation`: every answer is the same (an NPS of all promoters, a mean with zero spread),
 *   so the normal-approximation interval has zero width and says nothing about the noise.
 *
 * @example
 * ```ts
 * import { smallSampleReasons } from "kinerja";
 *
 * console.log(smallSampleReasons.join(" "));
 * // no_data few_successes few_failures n_below_minimum no_variation
 * ```
 * @category Review statistics
 */
export const smallSampleReasons = [
  "no_data",
  "few_successes",
  "few_failures",
  "n_below_minimum",
  "no_variation",
] as const;

/**
 * One of the {@link smallSampleReasons}.
 *
 * @category Review statistics
 */
export type SmallSampleReason = (typeof smallSampleReasons)[number];

/**
 * Whether a result rests on a small sample, why, and the minimum it was checked against, so a
 * report can grey the value out.
 *
 * @category Review statistics
 */
export interface SmallSample {
  /** `true` when the sample is small (or empty, or without variation). */
  readonly flag: boolean;
  /** Why, or `null` when not flagged. */
  readonly reason: SmallSampleReason | null;
  /** The minimum used: counts of each outcome for shares, answers for NPS and means. */
  readonly minimum: number;
}

/** The default minimum of successes and of failures for a share. @internal */
export const SHARE_MINIMUM = 5;

/** The default minimum number of answers for an NPS or a mean. @internal */
export const ANSWERS_MINIMUM = 30;

/** A flag with its reason. @internal */
export function flagged(reason: SmallSampleReason, minimum: number): SmallSample {
  return { flag: true, reason, minimum };
}

/** No flag. @internal */
export function notFlagged(minimum: number): SmallSample {
  return { flag: false, reason: null, minimum };
}
