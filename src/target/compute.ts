import { type Decimal, isDecimalInstance, KDecimal } from "../core/decimal.js";
import { divide, mapResult } from "../core/result.js";
import { unreachable } from "../core/unreachable.js";
import { exact } from "../model/exact.js";
import type { Localized, MetricDirection, MetricUnit } from "../model/types.js";
import { isToleranceBands } from "./read.js";
import { type ReadInterval, significanceOf } from "./significance.js";
import type {
  AttainmentFormula,
  AttainmentReason,
  Evaluation,
  ResolvedBands,
  TargetRange,
  TargetStatus,
} from "./types.js";

/**
 * The status an attainment falls in: every edge inclusive, compared exactly.
 *
 * @internal
 */
export function statusFromBands(attainment: Decimal, bands: ResolvedBands): TargetStatus {
  if (isToleranceBands(bands)) {
    if (attainment.gte(bands.onTrack.min) && attainment.lte(bands.onTrack.max)) return "on_track";
    if (attainment.gte(bands.atRisk.min) && attainment.lte(bands.atRisk.max)) return "at_risk";
    return "off_track";
  }
  if (attainment.gte(bands.onTrack as Decimal)) return "on_track";
  if (attainment.gte(bands.atRisk as Decimal)) return "at_risk";
  return "off_track";
}

/**
 * Whether a variance meets or beats the target in a direction (neutral: only an exact hit).
 *
 * @internal
 */
export function meetsTarget(direction: MetricDirection, variance: Decimal): boolean {
  switch (direction) {
    case "higher_is_better":
      return variance.gte(0);
    case "lower_is_better":
      return variance.lte(0);
    case "neutral":
      return variance.isZero();
    default:
      return unreachable(direction, "direction");
  }
}

/** What an evaluation is computed from, already validated. @internal */
export interface EvaluationParts {
  readonly metricId: string | null;
  readonly label: Localized | null;
  readonly unit: MetricUnit | null;
  readonly direction: MetricDirection;
  readonly actual: Decimal | null;
  readonly target: Decimal | TargetRange<Decimal> | null;
  readonly bands: ResolvedBands;
  /** The formula for lower-is-better point targets and the above-max side of ranges. */
  readonly lowerFormula: "inverse" | "linear";
  /** The interval of the actual, when one was given. */
  readonly interval?: ReadInterval;
}

interface Outcome {
  readonly variance: Decimal | null;
  readonly variancePercent: Decimal | null;
  readonly attainment: Decimal | null;
  readonly attainmentReason: AttainmentReason | null;
  readonly attainmentFormula: AttainmentFormula;
  readonly favorable: boolean | null;
  readonly status: TargetStatus;
}

function nonPositive(value: Decimal): AttainmentReason {
  return value.isZero() ? "zero_target" : "negative_target";
}

/** The linear lower-is-better attainment `2 − actual / target` (`null` only for a zero target). */
function linear(actual: Decimal, target: Decimal): Decimal | null {
  return mapResult(divide(actual, target), (ratio) => new KDecimal(2).minus(ratio)).value;
}

/** Computes an evaluation from validated parts. @internal */
export function computeEvaluation(parts: EvaluationParts): Evaluation {
  const { actual, target } = parts;
  const outcome =
    actual === null || target === null
      ? noData(parts)
      : isDecimalInstance(target)
        ? point(parts, actual, target)
        : range(parts, actual, target);
  return {
    metricId: parts.metricId,
    label: parts.label,
    unit: parts.unit,
    direction: parts.direction,
    actual,
    target,
    variance: outcome.variance,
    variancePercent: outcome.variancePercent,
    attainment: outcome.attainment,
    attainmentReason: outcome.attainmentReason,
    attainmentFormula: outcome.attainmentFormula,
    favorable: outcome.favorable,
    status: outcome.status,
    bands: parts.bands,
    ...(parts.interval === undefined
      ? {}
      : { significance: significanceOf(parts.interval, actual, target) }),
  };
}

function noData(parts: EvaluationParts): Outcome {
  const pointTarget = parts.target === null || isDecimalInstance(parts.target);
  return {
    variance: null,
    variancePercent: null,
    attainment: null,
    attainmentReason: "no_data",
    attainmentFormula:
      parts.direction === "lower_is_better" && pointTarget ? parts.lowerFormula : "ratio",
    favorable: null,
    status: "no_data",
  };
}

function point(parts: EvaluationParts, actual: Decimal, target: Decimal): Outcome {
  const { direction, lowerFormula, bands } = parts;
  const variance = exact.minus(actual, target);
  const variancePercent = divide(variance, target.abs()).value;
  let attainment: Decimal | null = null;
  let attainmentReason: AttainmentReason | null = null;
  let formula: AttainmentFormula = "ratio";
  if (direction === "lower_is_better") {
    formula = lowerFormula;
    if (target.lte(0)) attainmentReason = nonPositive(target);
    else if (lowerFormula === "linear") attainment = linear(actual, target);
    else if (actual.isZero()) attainmentReason = "zero_actual";
    else if (actual.lt(0)) attainmentReason = "negative_actual";
    else attainment = divide(target, actual).value;
  } else if (target.lte(0)) {
    attainmentReason = nonPositive(target);
  } else {
    attainment = divide(actual, target).value;
  }
  // Meets or beats the target in the metric's direction (neutral: only an exact hit).
  const meets = meetsTarget(direction, variance);
  return {
    variance,
    variancePercent,
    attainment,
    attainmentReason,
    attainmentFormula: formula,
    favorable: direction === "neutral" ? null : meets,
    status:
      attainment === null ? (meets ? "on_track" : "off_track") : statusFromBands(attainment, bands),
  };
}

function range(parts: EvaluationParts, actual: Decimal, target: TargetRange<Decimal>): Outcome {
  const { bands, lowerFormula } = parts;
  const below = actual.lt(target.min);
  const above = actual.gt(target.max);
  if (!below && !above) {
    // The range is the tolerance: inside it is on track whatever the bands say.
    return {
      variance: new KDecimal(0),
      variancePercent: new KDecimal(0),
      attainment: new KDecimal(1),
      attainmentReason: null,
      attainmentFormula: "ratio",
      favorable: true,
      status: "on_track",
    };
  }
  const bound = below ? target.min : target.max;
  const variance = exact.minus(actual, bound);
  const variancePercent = divide(variance, bound.abs()).value;
  let attainment: Decimal | null = null;
  let attainmentReason: AttainmentReason | null = null;
  if (bound.lte(0)) attainmentReason = nonPositive(bound);
  else if (below) attainment = divide(actual, bound).value;
  else if (lowerFormula === "linear") attainment = linear(actual, bound);
  else attainment = divide(bound, actual).value;
  return {
    variance,
    variancePercent,
    attainment,
    attainmentReason,
    attainmentFormula: below ? "ratio" : lowerFormula,
    favorable: false,
    status: attainment === null ? "off_track" : statusFromBands(attainment, bands),
  };
}
