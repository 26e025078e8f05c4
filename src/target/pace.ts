import { type Decimal, KDecimal } from "../core/decimal.js";
import { isKpiError, KpiError, type KpiIssue, makeIssue } from "../core/errors.js";
import { describe, placeOf } from "../core/messages.js";
import type { Numeric } from "../core/numeric.js";
import { exact } from "../model/exact.js";
import type { AnyMetric, MetricDirection } from "../model/types.js";
import type { Bucketer } from "../period/bucketer.js";
import { isGranularity } from "../period/granularity.js";
import { instantIssue, readInstant } from "../period/instant.js";
import { parsePeriod } from "../period/parsePeriod.js";
import { calendarKey } from "../period/registry.js";
import { resolveCalendarFor } from "../period/resolveCalendar.js";
import { sharedBucketer } from "../period/shared.js";
import type {
  Calendar,
  CalendarInput,
  Granularity,
  InstantInput,
  Period,
} from "../period/types.js";
import { computeEvaluation, meetsTarget } from "./compute.js";
import { readFormula } from "./evaluate.js";
import * as TARGET_EXPECTED from "./messages.js";
import { notPaceableBecause } from "./paceable.js";
import {
  child,
  defaultBands,
  isRecord,
  type Place,
  readActual,
  readBands,
  readDecimal,
  readSubject,
  readWeight,
  reissue,
} from "./read.js";
import type { Evaluation, StatusBands, TargetStatus } from "./types.js";

/**
 * How the target is expected to accrue over the period.
 *
 * - `"linear"` (default): every calendar day of the period, in the calendar's zone, carries the
 *   same share — a 23- or 25-hour day on a daylight-saving change is one day like any other; within
 *   the current day, progress is the share of its real time that has passed.
 * - `"elapsed_time"`: the share of the period's real time `[start, end)` that has passed (a
 *   23-hour day weighs 23/24 of a normal one).
 * - `{ by, weights }`: custom weights per sub-period of granularity `by` (which must tile the period):
 *   an array with one weight per sub-period in order, or a function of each sub-period — seasonality
 *   by month, working days (weight 0 on weekends and holidays). Within the current sub-period,
 *   progress is the share of its real time that has passed.
 * @category Targets
 */
export type PaceCurve =
  | "linear"
  | "elapsed_time"
  | {
      readonly by: Granularity;
      readonly weights: readonly Numeric[] | ((subPeriod: Period) => Numeric);
    };

/**
 * What {@link pace} takes. Give a paceable `metric` or a `direction` (then the value is taken to be a flow).
 *
 * @category Targets
 */
export interface PaceInput {
  /** A paceable metric: a flow whose inputs all roll up by `sum`. */
  readonly metric?: AnyMetric;
  /** The direction, when no metric is given; the value is then taken to accumulate over the period. */
  readonly direction?: MetricDirection;
  /** An id for the result when no metric is given. */
  readonly id?: string;
  /** The value accumulated from the start of the period to `asOf`, or `null`. */
  readonly actualToDate: Numeric | null;
  /** The target for the whole period, or `null`. */
  readonly target: Numeric | null;
  /** The period: a Period (which carries its calendar) or a key such as `"2025-03"`. */
  readonly period: Period | string;
  /** The moment the actual was measured. Date-only and offset-less strings are read in the calendar's zone. */
  readonly asOf: InstantInput;
  /** The calendar for a period key and for `asOf` strings (default UTC). */
  readonly calendar?: CalendarInput;
  /** How the target accrues; default `"linear"` over calendar days. */
  readonly curve?: PaceCurve;
  /** Bands for the projected status (defaults as in `evaluate`). */
  readonly bands?: StatusBands;
  /** Lower-is-better attainment formula of the projection: `"inverse"` (default) or `"linear"`. */
  readonly attainment?: "inverse" | "linear";
}

/**
 * Why a projection is `null`: no data, or nothing of the target was expected yet.
 *
 * @category Targets
 */
export type ProjectionReason = "no_data" | "not_started";

/**
 * Where a period in progress stands.
 *
 * @category Targets
 */
export interface Pacing {
  readonly metricId: string | null;
  readonly direction: MetricDirection;
  readonly period: Period;
  readonly asOf: Date;
  /** The share of the target expected by `asOf`, from 0 to 1, by the curve. */
  readonly elapsedShare: Decimal;
  readonly actualToDate: Decimal | null;
  readonly target: Decimal | null;
  /** `target × elapsedShare`. */
  readonly expectedToDate: Decimal | null;
  /** `actualToDate − expectedToDate`. */
  readonly varianceToDate: Decimal | null;
  /** The run-rate projection to the end of the period: `actualToDate / elapsedShare`. */
  readonly projected: Decimal | null;
  /** Why `projected` is `null`; `null` when it is defined. */
  readonly projectedReason: ProjectionReason | null;
  /** The attainment of the projection against the target. */
  readonly projectedAttainment: Decimal | null;
  /** The status of the projection in the bands; `no_data` when there is no projection. */
  readonly status: TargetStatus;
  /** The full evaluation of the projection against the target. */
  readonly projection: Evaluation;
}

