import { type Decimal, isDecimalInstance } from "../core/decimal.js";
import { type KpiIssue, makeIssue } from "../core/errors.js";
import { describe } from "../core/messages.js";
import {
  type SmallSample,
  type SmallSampleReason,
  smallSampleReasons,
} from "../review/smallSample.js";
import type { TargetPosition } from "../review/verdicts.js";
import * as TARGET_EXPECTED from "./messages.js";
import { child, isRecord, type Place, readDecimal } from "./read.js";
import type { EvaluationSignificance, TargetRange } from "./types.js";

/**
 * Reading an interval given with an actual, and where it lies against the target: the statistical
 * side of an evaluation. Comparisons only: the interval itself is computed by the caller (with
 * `intervalOf`, `shareInterval`, `npsInterval` or `meanInterval`), so a plain evaluation does not
 * carry the special functions.
 *
 * @internal
 */

/** An interval read from its input. @internal */
export interface ReadInterval {
  readonly confidence: Decimal | null;
  readonly lower: Decimal | null;
  readonly upper: Decimal | null;
  readonly smallSample: SmallSample | null;
}

function readBound(value: unknown, place: Place, issues: KpiIssue[]): Decimal | null | undefined {
  return value === null ? null : readDecimal(value, place, issues);
}

/**
 * Reads a small-sample flag: `null` or left out, or the whole shape an interval gives — `flag`, a
 * `reason` of `smallSampleReasons` exactly when flagged (`null` otherwise) and a `minimum` that is
 * a count — copied, so that the evaluation does not share the caller's object.
 */
function readSmallSample(
  value: unknown,
  place: Place,
  issues: KpiIssue[],
): SmallSample | null | undefined {
  if (value === undefined || value === null) return null;
  if (
    isRecord(value) &&
    typeof value.flag === "boolean" &&
    (value.flag
      ? (smallSampleReasons as readonly unknown[]).includes(value.reason)
      : value.reason === null) &&
    typeof value.minimum === "number" &&
    Number.isSafeInteger(value.minimum) &&
    value.minimum >= 0
  ) {
    return {
      flag: value.flag,
      reason: value.reason as SmallSampleReason | null,
      minimum: value.minimum,
    };
  }
  issues.push(
    makeIssue({
      ...place,
      code: "invalid_argument",
      expected: TARGET_EXPECTED.smallSample,
      received: describe(value),
    }),
  );
  return undefined;
}

/**
 * Reads an interval: `{ lower, upper }` (decimals, numbers, strings or `null`) with an optional
 * `confidence` and `smallSample`, or the result of `intervalOf` (`{ interval, reason }`), pushing
 * every problem. An interval must contain the actual it is given with.
 *
 * @internal
 */
export function readInterval(
  value: unknown,
  actual: Decimal | null | undefined,
  place: Place,
  issues: KpiIssue[],
): ReadInterval | undefined {
  if (!isRecord(value)) {
    issues.push(
      makeIssue({
        ...place,
        code: "invalid_argument",
        expected: TARGET_EXPECTED.interval,
        received: describe(value),
      }),
    );
    return undefined;
  }
  // The result of intervalOf: { metric, model, interval, reason }.
  if ("interval" in value && "reason" in value) {
    if (value.interval === null) {
      return { confidence: null, lower: null, upper: null, smallSample: null };
    }
    return readInterval(value.interval, actual, child(place, "interval"), issues);
  }
  const before = issues.length;
  const lower = readBound(value.lower, child(place, "lower"), issues);
  const upper = readBound(value.upper, child(place, "upper"), issues);
  const confidence =
    value.confidence === undefined
      ? null
      : readDecimal(value.confidence, child(place, "confidence"), issues);
  const smallSample = readSmallSample(value.smallSample, child(place, "smallSample"), issues);
  if (
    issues.length > before ||
    lower === undefined ||
    upper === undefined ||
    smallSample === undefined
  ) {
    return undefined;
  }
  if (lower !== null && upper?.lt(lower)) {
    issues.push(
      makeIssue({
        ...child(place, "upper"),
        code: "invalid_argument",
        expected: TARGET_EXPECTED.rangeOrder,
        received: TARGET_EXPECTED.receivedRange(lower.toString(), upper.toString()),
      }),
    );
    return undefined;
  }
  if (
    actual !== null &&
    actual !== undefined &&
    ((lower !== null && actual.lt(lower)) || (upper !== null && actual.gt(upper)))
  ) {
    issues.push(
      makeIssue({
        ...place,
        code: "inconsistent_inputs",
        expected: TARGET_EXPECTED.intervalContainsActual(actual.toString()),
        received: TARGET_EXPECTED.receivedInterval(
          lower === null ? null : lower.toString(),
          upper === null ? null : upper.toString(),
        ),
      }),
    );
    return undefined;
  }
  return {
    confidence: confidence ?? null,
    lower,
    upper,
    smallSample,
  };
}

/** Where an interval lies against a target (a value or a range), or `null`. @internal */
export function positionOf(
  interval: ReadInterval,
  target: Decimal | TargetRange<Decimal> | null,
): TargetPosition | null {
  const { lower, upper } = interval;
  if (lower === null || upper === null || target === null) return null;
  const low = isDecimalInstance(target) ? target : target.min;
  const high = isDecimalInstance(target) ? target : target.max;
  if (lower.gt(high)) return "above";
  if (upper.lt(low)) return "below";
  return "within_noise";
}

/** The significance of an evaluation. @internal */
export function significanceOf(
  interval: ReadInterval,
  actual: Decimal | null,
  target: Decimal | TargetRange<Decimal> | null,
): EvaluationSignificance {
  return {
    confidence: interval.confidence,
    lower: interval.lower,
    upper: interval.upper,
    position: actual === null ? null : positionOf(interval, target),
    smallSample: interval.smallSample,
  };
}
