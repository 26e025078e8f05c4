import { type Decimal, isDecimalInstance } from "../core/decimal.js";
import { KpiError, type KpiIssue, makeIssue } from "../core/errors.js";
import { describe } from "../core/messages.js";
import type { AnyMetric, MetricDirection } from "../model/types.js";
import { computeEvaluation, type EvaluationParts } from "./compute.js";
import * as TARGET_EXPECTED from "./messages.js";
import {
  child,
  defaultBands,
  isRecord,
  type Place,
  readActual,
  readBands,
  readSubject,
  readTarget,
} from "./read.js";
import { readInterval } from "./significance.js";
import type { EvaluateInput, Evaluation, ResolvedBands, TargetRange } from "./types.js";

/** Checks an attainment formula option against the direction and target shape. @internal */
export function readFormula(
  value: unknown,
  direction: MetricDirection,
  target: Decimal | TargetRange<Decimal> | null,
  place: Place,
  issues: KpiIssue[],
): "inverse" | "linear" | undefined {
  const range = target !== null && !isDecimalInstance(target);
  if (value === undefined) return "inverse";
  if (range || direction === "lower_is_better") {
    if (value === "inverse" || value === "linear") return value;
    issues.push(
      makeIssue({
        ...place,
        code: "invalid_option",
        expected: range ? TARGET_EXPECTED.attainmentRange : TARGET_EXPECTED.attainmentLower,
        received: describe(value),
      }),
    );
    return undefined;
  }
  if (value === "ratio") return "inverse";
  issues.push(
    makeIssue({
      ...place,
      code: "invalid_option",
      expected: `${TARGET_EXPECTED.attainmentHigher} ${TARGET_EXPECTED.directionIs(direction)}`,
      received: describe(value),
    }),
  );
  return undefined;
}

/** Defaults an entry may inherit (from scorecard or evaluateSeries options). @internal */
export interface EvaluateDefaults {
  readonly bands?: ResolvedBands;
  readonly attainment?: unknown;
  readonly metrics?: ReadonlyMap<string, AnyMetric>;
}

/**
 * Validates an {@link EvaluateInput}-shaped object, pushing every problem.
 *
 * @internal
 */
export function readEvaluateInput(
  source: unknown,
  place: Place,
  issues: KpiIssue[],
  expected: string,
  defaults: EvaluateDefaults = {},
): EvaluationParts | undefined {
  if (!isRecord(source)) {
    issues.push(
      makeIssue({
        ...place,
        code: "invalid_argument",
        expected: expected,
        received: describe(source),
      }),
    );
    return undefined;
  }
  const before = issues.length;
  const subject = readSubject(source, place, issues, defaults.metrics);
  const actual = readActual(source.actual, child(place, "actual"), issues);
  const target = readTarget(source.target, child(place, "target"), issues);
  const bands =
    source.bands === undefined
      ? defaults.bands
      : readBands(source.bands, child(place, "bands"), issues);
  const interval =
    source.interval === undefined
      ? undefined
      : readInterval(source.interval, actual, child(place, "interval"), issues);
  if (subject === undefined || actual === undefined || target === undefined) return undefined;
  const lowerFormula = readFormula(
    source.attainment === undefined ? defaults.attainment : source.attainment,
    subject.direction,
    target,
    child(place, "attainment"),
    issues,
  );
  if (issues.length > before || lowerFormula === undefined) return undefined;
  const range = target !== null && !isDecimalInstance(target);
  return {
    metricId: subject.metricId,
    label: subject.metric?.label ?? null,
    unit: subject.metric?.unit ?? null,
    direction: subject.direction,
    actual,
    target,
    bands: bands ?? defaultBands(subject.direction, range),
    lowerFormula,
    ...(interval === undefined ? {} : { interval }),
  };
}

