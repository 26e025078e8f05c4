import type { Decimal } from "../core/decimal.js";
import type { SmallSample } from "./smallSample.js";
import type { SignificanceVerdict } from "./verdicts.js";

/**
 * The change between two samples, `to` − `from`, with its confidence interval and whether it is
 * distinguishable from noise. Values are rounded to 20 decimal places (bounds outward). When a
 * side has no data (or a mean has a single answer) the estimate, bounds and verdict are `null`
 * and `reason` says why.
 *
 * @category Review statistics
 */
export interface Difference {
  readonly model: "share" | "nps" | "mean";
  /** `newcombe_hybrid_score` (shares), `normal` (NPS), `welch` (means; `welch_normal` above 10^7 degrees of freedom). */
  readonly method: "newcombe_hybrid_score" | "normal" | "welch" | "welch_normal";
  readonly confidence: Decimal;
  /** The estimate of the `from` sample. */
  readonly from: Decimal | null;
  /** The estimate of the `to` sample. */
  readonly to: Decimal | null;
  /** to − from. */
  readonly estimate: Decimal | null;
  readonly lower: Decimal | null;
  readonly upper: Decimal | null;
  /** `significant` when the interval excludes 0. */
  readonly verdict: SignificanceVerdict | null;
  /** The flag of the smaller side: the `to` sample's when both are flagged. */
  readonly smallSample: SmallSample;
  readonly reason: "no_data" | "single_observation" | null;
}

/** The verdict of an interval of a difference. @internal */
export function verdictOf(lower: Decimal, upper: Decimal): SignificanceVerdict {
  return lower.gt(0) || upper.lt(0) ? "significant" : "within_noise";
}

/** The flag of a difference: the `to` side's if flagged, else the `from` side's. @internal */
export function worseFlag(to: SmallSample, from: SmallSample): SmallSample {
  return to.flag ? to : from;
}
