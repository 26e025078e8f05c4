import { type Decimal, KDecimal } from "../core/decimal.js";
import { isKpiError, KpiError, type KpiIssue, makeIssue } from "../core/errors.js";
import { describe } from "../core/messages.js";
import type { Numeric } from "../core/numeric.js";
import { exact } from "../model/exact.js";
import type { AnyMetric, InputSpec, MetricDirection } from "../model/types.js";
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
import { businessDayTest, dayNumber, type Holiday } from "../review/countBusinessDays.js";
import { type ProjectionBand, projectionBands, projectTotal } from "../review/projectTotal.js";
import { computeEvaluation, type EvaluationParts, meetsTarget } from "./compute.js";
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
  /**
   * The value accumulated from the start of the period to `asOf`, or `null`. Leave it out when
   * giving `inputsToDate` (or `daily`, whose sum it then is).
   */
  readonly actualToDate?: Numeric | null;
  /**
   * Instead of `actualToDate`, for a metric that is a ratio of flows (win rate = won / (won +
   * lost), conversion, CAC): its inputs accumulated so far. Each input is projected to the end of
   * the period (`projectedInputs`) and the metric is the metric of the projected inputs — a ratio
   * of projected sums, not a projected ratio. Every input must roll up by `sum`. As every input
   * grows by the same factor, the factor cancels in a ratio: the projected win rate is the win
   * rate so far (what changes is how many deals it rests on), and it is computed from the inputs
   * so far, because a projected count (36.4 deals) is not a whole number.
   */
  readonly inputsToDate?: Readonly<Record<string, Numeric>>;
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
  /**
   * Count business days: the target accrues only on days that are neither on the `weekend`
   * (weekday numbers, default `[6, 0]`, Saturday and Sunday) nor in `holidays` (dates
   * `YYYY-MM-DD` or `{ date }` entries such as those of `indonesiaHolidaysExample`), the days read
   * in the calendar's zone. Replaces `curve`.
   */
  readonly businessDays?: {
    readonly holidays?: readonly Holiday[];
    readonly weekend?: readonly number[];
  };
  /**
   * The value of each day elapsed so far, in order (each business day with `businessDays`; 0 for
   * a day without sales): one value for each day that has ended by `asOf`, and, when `asOf` falls
   * within a day, optionally one more for that day so far — no fewer, as the number of values is
   * the number of days elapsed. The projection is then the total so far plus the remaining days
   * at the mean daily value, with a band from the variability of the days (see `projectTotal`).
   */
  readonly daily?: readonly Numeric[];
  /**
   * Instead of `daily`, the value of each calendar day elapsed so far, in order, counted as
   * `daily` counts its days (one value for each calendar day ended by `asOf`, optionally one more
   * for the day in progress). Without `businessDays` it is `daily`. With `businessDays`, deals
   * close on weekends and holidays too: each day's value is booked on the next business day that
   * has begun by `asOf` — on the last business day before, when none is left (a Saturday `asOf`
   * keeps its weekend on Friday) — so the business days so far carry every day so far, and pace
   * proceeds as with `daily` given the booked values (returned in `daily`).
   */
  readonly dailyByCalendarDay?: readonly Numeric[];
  /** The confidence level of the band from `daily` (default 0.95). */
  readonly confidence?: Numeric;
  /** The band from `daily`: `"prediction"` (default) or `"mean"` (see `projectionBands`). */
  readonly band?: ProjectionBand;
  /**
   * The early-period guard: no projection before this share of the period (by the curve, or of
   * its business days) has elapsed — `projected` is then `null` with the reason `too_early`.
   * From 0 to 1; default 0 (no guard). 0.2 keeps a few good or bad first days from swinging the
   * projection.
   */
  readonly minimumElapsedShare?: Numeric;
}

/**
 * Why a projection is `null`: no data, nothing of the target was expected yet, or less of the
 * period has elapsed than `minimumElapsedShare`.
 *
 * @category Targets
 */
export type ProjectionReason = "no_data" | "not_started" | "too_early";

/**
 * The band of a projection from daily values: where the period's total will land at the chosen
 * confidence, and the status each end would reach against the target.
 *
 * @category Targets
 */