/** A share of the period as an exact fraction. */
interface Share {
  readonly numerator: Decimal;
  readonly denominator: Decimal;
}

/**
 * Paces a flow KPI in a period in progress: how much of the target should be in by now (by the
 * curve), the run-rate projection to the end of the period, and the projection's attainment and
 * status. Only flows can be paced: a metric must be paceable (see `isPaceable`), because a ratio,
 * an average or a snapshot does not accumulate.
 *
 * Before the period starts nothing is expected (share 0, no projection) and nothing can have
 * accrued, so `actualToDate` must then be 0 or `null`; at or after its end the share is 1 and the
 * projection is the actual. Every zero returned is an unsigned 0 (never `-0`).
 *
 * @param input - `metric` (or `direction`), `actualToDate`, `target`, `period`, `asOf`, and optional
 * `calendar`, `curve`, `bands` and `attainment`.
 * @returns The {@link Pacing}.
 * @throws {KpiError} `not_paceable` for a metric that does not accumulate (the message says why);
 * `invalid_period`, `invalid_date`, `invalid_calendar`, `invalid_option` (curve, bands),
 * `invalid_number`, `invalid_target`; every problem at once where possible;
 * `inconsistent_inputs` for a non-zero `actualToDate` with `asOf` before the period starts.
 * @example
 * ```ts
 * import { pace, salesRevenue } from "kinerja";
 *
 * const march = pace({
 *   metric: salesRevenue,
 *   actualToDate: 450_000_000,
 *   target: 1_000_000_000,
 *   period: "2025-03",
 *   asOf: "2025-03-16T12:00",
 *   calendar: { timeZone: "Asia/Jakarta" },
 * });
 * console.log(march.elapsedShare.toString());
 * // 0.5
 * console.log(march.expectedToDate?.toString(), march.projected?.toString(), march.status);
 * // 500000000 900000000 at_risk
 * ```
 * @category Targets
 */
export function pace(input: PaceInput): Pacing {
  const issues: KpiIssue[] = [];
  const place: Place = { subject: "pace", path: [] };
  if (!isRecord(input)) {
    throw new KpiError([
      makeIssue({
        ...place,
        code: "invalid_argument",
        expected: TARGET_EXPECTED.paceInput,
        received: describe(input),
      }),
    ]);
  }
  const subject = readSubject(input, place, issues);
  const actual = readActual(input.actualToDate, child(place, "actualToDate"), issues);
  const target = readPointTarget(input.target, child(place, "target"), issues);
  const bands =
    input.bands === undefined ? undefined : readBands(input.bands, child(place, "bands"), issues);
  const lowerFormula =
    subject === undefined
      ? undefined
      : readFormula(input.attainment, subject.direction, null, child(place, "attainment"), issues);
  if (subject?.metric) {
    const reason = notPaceableBecause(subject.metric);
    if (reason !== null) {
      issues.push(
        makeIssue({
          ...child(place, "metric"),
          code: "not_paceable",
          expected: TARGET_EXPECTED.paceable,
          received: reason,
        }),
      );
    }
  }
  const calendar = readCalendar(input, issues);
  const period = calendar === undefined ? undefined : readPeriod(input.period, calendar, issues);
  let asOf: number | undefined;
  if (calendar !== undefined) {
    asOf = readInstant(input.asOf, period?.calendar ?? calendar);
    if (asOf === undefined) {
      issues.push(
        instantIssue(input.asOf, calendar, {
          subject: "pace",
          path: ["asOf"],
          where: placeOf(["asOf"]),
        }),
      );
    }
  }
  const share =
    period === undefined || asOf === undefined
      ? undefined
      : elapsedShare(period, asOf, input.curve, issues);
  if (
    issues.length > 0 ||
    subject === undefined ||
    actual === undefined ||
    target === undefined ||
    lowerFormula === undefined ||
    period === undefined ||
    asOf === undefined ||
    share === undefined
  ) {
    throw new KpiError(issues);
  }

  if (actual !== null && !actual.isZero() && asOf < period.start.getTime()) {
    throw new KpiError([
      makeIssue({
        ...child(place, "actualToDate"),
        code: "inconsistent_inputs",
        expected: TARGET_EXPECTED.notStartedActual,
        received: TARGET_EXPECTED.receivedNotStarted(
          actual.toString(),
          new Date(asOf).toISOString(),
          period.start.toISOString(),
        ),
      }),
    ]);
  }
  const started = !share.numerator.isZero();
  const projected =
    actual === null || !started ? null : actual.times(share.denominator).div(share.numerator);
  const projection = computeEvaluation({
    metricId: subject.metricId,
    label: subject.metric?.label ?? null,
    unit: subject.metric?.unit ?? null,
    direction: subject.direction,
    actual: projected,
    target,
    bands: bands ?? defaultBands(subject.direction, false),
    lowerFormula,
  });
  const expectedToDate =
    target === null ? null : unsigned(target.times(share.numerator).div(share.denominator));
  const varianceToDate =
    actual === null || expectedToDate === null
      ? null
      : unsigned(exact.minus(actual, expectedToDate));
  return {
    metricId: subject.metricId,
    direction: subject.direction,
    period,
    asOf: new Date(asOf),
    elapsedShare: unsigned(new KDecimal(share.numerator).div(share.denominator)),
    actualToDate: actual === null ? null : unsigned(actual),
    target: target === null ? null : unsigned(target),
    expectedToDate,
    varianceToDate,
    projected: projected === null ? null : unsigned(projected),
    projectedReason: actual === null ? "no_data" : started ? null : "not_started",
    projectedAttainment: projection.attainment,
    status:
      // Nothing expected yet (a zero weight so far) although the period has begun and something
      // accrued: no projection exists, so, as for a zero target, the status is read from the sign
      // of the variance to date (ahead of a plan that expects nothing yet is on track).
      !started &&
      asOf >= period.start.getTime() &&
      varianceToDate !== null &&
      !varianceToDate.isZero()
        ? meetsTarget(subject.direction, varianceToDate)
          ? "on_track"
          : "off_track"
        : projection.status,
    projection,
  };
}

