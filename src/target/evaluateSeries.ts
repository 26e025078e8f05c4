import { type Decimal, isDecimalInstance } from "../core/decimal.js";
import { KpiError, type KpiIssue, makeIssue } from "../core/errors.js";
import { describe } from "../core/messages.js";
import type { AnyMetric } from "../model/types.js";
import { calendarKey } from "../period/registry.js";
import type { Calendar, CalendarInput } from "../period/types.js";
import { computeEvaluation } from "./compute.js";
import { readFormula } from "./evaluate.js";
import * as TARGET_EXPECTED from "./messages.js";
import type { TargetSpec } from "./parseTargets.js";
import {
  child,
  defaultBands,
  isRecord,
  type Place,
  readActual,
  readBands,
  readSubject,
} from "./read.js";
import { type ReadInterval, readInterval } from "./significance.js";
import {
  calendarMismatch,
  groupOf,
  metricsOf,
  type ReadSpec,
  readPeriodCalendar,
  readSpecs,
} from "./targetSpecs.js";
import type { Evaluation, IntervalInput, StatusBands } from "./types.js";

/**
 * A point of a series of metric values, as produced by the aggregate layer: the period (its `key`,
 * and its `calendar` when it carries one), the value (`null` when undefined) and, for grouped
 * series, the group.
 * @category Targets
 */
export interface SeriesPointLike {
  readonly period: { readonly key: string; readonly calendar?: CalendarInput };
  readonly value: Decimal | null;
  readonly group?: unknown;
  /** The interval of the value, when it is estimated from a sample (see `EvaluateInput.interval`). */
  readonly interval?: IntervalInput;
}

/**
 * Options of {@link evaluateSeries}.
 *
 * @category Targets
 */
export interface EvaluateSeriesOptions {
  /** The metric the series holds, or the id of a metric the targets carry; only targets for it are used. */
  readonly metric: AnyMetric | string;
  /** Bands for targets that have none of their own (default: those of `evaluate`). */
  readonly bands?: StatusBands;
  /** Lower-is-better attainment formula: `"inverse"` (default) or `"linear"`. */
  readonly attainment?: "inverse" | "linear";
}

/**
 * One point with its evaluation.
 *
 * @category Targets
 */
export interface SeriesEvaluation<P extends SeriesPointLike = SeriesPointLike> {
  /** The point's period, as given. */
  readonly period: P["period"];
  /** The point's group, as given (`undefined` for an ungrouped series). */
  readonly group: P["group"];
  /** The target that matched, `null` when there was none. */
  readonly spec: TargetSpec | null;
  readonly evaluation: Evaluation;
}

/**
 * Evaluates a series of metric values against per-period targets: one {@link Evaluation} per
 * point, in the series' order. A point matches the target for the same metric whose period key is
 * the point's period key and whose `group` is the point's `group` (a string, number or boolean,
 * compared strictly: `"2025"` is not `2025`); targets without a group match points whose group is
 * `null` or absent. A point with no matching target is not dropped: it gets a
 * `no_data` evaluation with a `null` target. Targets for periods that are not in the series are
 * ignored. A point that carries the `interval` of its value (see `EvaluateInput.interval`) gets an
 * evaluation with `significance`.
 *
 * A key means different instants in different calendars (`2025-01` in Jakarta starts 7 hours
 * before `2025-01` in UTC), so when a point's period and its matching target's period both carry a
 * calendar, the two must be the same in every field (time zone, week start, fiscal year start and
 * naming): pass `parseTargets` the calendar the series was aggregated in.
 *
 * @param points - The series: any iterable of `{ period: { key, calendar? }, value, group? }`.
 * @param targets - Targets from `parseTargets` (or objects of the same shape: `metricId`,
 * `period: { key, calendar? }`, `target` a Numeric or `{ min, max }`, optional `bands` and `group`).
 * @param options - `metric` (required), and `bands` / `attainment` for targets without their own.
 * @returns One entry per point: the period, the group, the matched target and the evaluation.
 * @throws {KpiError} `invalid_argument` for a malformed point or target entry; `invalid_calendar`
 * when a point and its target are in different calendars; `unknown_metric`; `invalid_option` for
 * bands or attainment.
 * @example
 * ```ts
 * import { evaluateSeries, parseTargets, toDecimal } from "kinerja";
 *
 * const targets = parseTargets({
 *   targets: [
 *     { metric: "win_rate", period: "2025-01", target: 0.3 },
 *     { metric: "win_rate", period: "2025-02", target: 0.3 },
 *   ],
 * });
 * const series = [
 *   { period: { key: "2025-01" }, value: toDecimal("0.31") },
 *   { period: { key: "2025-02" }, value: toDecimal("0.27") },
 *   { period: { key: "2025-03" }, value: toDecimal("0.33") },
 * ];
 * for (const row of evaluateSeries(series, targets, { metric: "win_rate" })) {
 *   console.log(row.period.key, row.evaluation.attainment?.toString() ?? null, row.evaluation.status);
 *   // 2025-01 1.033333333333333333333333333333333 on_track
 *   // 2025-02 0.9 at_risk
 *   // 2025-03 null no_data
 * }
 * ```
 * @category Targets
 */
