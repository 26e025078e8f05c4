import type { Decimal } from "../core/decimal.js";
import type { Numeric } from "../core/numeric.js";
import type { AnyMetric, Localized, MetricDirection, MetricUnit } from "../model/types.js";
import type { SmallSample } from "../review/smallSample.js";
import type { TargetPosition } from "../review/verdicts.js";

/**
 * Where a KPI stands against its target. A closed union: a `switch` over it with a `never`
 * default is checked for exhaustiveness by TypeScript.
 *
 * - `on_track`: the target is met (attainment in the on-track band).
 * - `at_risk`: close to the target (attainment in the at-risk band).
 * - `off_track`: outside both bands.
 * - `no_data`: the actual or the target is `null`, so nothing can be said.
 * @category Targets
 */
export type TargetStatus = "on_track" | "at_risk" | "off_track" | "no_data";

/**
 * A range target: any value from `min` to `max` (both inclusive) is on track, whatever the status
 * bands (the range is the tolerance; the bands only grade values outside it).
 *
 * @category Targets
 */
export interface TargetRange<T = Numeric> {
  readonly min: T;
  readonly max: T;
}

/**
 * A target as given: one value, a `{ min, max }` range, or `null` when there is none.
 *
 * @category Targets
 */
export type TargetInput = Numeric | TargetRange | null;

/**
 * How attainment is computed.
 *
 * - `ratio`: `actual / target` — higher-is-better and neutral metrics (the only choice for them).
 * - `inverse`: `target / actual` — lower-is-better default (CAC 80 against a target of 100 is 1.25).
 * - `linear`: `2 − actual / target` — lower-is-better alternative used by spreadsheet templates
 *   (CAC 80 against 100 is 1.2; it falls by the same step for every unit of overshoot).
 * @category Targets
 */
export type AttainmentFormula = "ratio" | "inverse" | "linear";

/**
 * Why an attainment is `null` although the evaluation may still have a status.
 *
 * - `no_data`: the actual or the target is `null`.
 * - `zero_target`: the target (or the range bound the actual is compared with) is 0.
 * - `negative_target`: the target (or that range bound) is negative; a ratio to it would read backwards.
 * - `zero_actual`: a lower-is-better `inverse` attainment with an actual of 0 (`target / 0`).
 * - `negative_actual`: a lower-is-better `inverse` attainment with a negative actual.
 * @category Targets
 */
export type AttainmentReason =
  | "no_data"
  | "zero_target"
  | "negative_target"
  | "zero_actual"
  | "negative_actual";

/**
 * Status bands over attainment. Two shapes:
 *
 * - thresholds, `{ onTrack: 1, atRisk: 0.9 }` (the default): attainment ≥ `onTrack` is on track,
 *   ≥ `atRisk` at risk, anything lower off track;
 * - tolerance ranges, `{ onTrack: { min: 0.95, max: 1.05 }, atRisk: { min: 0.9, max: 1.1 } }`
 *   (the default for neutral metrics): inside `onTrack` is on track, inside `atRisk` at risk,
 *   outside both off track — too high is as bad as too low.
 *
 * Every edge is inclusive and compared exactly (an attainment of exactly 0.9 is at risk).
 * @category Targets
 */
export type StatusBands =
  | { readonly onTrack: Numeric; readonly atRisk: Numeric }
  | { readonly onTrack: TargetRange; readonly atRisk: TargetRange };

/**
 * Status bands read into Decimals, as reported in an {@link Evaluation}.
 *
 * @category Targets
 */
export type ResolvedBands =
  | { readonly onTrack: Decimal; readonly atRisk: Decimal }
  | { readonly onTrack: TargetRange<Decimal>; readonly atRisk: TargetRange<Decimal> };

/**
 * What {@link evaluate} takes. Give a `metric` (its direction is used) or a `direction`.
 *
 * @category Targets
 */