/** A zero without a sign: decimal.js keeps `-0` (`-5 × 0`), which would print as "-0". */
function unsigned(value: Decimal): Decimal {
  return value.isZero() ? new KDecimal(0) : value;
}

function readPointTarget(
  value: unknown,
  place: Place,
  issues: KpiIssue[],
): Decimal | null | undefined {
  if (value === null) return null;
  if (isRecord(value)) {
    issues.push(
      makeIssue({
        ...place,
        code: "invalid_target",
        expected: TARGET_EXPECTED.pointTarget,
        received: describe(value),
      }),
    );
    return undefined;
  }
  if (value === undefined) {
    issues.push(
      makeIssue({
        ...place,
        code: "invalid_target",
        expected: TARGET_EXPECTED.pointTarget,
        received: "undefined",
      }),
    );
    return undefined;
  }
  return readDecimal(value, place, issues, "invalid_target");
}

function readCalendar(input: Record<string, unknown>, issues: KpiIssue[]): Calendar | undefined {
  const period = input.period;
  const periodCalendar = isRecord(period) ? period.calendar : undefined;
  let own: Calendar | undefined;
  let given: Calendar | undefined;
  let failed = false;
  if (periodCalendar !== undefined) {
    try {
      own = resolveCalendarFor(periodCalendar, "pace", ["period", "calendar"]);
    } catch (error) {
      if (!isKpiError(error)) throw error;
      issues.push(...error.issues);
      failed = true;
    }
  }
  if (input.calendar !== undefined) {
    try {
      given = resolveCalendarFor(input.calendar, "pace", ["calendar"]);
    } catch (error) {
      if (!isKpiError(error)) throw error;
      issues.push(...error.issues);
      failed = true;
    }
  }
  if (failed) return undefined;
  if (own !== undefined && given !== undefined && calendarKey(own) !== calendarKey(given)) {
    issues.push(
      makeIssue({
        ...{ subject: "pace", path: ["calendar"] },
        code: "invalid_calendar",
        expected: TARGET_EXPECTED.sameCalendar,
        received: describe(input.calendar),
      }),
    );
    return undefined;
  }
  return own ?? given ?? resolveCalendarFor(undefined, "pace", ["calendar"]);
}

function readPeriod(value: unknown, calendar: Calendar, issues: KpiIssue[]): Period | undefined {
  const key = typeof value === "string" ? value : isRecord(value) ? value.key : undefined;
  if (typeof key !== "string") {
    issues.push(
      makeIssue({
        ...{ subject: "pace", path: ["period"] },
        code: "invalid_period",
        expected: TARGET_EXPECTED.period,
        received: describe(value),
      }),
    );
    return undefined;
  }
  try {
    const period = parsePeriod(key, calendar);
    if (isRecord(value) && value.granularity !== period.granularity) {
      issues.push(
        makeIssue({
          ...{ subject: "pace", path: ["period"] },
          code: "invalid_period",
          expected: TARGET_EXPECTED.period,
          received: describe(value),
        }),
      );
      return undefined;
    }
    return period;
  } catch (error) {
    reissue(error, { subject: "pace", path: ["period"] }, issues);
    return undefined;
  }
}