export function evaluateSeries<P extends SeriesPointLike>(
  points: Iterable<P>,
  targets: readonly TargetSpec[],
  options: EvaluateSeriesOptions,
): SeriesEvaluation<P>[] {
  const place: Place = { subject: "evaluateSeries", path: [] };
  const issues: KpiIssue[] = [];
  if (!isRecord(options)) {
    throw new KpiError([
      makeIssue({
        ...child(place, "options"),
        code: "invalid_argument",
        expected: TARGET_EXPECTED.options,
        received: describe(options),
      }),
    ]);
  }
  const optionsPlace = child(place, "options");
  if (options.metric === undefined) {
    issues.push(
      makeIssue({
        ...child(optionsPlace, "metric"),
        code: "invalid_argument",
        expected: TARGET_EXPECTED.metric,
        received: describe(options.metric),
      }),
    );
  }
  const subject =
    options.metric === undefined
      ? undefined
      : readSubject({ metric: options.metric }, optionsPlace, issues, metricsOf(targets));
  const bands =
    options.bands === undefined
      ? undefined
      : readBands(options.bands, child(optionsPlace, "bands"), issues);
  const lowerFormula =
    subject === undefined
      ? undefined
      : readFormula(
          options.attainment,
          subject.direction,
          null,
          child(optionsPlace, "attainment"),
          issues,
        );
  if (!Array.isArray(targets)) {
    issues.push(
      makeIssue({
        ...child(place, "targets"),
        code: "invalid_argument",
        expected: TARGET_EXPECTED.targets,
        received: describe(targets),
      }),
    );
  }
  const list: unknown[] = [];
  if (
    points === null ||
    typeof points !== "object" ||
    typeof (points as Partial<Iterable<P>>)[Symbol.iterator] !== "function"
  ) {
    issues.push(
      makeIssue({
        ...child(place, "points"),
        code: "invalid_argument",
        expected: TARGET_EXPECTED.points,
        received: describe(points),
      }),
    );
  } else {
    for (const point of points) list.push(point);
  }
  const values: (Decimal | null)[] = [];
  const intervals: (ReadInterval | undefined)[] = [];
  const pointCalendars: (Calendar | undefined)[] = [];
  list.forEach((point, index) => {
    const pointPlace = child(place, "points", index);
    if (!isRecord(point) || !isRecord(point.period) || typeof point.period.key !== "string") {
      issues.push(
        makeIssue({
          ...pointPlace,
          code: "invalid_argument",
          expected: TARGET_EXPECTED.point,
          received: describe(point),
        }),
      );
      return;
    }
    pointCalendars[index] = readPeriodCalendar(point.period, child(pointPlace, "period"), issues);
    const value = readActual(point.value, child(pointPlace, "value"), issues);
    if (value !== undefined) values[index] = value;
    if (point.interval !== undefined) {
      intervals[index] = readInterval(point.interval, value, child(pointPlace, "interval"), issues);
    }
  });
  const specs = Array.isArray(targets)
    ? readSpecs(targets as readonly unknown[], child(place, "targets"), issues)
    : [];
  if (issues.length > 0 || subject === undefined || lowerFormula === undefined) {
    throw new KpiError(issues);
  }

  const byKey = new Map<string, ReadSpec>();
  for (const spec of specs) {
    if (spec.metricId === subject.metricId) {
      byKey.set(JSON.stringify([spec.key, spec.group]), spec);
    }
  }
  const matched = list.map((raw) => {
    const group = groupOf((raw as P).group);
    return group === undefined
      ? undefined
      : byKey.get(JSON.stringify([(raw as P).period.key, group]));
  });
  checkCalendars(matched, pointCalendars, place, issues);
  if (issues.length > 0) throw new KpiError(issues);
  return list.map((raw, index) => {
    const point = raw as P;
    const spec = matched[index];
    const target = spec?.target ?? null;
    const range = target !== null && !isDecimalInstance(target);
    const evaluation = computeEvaluation({
      metricId: subject.metricId,
      label: subject.metric?.label ?? null,
      unit: subject.metric?.unit ?? null,
      direction: subject.direction,
      actual: values[index] ?? null,
      target,
      bands: spec?.bands ?? bands ?? defaultBands(subject.direction, range),
      lowerFormula,
      ...(intervals[index] === undefined ? {} : { interval: intervals[index] }),
    });
    return { period: point.period, group: point.group, spec: spec?.spec ?? null, evaluation };
  });
}

/**
 * A point and its target must be cut in the same calendar when both periods carry one: the same
 * key names different instants in different calendars. One issue per distinct pair of calendars.
 */
function checkCalendars(
  matched: readonly (ReadSpec | undefined)[],
  pointCalendars: readonly (Calendar | undefined)[],
  place: Place,
  issues: KpiIssue[],
): void {
  const reported = new Set<string>();
  matched.forEach((spec, index) => {
    const pointCalendar = pointCalendars[index];
    if (spec?.calendar === undefined || pointCalendar === undefined) return;
    const issue = calendarMismatch(
      pointCalendar,
      spec,
      child(place, "points", index, "period", "calendar"),
    );
    if (issue === null) return;
    const pair = JSON.stringify([calendarKey(pointCalendar), calendarKey(spec.calendar)]);
    if (reported.has(pair)) return;
    reported.add(pair);
    issues.push(issue);
  });
}