/**
 * Compares an actual with its target: variance, variance percent, attainment, whether the result is
 * favorable in the metric's direction, and a status from the bands.
 *
 * | case | attainment | status |
 * | --- | --- | --- |
 * | higher-is-better or neutral, target > 0 | `actual / target` | from the bands |
 * | lower-is-better, target > 0, actual > 0 | `target / actual` (`"inverse"`) or `2 − actual / target` (`"linear"`) | from the bands |
 * | lower-is-better `"inverse"`, actual 0 or negative | `null` (`zero_actual`, `negative_actual`) | from the variance sign |
 * | target 0 or negative | `null` (`zero_target`, `negative_target`) | from the variance sign |
 * | range, inside | 1 (variance 0) | on track, whatever the bands (the range is the tolerance) |
 * | range, below `min` > 0 | `actual / min` | from the bands |
 * | range, above `max` > 0 | `max / actual` (or `2 − actual / max`) | from the bands |
 * | actual or target `null` | `null` (`no_data`) | `no_data` |
 *
 * "From the variance sign": meeting or beating the target in the metric's direction is on track,
 * anything else off track (neutral: only an exact hit; a range: only inside). Never Infinity.
 *
 * With an `interval` of the actual (from `intervalOf`, for a value estimated from a sample), the
 * evaluation also carries `significance`: the interval and whether it excludes the target — an
 * `off_track` win rate may be `within_noise`. The status bands are unchanged.
 *
 * @param input - `metric` (or `direction`), `actual`, `target` (a value, a `{ min, max }` range or
 * `null`), optional `bands`, for lower-is-better metrics `attainment: "inverse" | "linear"`, and
 * optional `interval`.
 * @returns The {@link Evaluation}.
 * @throws {KpiError} listing every problem: `invalid_number` (actual), `invalid_target` (target or a
 * range with min above max), `invalid_option` (bands, attainment), `invalid_argument` /
 * `invalid_argument` (metric, direction; a string id is not resolved here: pass the metric; an
 * interval that is not `{ lower, upper }`, or whose `smallSample` is not `null` nor a flag of the
 * shape intervals give), `inconsistent_inputs` (an interval that does not contain the actual).
 * @example
 * ```ts
 * import { evaluate, intervalOf, salesCycleLength, salesRevenue, winRate } from "kinerja";
 *
 * const revenue = evaluate({ metric: salesRevenue, actual: 930_000_000, target: 1_000_000_000 });
 * console.log(revenue.variance?.toString(), revenue.attainment?.toString(), revenue.status);
 * // -70000000 0.93 at_risk
 *
 * const cac = evaluate({ direction: "lower_is_better", actual: 80, target: 100 });
 * console.log(cac.attainment?.toString(), cac.favorable, cac.status);
 * // 1.25 true on_track
 *
 * const cycle = evaluate({ metric: salesCycleLength, actual: 33, target: { min: 20, max: 30 } });
 * console.log(cycle.variance?.toString(), cycle.attainment?.toString(), cycle.status);
 * // 3 0.9090909090909090909090909090909091 at_risk
 *
 * // Jakarta won 18 of 60 deals against a 35 % target: off track, but within the noise of 60 deals
 * const inputs = { won: 18, lost: 42 };
 * const jakarta = evaluate({
 *   metric: winRate,
 *   actual: winRate(inputs),
 *   target: "0.35",
 *   interval: intervalOf(winRate, inputs),
 * });
 * console.log(jakarta.status, jakarta.significance?.position, jakarta.significance?.lower?.toFixed(3));
 * // off_track within_noise 0.199
 * ```
 * @category Targets
 */
export function evaluate(input: EvaluateInput): Evaluation {
  const issues: KpiIssue[] = [];
  const parts = readEvaluateInput(
    input,
    { subject: "evaluate", path: [] },
    issues,
    TARGET_EXPECTED.evaluateInput,
  );
  if (parts === undefined) throw new KpiError(issues);
  return computeEvaluation(parts);
}