function readCurve(
  curve: unknown,
  issues: KpiIssue[],
): { by: Granularity; weights: unknown } | "elapsed_time" | undefined {
  const place: Place = { subject: "pace", path: ["curve"] };
  if (curve === undefined || curve === "linear") return { by: "day", weights: undefined };
  if (curve === "elapsed_time") return "elapsed_time";
  if (!isRecord(curve) || !isGranularity(curve.by)) {
    issues.push(
      makeIssue({
        ...place,
        code: "invalid_option",
        expected: TARGET_EXPECTED.curve,
        received: describe(curve),
      }),
    );
    return undefined;
  }
  const extra = Object.keys(curve).filter((key) => key !== "by" && key !== "weights");
  if (extra.length > 0) {
    issues.push(
      makeIssue({
        ...place,
        code: "invalid_option",
        expected: TARGET_EXPECTED.curveFields,
        received: TARGET_EXPECTED.receivedFields(extra),
      }),
    );
    return undefined;
  }
  if (!Array.isArray(curve.weights) && typeof curve.weights !== "function") {
    issues.push(
      makeIssue({
        ...child(place, "weights"),
        code: "invalid_option",
        expected: TARGET_EXPECTED.curve,
        received: describe(curve.weights),
      }),
    );
    return undefined;
  }
  return { by: curve.by, weights: curve.weights };
}

/** The share of the target expected at `asOf`, as an exact fraction. */
function elapsedShare(
  period: Period,
  asOf: number,
  curve: unknown,
  issues: KpiIssue[],
): Share | undefined {
  const start = period.start.getTime();
  const end = period.end.getTime();
  const read = readCurve(curve, issues);
  if (read === undefined) return undefined;
  if (read === "elapsed_time") {
    const clamped = Math.min(Math.max(asOf, start), end);
    return { numerator: new KDecimal(clamped - start), denominator: new KDecimal(end - start) };
  }
  const place: Place = { subject: "pace", path: ["curve"] };
  const bucketer: Bucketer = sharedBucketer(read.by, period.calendar).bucketer;
  const first = bucketer.ordinalOf(start);
  const afterLast = bucketer.ordinalOf(end);
  if (
    bucketer.startOf(first) !== start ||
    bucketer.startOf(afterLast) !== end ||
    afterLast <= first
  ) {
    issues.push(
      makeIssue({
        ...child(place, "by"),
        code: "invalid_option",
        expected: `${TARGET_EXPECTED.curveGranularity} ${TARGET_EXPECTED.inParentheses(period.key)}`,
        received: describe(read.by),
      }),
    );
    return undefined;
  }
  const count = afterLast - first;
  const weights: Decimal[] = [];
  const before = issues.length;
  if (read.weights === undefined) {
    for (let i = 0; i < count; i++) weights.push(new KDecimal(1));
  } else if (Array.isArray(read.weights)) {
    if (read.weights.length !== count) {
      issues.push(
        makeIssue({
          ...child(place, "weights"),
          code: "invalid_option",
          expected: `${TARGET_EXPECTED.curveWeightsLength} ${TARGET_EXPECTED.inParentheses(count)}`,
          received: describe(read.weights),
        }),
      );
      return undefined;
    }
    read.weights.forEach((value: unknown, index: number) => {
      const weight = readWeight(
        value,
        child(place, "weights", index),
        issues,
        TARGET_EXPECTED.curveWeight,
      );
      if (weight !== undefined) weights.push(weight);
    });
  } else {
    const weightOf = read.weights as (subPeriod: Period) => unknown;
    for (let ordinal = first; ordinal < afterLast; ordinal++) {
      const subPeriod = bucketer.period(ordinal);
      const weight = readWeight(
        weightOf(subPeriod),
        child(place, "weights", subPeriod.key),
        issues,
        TARGET_EXPECTED.curveWeight,
      );
      if (weight !== undefined) weights.push(weight);
    }
  }
  if (issues.length > before) return undefined;
  const total = exact.sum(weights);
  if (total.isZero()) {
    issues.push(
      makeIssue({
        ...child(place, "weights"),
        code: "invalid_option",
        expected: TARGET_EXPECTED.curveTotal,
        received: "0",
      }),
    );
    return undefined;
  }
  if (asOf <= start) return { numerator: new KDecimal(0), denominator: total };
  if (asOf >= end) return { numerator: total, denominator: total };
  const current = bucketer.ordinalOf(asOf);
  const full = exact.sum(weights.slice(0, current - first));
  const subStart = bucketer.startOf(current);
  const length = new KDecimal(bucketer.startOf(current + 1) - subStart);
  const elapsed = new KDecimal(asOf - subStart);
  const weight = weights[current - first] as Decimal;
  return {
    numerator: exact.plus(exact.times(full, length), exact.times(weight, elapsed)),
    denominator: exact.times(total, length),
  };
}