export interface PaceBand {
  readonly band: ProjectionBand;
  readonly confidence: Decimal;
  /** The lower end; `null` with one day only (`reason: "single_day"`). */
  readonly lower: Decimal | null;
  readonly upper: Decimal | null;
  /** The status the lower end would reach (`no_data` without a band or a target). */
  readonly lowerStatus: TargetStatus;
  readonly upperStatus: TargetStatus;
  /** The days so far and in the whole period (business days with `businessDays`). */
  readonly elapsedDays: number;
  readonly totalDays: number;
  readonly reason: "single_day" | null;
}

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
  /** With `inputsToDate`: each input projected to the end of the period; otherwise `null`. */
  readonly projectedInputs: Readonly<Record<string, Decimal>> | null;
  /** With daily values: the band of the projection; otherwise (or without a projection) `null`. */
  readonly projectionBand: PaceBand | null;
  /**
   * With `daily` or `dailyByCalendarDay`: the value of each day so far that the projection rests
   * on (each business day with `businessDays`, the other days booked on them); otherwise `null`.
   */
  readonly daily: readonly Decimal[] | null;
  /**
   * With `businessDays` or daily values: the days (business days with `businessDays`) that have
   * ended by `asOf`, and in the whole period; otherwise `null`.
   */
  readonly days: { readonly elapsed: number; readonly total: number } | null;
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
 * an average or a snapshot does not accumulate — but a ratio of flows (win rate, conversion, CAC)
 * is paced from its inputs: give `inputsToDate`, and each input is projected and the metric
 * computed from the projections (a ratio of projected sums, not a projected ratio).
 *
 * - `businessDays` makes the target accrue on business days only (weekends and your holidays
 *   carry no weight), days read in the calendar's zone.
 * - `daily`, the value of each day so far (one for each day ended by `asOf`, and optionally one
 *   for the day in progress), gives the projection a band from the variability of
 *   the days (`projectTotal`: the total so far plus the remaining days at the mean daily value,
 *   Student's t band), and the status each end of the band would reach. `dailyByCalendarDay`
 *   takes the value of each calendar day instead and, with `businessDays`, books each weekend's and
 *   holiday's value on the next business day so far (on the last one when none is left).
 * - `minimumElapsedShare` guards the start of the period: before that share has elapsed there is
 *   no projection (`projected` `null`, reason `too_early`, status `no_data`).
 *
 * Before the period starts nothing is expected (share 0, no projection) and nothing can have
 * accrued, so `actualToDate` must then be 0 or `null`; at or after its end the share is 1 and the
 * projection is the actual. Every zero returned is an unsigned 0 (never `-0`).
 *
 * @param input - `metric` (or `direction`), `actualToDate` (or `inputsToDate`, or `daily` or
 * `dailyByCalendarDay`), `target`, `period`, `asOf`, and optional `calendar`, `curve` or
 * `businessDays`, `bands`, `attainment`, `daily` or `dailyByCalendarDay`, `confidence`, `band` and
 * `minimumElapsedShare`.
 * @returns The {@link Pacing}.
 * @throws {KpiError} `not_paceable` for a metric that does not accumulate (the message says why;
 * with `inputsToDate`, an input that does not roll up by sum); `invalid_period`, `invalid_date`,
 * `invalid_calendar`, `invalid_option` (curve, bands, business days, confidence, band, minimum
 * share), `invalid_number`, `invalid_target`, `invalid_argument` (both `actualToDate` and
 * `inputsToDate`, both `daily` and `dailyByCalendarDay`, either with `inputsToDate`); every problem
 * at once where possible; `inconsistent_inputs` for a non-zero `actualToDate` with `asOf` before
 * the period starts, fewer daily values than days ended by `asOf` or more than days begun, or an
 * `actualToDate` that is not the sum of the daily values.
 * @example
 * ```ts
 * import { indonesiaHolidaysExample, pace, salesRevenue, winRate } from "kinerja";
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
 *
 * // Business days, with the revenue of each one so far (millions of rupiah)
 * const holidays = indonesiaHolidaysExample.filter((day) => day.kind === "national_holiday");
 * const banded = pace({
 *   metric: salesRevenue,
 *   daily: [61, 58, 72, "49.5", 66, 70, 55, 63, 68, 59],
 *   target: 1250,
 *   period: "2025-03",
 *   asOf: "2025-03-15",
 *   calendar: { timeZone: "Asia/Jakarta" },
 *   businessDays: { holidays },
 * });
 * console.log(banded.days, banded.projected?.toString(), banded.status);
 * // { elapsed: 10, total: 20 } 1243 at_risk
 * const band = banded.projectionBand;
 * console.log(band?.lower?.toFixed(0), band?.upper?.toFixed(0), band?.lowerStatus, band?.upperStatus);
 * // 1172 1314 at_risk on_track
 *
 * // A ratio of flows: the win rate at month end from the projected won and lost deals
 * const winning = pace({
 *   metric: winRate,
 *   inputsToDate: { won: 18, lost: 42 },
 *   target: "0.35",
 *   period: "2025-03",
 *   asOf: "2025-03-15",
 *   calendar: { timeZone: "Asia/Jakarta" },
 *   businessDays: { holidays },
 * });
 * console.log(winning.projectedInputs, winning.projected?.toString(), winning.status);
 * // { won: 36, lost: 84 } 0.3 off_track
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
  const ratio = input.inputsToDate !== undefined;
  // The daily values: of each day that counts (daily) or of each calendar day, booked below.
  const byCalendarDay = input.dailyByCalendarDay !== undefined;
  const dailyField = byCalendarDay ? "dailyByCalendarDay" : "daily";
  const given = input[dailyField];
  let daily = given === undefined ? undefined : readDaily(given, dailyField, issues);
  if (byCalendarDay && input.daily !== undefined) {
    issues.push(
      makeIssue({
        ...child(place, dailyField),
        code: "invalid_argument",
        expected: TARGET_EXPECTED.dailyOrByCalendarDay,
        received: describe(given),
      }),
    );
  }
  let actual: Decimal | null | undefined;
  if (ratio && input.actualToDate !== undefined) {
    issues.push(
      makeIssue({
        ...child(place, "actualToDate"),
        code: "invalid_argument",
        expected: TARGET_EXPECTED.actualOrInputs,
        received: describe(input.actualToDate),
      }),
    );
  } else if (!ratio && !(input.actualToDate === undefined && given !== undefined)) {
    actual = readActual(input.actualToDate, child(place, "actualToDate"), issues);
  }
  if (ratio && given !== undefined) {
    issues.push(
      makeIssue({
        ...child(place, dailyField),
        code: "invalid_argument",
        expected: TARGET_EXPECTED.dailyWithInputs,
        received: describe(given),
      }),
    );
  }
  const target = readPointTarget(input.target, child(place, "target"), issues);
  const bands =
    input.bands === undefined ? undefined : readBands(input.bands, child(place, "bands"), issues);
  const lowerFormula =
    subject === undefined
      ? undefined
      : readFormula(input.attainment, subject.direction, null, child(place, "attainment"), issues);
  const paceable = subject?.metric ? notPaceableBecause(subject.metric) : null;
  if (subject !== undefined && ratio) {
    if (subject.metric === null) {
      issues.push(
        makeIssue({
          ...child(place, "metric"),
          code: "invalid_argument",
          expected: TARGET_EXPECTED.inputsNeedMetric,
          received: TARGET_EXPECTED.receivedNeither,
        }),
      );
    } else {
      const rollup = notFlowBecause(subject.metric);
      if (rollup !== null) {
        issues.push(
          makeIssue({
            ...child(place, "metric"),
            code: "not_paceable",
            expected: TARGET_EXPECTED.paceable,
            received: rollup,
          }),
        );
      }
    }
  } else if (paceable !== null) {
    issues.push(
      makeIssue({
        ...child(place, "metric"),
        code: "not_paceable",
        expected: TARGET_EXPECTED.paceable,
        received: paceable,
      }),
    );
  }
  const settings = readProjectionOptions(input, issues);
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
        }),
      );
    }
  }
  const isBusinessDay = readBusinessDays(input, issues);
  const curve =
    isBusinessDay === undefined || isBusinessDay === null
      ? input.curve
      : {
          by: "day",
          weights: (day: Period) => {
            const number = dayNumber(day.key);
            return number !== null && isBusinessDay(number) ? 1 : 0;
          },
        };
  const share =
    period === undefined || asOf === undefined || isBusinessDay === null
      ? undefined
      : elapsedShare(
          period,
          asOf,
          curve,
          issues,
          isBusinessDay === undefined ? "curve" : "businessDays",
        );
  if (
    issues.length > 0 ||
    subject === undefined ||
    (actual === undefined && !ratio && daily === undefined) ||
    target === undefined ||
    lowerFormula === undefined ||
    settings === undefined ||
    period === undefined ||
    asOf === undefined ||
    share === undefined ||
    isBusinessDay === null
  ) {
    throw new KpiError(issues);
  }
  // Inputs so far of a ratio of flows, read by the metric (its own errors for bad values).
  const inputs =
    ratio && subject.metric !== null
      ? (subject.metric.parseInputs(input.inputsToDate as never) as Readonly<
          Record<string, Decimal>
        >)
      : null;
  const days =
    isBusinessDay !== undefined || daily !== undefined
      ? countDays(period, asOf, isBusinessDay ?? (() => true))
      : null;
  if (daily !== undefined && days !== null) {
    const sum = exact.sum(daily);
    // One value for each day that has ended, and one for the day in progress if it is given:
    // projectTotal takes the number of values for the number of days elapsed.
    const ended = byCalendarDay ? days.calendarEnded : days.ended;
    const begun = byCalendarDay ? days.counted.length : days.begun;
    if (daily.length < ended || daily.length > begun) {
      throw new KpiError([
        makeIssue({
          ...child(place, dailyField),
          code: "inconsistent_inputs",
          expected: TARGET_EXPECTED.dailyPerDay(ended, begun),
          received: TARGET_EXPECTED.receivedValues(daily.length),
        }),
      ]);
    }
    if (actual !== undefined && (actual === null || !actual.eq(sum))) {
      throw new KpiError([
        makeIssue({
          ...child(place, "actualToDate"),
          code: "inconsistent_inputs",
          expected: TARGET_EXPECTED.dailySum(unsigned(sum).toString()),
          received: TARGET_EXPECTED.receivedActual(actual === null ? null : actual.toString()),
        }),
      ]);
    }
    actual = unsigned(sum);
    if (byCalendarDay) {
      daily = book(daily, days.counted);
      // A day's booked sum may have more digits than projectTotal squares exactly (1 + 1e-400).
      const long = daily.find((value) => value.sd() > 100);
      if (long !== undefined) {
        throw new KpiError([
          makeIssue({
            ...child(place, dailyField),
            code: "out_of_domain",
            expected: TARGET_EXPECTED.bookedDigits,
            received: describe(long.toString()),
          }),
        ]);
      }
    }
  }
  const metric = subject.metric;
  if (inputs !== null && metric !== null) actual = metric(inputs as never);
  const accrued =
    inputs === null ? actual : exact.sum(Object.values(inputs).map((value) => value.abs()));
  if (
    accrued !== null &&
    accrued !== undefined &&
    !accrued.isZero() &&
    asOf < period.start.getTime()
  ) {
    throw new KpiError([
      makeIssue({
        ...child(place, inputs === null ? "actualToDate" : "inputsToDate"),
        code: "inconsistent_inputs",
        expected: TARGET_EXPECTED.notStartedActual,
        received: TARGET_EXPECTED.receivedNotStarted(
          accrued.toString(),
          new Date(asOf).toISOString(),
          period.start.toISOString(),
        ),
      }),
    ]);
  }
  const current = actual ?? null;
  const started = !share.numerator.isZero();
  const tooEarly =
    started && share.numerator.lt(settings.minimumElapsedShare.times(share.denominator));
  const growth = (value: Decimal) => value.times(share.denominator).div(share.numerator);
  let projected: Decimal | null = null;
  let projectedInputs: Record<string, Decimal> | null = null;
  let band: ReturnType<typeof projectTotal> | null = null;
  if (started && !tooEarly) {
    if (inputs !== null && metric !== null) {
      projectedInputs = {};
      for (const [name, value] of Object.entries(inputs)) {
        projectedInputs[name] = unsigned(growth(value));
      }
      // Every input grows by the same factor, so the metric of the projected sums is, for a ratio of
      // flows, the metric of the sums so far (the factor cancels), and for a flow the run rate of
      // its value. It is computed that way because a projected count is rarely a whole number,
      // which a count input refuses.
      const soFar = metric(inputs as never);
      projected = soFar === null ? null : paceable === null ? growth(soFar) : soFar;
    } else if (daily !== undefined && days !== null) {
      band = projectTotal(
        { daily, totalDays: days.total },
        { confidence: settings.confidence, band: settings.band, minimumElapsedShare: 0 },
      );
      projected = band.projected;
    } else if (current !== null) {
      projected = growth(current);
    }
  }
  const parts: EvaluationParts = {
    metricId: subject.metricId,
    label: metric?.label ?? null,
    unit: metric?.unit ?? null,
    direction: subject.direction,
    actual: projected === null ? null : unsigned(projected),
    target,
    bands: bands ?? defaultBands(subject.direction, false),
    lowerFormula,
  };
  const projection = computeEvaluation(parts);
  // A ratio does not accrue: nothing of it is "expected by now".
  const accrues = paceable === null;
  const expectedToDate =
    target === null || !accrues
      ? null
      : unsigned(target.times(share.numerator).div(share.denominator));
  const varianceToDate =
    current === null || expectedToDate === null
      ? null
      : unsigned(exact.minus(current, expectedToDate));
  const statusOf = (value: Decimal | null) =>
    value === null ? "no_data" : computeEvaluation({ ...parts, actual: value }).status;
  return {
    metricId: subject.metricId,
    direction: subject.direction,
    period,
    asOf: new Date(asOf),
    elapsedShare: unsigned(new KDecimal(share.numerator).div(share.denominator)),
    actualToDate: current === null ? null : unsigned(current),
    target: target === null ? null : unsigned(target),
    expectedToDate,
    varianceToDate,
    projected: projected === null ? null : unsigned(projected),
    projectedReason:
      projected !== null
        ? null
        : !started
          ? current === null
            ? "no_data"
            : "not_started"
          : tooEarly
            ? "too_early"
            : "no_data",
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
    projectedInputs,
    projectionBand:
      band === null || band.projected === null || days === null
        ? null
        : {
            band: band.band,
            confidence: band.confidence,
            lower: band.lower,
            upper: band.upper,
            lowerStatus: statusOf(band.lower),
            upperStatus: statusOf(band.upper),
            elapsedDays: band.elapsedDays,
            totalDays: band.totalDays,
            reason: band.reason === "single_day" ? "single_day" : null,
          },
    daily: daily ?? null,
    days: days === null ? null : { elapsed: days.ended, total: days.total },
  };
}

/**
 * Each calendar day's value booked on the next day that counts among `counted` (whether each day
 * begun by asOf counts), or on the last one before it when none is left; without any, nothing.
 */
function book(values: readonly Decimal[], counted: readonly boolean[]): Decimal[] {
  const booked: Decimal[] = [];
  let pending: Decimal | undefined;
  counted.forEach((counts, index) => {
    const value = values[index];
    if (value !== undefined) pending = pending === undefined ? value : exact.plus(pending, value);
    if (counts && pending !== undefined) {
      booked.push(pending);
      pending = undefined;
    }
  });
  const last = booked.length - 1;
  if (pending !== undefined && last >= 0)
    booked[last] = exact.plus(booked[last] as Decimal, pending);
  return booked;
}

/** Why a metric's inputs are not all flows, or `null`: inputsToDate projects each of them. */
function notFlowBecause(metric: AnyMetric): string | null {
  for (const [name, spec] of Object.entries(metric.inputs as Record<string, InputSpec>)) {
    if (spec.rollup !== "sum") {
      return TARGET_EXPECTED.notPaceableRollup(metric.id, name, spec.rollup);
    }
  }
  return null;
}

function readDaily(value: unknown, field: string, issues: KpiIssue[]): Decimal[] | undefined {
  const place: Place = { subject: "pace", path: [field] };
  if (!Array.isArray(value)) {
    issues.push(
      makeIssue({
        ...place,
        code: "invalid_argument",
        expected: TARGET_EXPECTED.daily,
        received: describe(value),
      }),
    );
    return undefined;
  }
  const before = issues.length;
  const values = value.map((day: unknown, index: number) => {
    const read = readDecimal(day, child(place, index), issues);
    // projectTotal squares each value exactly: at most 100 significant digits
    if (read !== undefined && read.sd() > 100) {
      issues.push(
        makeIssue({
          ...child(place, index),
          code: "out_of_domain",
          expected: TARGET_EXPECTED.dailyDigits,
          received: describe(day),
        }),
      );
    }
    return read;
  });
  return issues.length > before ? undefined : (values as Decimal[]);
}

interface ProjectionSettings {
  readonly confidence: Decimal | undefined;
  readonly band: ProjectionBand | undefined;
  readonly minimumElapsedShare: Decimal;
}

function readProjectionOptions(
  input: Record<string, unknown>,
  issues: KpiIssue[],
): ProjectionSettings | undefined {
  const before = issues.length;
  const place: Place = { subject: "pace", path: [] };
  let confidence: Decimal | undefined;
  if (input.confidence !== undefined) {
    confidence = readDecimal(
      input.confidence,
      child(place, "confidence"),
      issues,
      "invalid_option",
    );
    if (confidence !== undefined && (!confidence.gt(0) || confidence.gt("0.999999999"))) {
      issues.push(
        makeIssue({
          ...child(place, "confidence"),
          code: "invalid_option",
          expected: TARGET_EXPECTED.paceConfidence,
          received: confidence.toString(),
        }),
      );
    }
  }
  if (input.band !== undefined && !(projectionBands as readonly unknown[]).includes(input.band)) {
    issues.push(
      makeIssue({
        ...child(place, "band"),
        code: "invalid_option",
        expected: TARGET_EXPECTED.paceBand,
        received: describe(input.band),
      }),
    );
  }
  let minimum: Decimal | undefined = new KDecimal(0);
  if (input.minimumElapsedShare !== undefined) {
    minimum = readDecimal(
      input.minimumElapsedShare,
      child(place, "minimumElapsedShare"),
      issues,
      "invalid_option",
    );
    if (minimum !== undefined && (minimum.isNegative() || minimum.gt(1))) {
      issues.push(
        makeIssue({
          ...child(place, "minimumElapsedShare"),
          code: "invalid_option",
          expected: TARGET_EXPECTED.minimumElapsedShare,
          received: minimum.toString(),
        }),
      );
    }
  }
  if (issues.length > before || minimum === undefined) return undefined;
  return {
    confidence,
    band: input.band as ProjectionBand | undefined,
    minimumElapsedShare: minimum,
  };
}

/**
 * The test of a business day from `businessDays`: `undefined` when it is not given, `null` when it
 * is refused (the issues pushed).
 */
function readBusinessDays(
  input: Record<string, unknown>,
  issues: KpiIssue[],
): ((day: number) => boolean) | null | undefined {
  const value = input.businessDays;
  if (value === undefined) return undefined;
  const place: Place = { subject: "pace", path: ["businessDays"] };
  if (input.curve !== undefined) {
    issues.push(
      makeIssue({
        ...place,
        code: "invalid_option",
        expected: TARGET_EXPECTED.curveOrBusinessDays,
        received: describe(value),
      }),
    );
    return null;
  }
  if (!isRecord(value)) {
    issues.push(
      makeIssue({
        ...place,
        code: "invalid_option",
        expected: TARGET_EXPECTED.businessDays,
        received: describe(value),
      }),
    );
    return null;
  }
  const extra = Object.keys(value).filter((key) => key !== "holidays" && key !== "weekend");
  if (extra.length > 0) {
    issues.push(
      makeIssue({
        ...place,
        code: "invalid_option",
        expected: TARGET_EXPECTED.businessDays,
        received: TARGET_EXPECTED.receivedFields(extra),
      }),
    );
    return null;
  }
  try {
    return businessDayTest(value, "pace", ["businessDays"]);
  } catch (error) {
    if (!isKpiError(error)) throw error;
    issues.push(...error.issues);
    return null;
  }
}

/**
 * The days of a period that count (business days, or every day), in all, begun and ended by asOf;
 * the calendar days ended by asOf, and whether each calendar day begun by asOf counts.
 */
function countDays(
  period: Period,
  asOf: number,
  counts: (day: number) => boolean,
): { total: number; begun: number; ended: number; calendarEnded: number; counted: boolean[] } {
  const bucketer = sharedBucketer("day", period.calendar).bucketer;
  const first = bucketer.ordinalOf(period.start.getTime());
  const afterLast = bucketer.ordinalOf(period.end.getTime());
  let total = 0;
  let begun = 0;
  let ended = 0;
  let calendarEnded = 0;
  const counted: boolean[] = [];
  for (let ordinal = first; ordinal < afterLast; ordinal++) {
    const day = dayNumber(bucketer.period(ordinal).key);
    const isBegun = bucketer.startOf(ordinal) < asOf;
    const isEnded = bucketer.startOf(ordinal + 1) <= asOf;
    const dayCounts = day !== null && counts(day);
    if (isBegun) counted.push(dayCounts);
    if (isEnded) calendarEnded++;
    if (!dayCounts) continue;
    total++;
    if (isBegun) begun++;
    if (isEnded) ended++;
  }
  return { total, begun, ended, calendarEnded, counted };
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
        received: describe(value),
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
  field: "curve" | "businessDays",
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
        ...(field === "curve" ? child(place, "weights") : { subject: "pace", path: [field] }),
        code: "invalid_option",
        expected: field === "curve" ? TARGET_EXPECTED.curveTotal : TARGET_EXPECTED.noBusinessDays,
        received: unsigned(total).toString(),
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