export interface EvaluateInput {
  /** The metric (built-in or made with `defineMetric`); its `direction`, `id`, `label` and `unit` are used. */
  readonly metric?: AnyMetric;
  /** The direction, when no metric is given (or the same as the metric's). */
  readonly direction?: MetricDirection;
  /** An id for the result when no metric is given, for example `"calls_made"`. */
  readonly id?: string;
  /** The actual value, or `null` when there is none. */
  readonly actual: Numeric | null;
  /** The target value, a `{ min, max }` range, or `null` when there is none. */
  readonly target: TargetInput;
  /** Status bands; default thresholds 1 and 0.9 (tolerance 0.95–1.05 / 0.9–1.1 for neutral point targets). */
  readonly bands?: StatusBands;
  /** The attainment formula: `"inverse"` (default) or `"linear"` for lower-is-better metrics. */
  readonly attainment?: AttainmentFormula;
  /**
   * The confidence interval of the actual, when it is estimated from a sample: the result of
   * `intervalOf(metric, inputs, { confidence })` (or of `shareInterval`, `npsInterval`,
   * `meanInterval`), or any `{ lower, upper }`. The evaluation then carries
   * {@link Evaluation.significance}; the status bands are unchanged.
   */
  readonly interval?: IntervalInput;
}

/**
 * A confidence interval given with an actual: `{ lower, upper }` (with `confidence` and
 * `smallSample` when it has them), or the result of `intervalOf`.
 *
 * @category Targets
 */
export type IntervalInput =
  | {
      readonly lower: Numeric | null;
      readonly upper: Numeric | null;
      readonly confidence?: Numeric;
      readonly smallSample?: SmallSample;
    }
  | {
      readonly interval: {
        readonly lower: Numeric | null;
        readonly upper: Numeric | null;
        readonly confidence?: Numeric;
        readonly smallSample?: SmallSample;
      } | null;
      readonly reason: string | null;
    };

/**
 * Whether a miss (or a beat) of the target is distinguishable from sampling noise: the interval of
 * the actual and where it lies against the target. `position` is `above` or `below` when the
 * whole interval is on that side of the target (of the range, for a range target),
 * `within_noise` when it contains the target (overlaps the range), and `null` when the interval,
 * the actual or the target is missing.
 *
 * @category Targets
 */
export interface EvaluationSignificance {
  /** The interval's confidence level, when it carries one. */
  readonly confidence: Decimal | null;
  readonly lower: Decimal | null;
  readonly upper: Decimal | null;
  readonly position: TargetPosition | null;
  /** The interval's small-sample flag, when it carries one. */
  readonly smallSample: SmallSample | null;
}

/**
 * The comparison of one actual with its target. Every number is a Decimal; missing values are `null`.
 *
 * @category Targets
 */
export interface Evaluation {
  /** The metric's id (or the `id` given), `null` when neither was given. */
  readonly metricId: string | null;
  /** The metric's label in English and Indonesian, `null` when no metric was given. */
  readonly label: Localized | null;
  /** The metric's unit (which decides how its values are formatted), `null` when no metric was given. */
  readonly unit: MetricUnit | null;
  readonly direction: MetricDirection;
  readonly actual: Decimal | null;
  /** The target: a value, a `{ min, max }` range, or `null`. */
  readonly target: Decimal | TargetRange<Decimal> | null;
  /** `actual − target`; for a range, the distance to the nearest bound (0 inside, negative below `min`, positive above `max`). */
  readonly variance: Decimal | null;
  /** `variance / |target|` (for a range, over the nearest bound); `null` when that is 0 or there is no data. */
  readonly variancePercent: Decimal | null;
  /** How much of the target is achieved (1 is exactly on target); `null` with {@link Evaluation.attainmentReason} when undefined. */
  readonly attainment: Decimal | null;
  /** Why `attainment` is `null`; `null` when it is defined. */
  readonly attainmentReason: AttainmentReason | null;
  /** The formula used for attainment. */
  readonly attainmentFormula: AttainmentFormula;
  /** Whether the actual meets or beats the target in the metric's direction (inside the range, for a range); `null` for neutral point targets and with no data. */
  readonly favorable: boolean | null;
  readonly status: TargetStatus;
  /** The bands the status was read from. */
  readonly bands: ResolvedBands;
  /** Present when the actual came with an interval: whether the miss is real or within noise. */
  readonly significance?: EvaluationSignificance;
}
