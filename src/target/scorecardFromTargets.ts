import { type Decimal, isDecimalInstance, KDecimal } from "../core/decimal.js";
import { KpiError, type KpiIssue, makeIssue } from "../core/errors.js";
import { describe } from "../core/messages.js";
import type { Numeric } from "../core/numeric.js";
import type { AnyMetric } from "../model/types.js";
import type { Calendar, CalendarInput } from "../period/types.js";
import type { SeriesPointLike } from "./evaluateSeries.js";
import * as TARGET_EXPECTED from "./messages.js";
import type { TargetSpec } from "./parseTargets.js";
import {
  child,
  defaultBands,
  isMetric,
  isRecord,
  type Place,
  readActual,
  readSubject,
  readWeight,
} from "./read.js";
import type { Scorecard, ScorecardOptions } from "./scorecard.js";
import {
  checkWeightKeys,
  checkWeightTotal,
  readScorecardOptions,
  type ScorecardSettings,
  type ScoredEntry,
  scoreEntries,
} from "./scoring.js";
import { type ReadInterval, readInterval } from "./significance.js";
import {
  calendarMismatch,
  groupOf,
  metricsOf,
  type ReadSpec,
  readGroupOption,
  readPeriodArgument,
  readPeriodCalendar,
  readTargetsArgument,
} from "./targetSpecs.js";
import type { IntervalInput } from "./types.js";

/**
 * The actual of one metric for {@link scorecardFromTargets}: its value in the period, or its whole
 * series (such as the output of `metricSeries`), from which the point of the period (and group) is
 * taken.
 *
 * @category Targets
 */
export type ScorecardActual =
  | {
      /** The metric, or the id of a metric the targets carry. */
      readonly metric: AnyMetric | string;
      /** The metric's value in the period, or `null` when there is none. */
      readonly actual: Numeric | null;
      /** The interval of the value, when it is estimated from a sample (see `EvaluateInput.interval`). */
      readonly interval?: IntervalInput;
      readonly series?: undefined;
    }
  | {
      /** The metric, or the id of a metric the targets carry. */
      readonly metric: AnyMetric | string;
      /** The metric's series: the point whose period key (and group) is the scorecard's is used. */
      readonly series: Iterable<SeriesPointLike>;
      readonly actual?: undefined;
      readonly interval?: undefined;
    };

/**
 * Options of {@link scorecardFromTargets}: the period (and group) to score, and the options of
 * `scorecard`, whose `weights` are keyed by metric id here.
 *
 * @category Targets
 */
export interface ScorecardFromTargetsOptions extends ScorecardOptions {
  /** The period to score: a key such as `"2025-03"`, or a Period (then in the targets' calendar). */
  readonly period: string | { readonly key: string; readonly calendar?: CalendarInput };
  /** The group to score (a region, a sales rep); default `null`, the targets without a group. */
  readonly group?: string | number | boolean | null;
}

/** One metric's actual, read. */
interface ReadActual {
  readonly position: number;
  readonly metric: AnyMetric;
  readonly value: Decimal | null;
  /** The interval given with the actual (or with the series point used). */
  readonly interval: ReadInterval | undefined;
  /** The calendar of the series point used, and where it is, when the point carries one. */
  readonly pointCalendar: Calendar | undefined;
  readonly pointPlace: Place;
}

/**
 * Scores a period straight from a targets file: every target of the period (and group) becomes a
 * scorecard line, with the target's own weight, bands and label from the file, and the actual of
 * its metric — a value, or the point of the period in the metric's series. A target whose metric
 * has no actual is a line with no data (listed in `excluded`, never counted as zero); an actual
 * whose metric has no target in the period is a line with no data too, so nothing given is
 * dropped. Lines follow the targets file, then the actuals without a target. The score is that of
 * `scorecard`: weights default to 1 (`options.weights` by metric id, for targets without a weight
 * of their own), attainment capped at `cap`, exact sums and one final rounding.
 *
 * @param targets - The result of `parseTargets` (entries made by hand need a `metric`, or an actual
 * that gives it).
 * @param actuals - One `{ metric, actual }` or `{ metric, series }` per metric; an actual (or the
 * series point used) may carry the `interval` of its value, and its line's evaluation then carries
 * `significance`.
 * @param options - `period` (required), `group`, and the options of `scorecard`: `cap`, `weights`,
 * `bands` for the overall status, `locale` for the lines' labels.
 * @returns The {@link Scorecard}.
 * @throws {KpiError} listing every problem: `invalid_target` when the period (and group) has no
 * target at all (a wrong key, group or calendar, most likely); `unknown_metric` for an id no target
 * carries; `invalid_calendar` when a series point or the period is in another calendar than its
 * target; `invalid_argument` for malformed targets, actuals or points, or two actuals (or two
 * series points) for one metric; `invalid_number` for an actual; `invalid_option` for the options
 * and weights, as in `scorecard`.
 * @example
 * ```ts
 * import { parseTargets, salesRevenue, scorecardFromTargets, toDecimal, winRate } from "kinerja";
 *
 * const targets = parseTargets({
 *   targets: [
 *     { metric: "sales_revenue", period: "2025-03", target: "1000000000", weight: 3 },
 *     { metric: "win_rate", period: "2025-03", target: 0.3, weight: 2 },
 *     { metric: "customer_acquisition_cost", period: "2025-03", target: 2500000 },
 *     { metric: "win_rate", period: "2025-04", target: 0.3 },
 *   ],
 * });
 * const revenue = [
 *   { period: { key: "2025-02" }, value: toDecimal("900000000") },
 *   { period: { key: "2025-03" }, value: toDecimal("1100000000") },
 * ];
 * const card = scorecardFromTargets(
 *   targets,
 *   [
 *     { metric: salesRevenue, series: revenue },
 *     { metric: winRate, actual: "0.27" },
 *   ],
 *   { period: "2025-03", locale: "en-US" },
 * );
 * for (const line of card.lines) {
 *   console.log(line.label, line.weight.toString(), line.scoredAttainment?.toString() ?? "excluded");
 *   // Sales revenue 3 1.1
 *   // Win rate 2 0.9
 *   // Customer acquisition cost 1 excluded
 * }
 * console.log(card.score?.toString(), card.status);
 * // 1.02 on_track
 * ```
 * @category Targets
 */
export function scorecardFromTargets(
  targets: readonly TargetSpec[],
  actuals: readonly ScorecardActual[],
  options: ScorecardFromTargetsOptions,
): Scorecard {
  const place: Place = { subject: "scorecardFromTargets", path: [] };
  const issues: KpiIssue[] = [];
  const optionsPlace = child(place, "options");
  if (!isRecord(options)) {
    throw new KpiError([
      makeIssue({
        ...optionsPlace,
        code: "invalid_argument",
        expected: TARGET_EXPECTED.scorecardFromTargetsOptions,
        received: describe(options),
      }),
    ]);
  }
  const settings = readScorecardOptions(options, optionsPlace, issues);
  const period = readPeriodArgument(options.period, child(optionsPlace, "period"), issues);
  const group = readGroupOption(options.group, child(optionsPlace, "group"), issues);
  const specs = readTargetsArgument(targets, place, issues);
  if (period === undefined || group === undefined || settings === undefined) {
    // Without the period and group, actuals cannot be matched: report what is known.
    throw new KpiError(issues);
  }
  const byMetric = readActuals(actuals, targets, place, period.key, group, issues);
  const selected = specs.filter((spec) => spec.key === period.key && spec.group === group);
  if (selected.length === 0 && issues.length === 0) {
    issues.push(
      makeIssue({
        ...child(optionsPlace, "period"),
        code: "invalid_target",
        expected: TARGET_EXPECTED.periodWithTargets,
        received: TARGET_EXPECTED.receivedNoTarget(period.key, group),
      }),
    );
  }
  if (period.calendar !== undefined) {
    const mismatch = selected
      .map((spec) =>
        calendarMismatch(
          period.calendar as Calendar,
          spec,
          child(optionsPlace, "period", "calendar"),
        ),
      )
      .find((issue) => issue !== null);
    if (mismatch !== undefined && mismatch !== null) issues.push(mismatch);
  }
  const used = new Set<string>();
  const entries: ScoredEntry[] = [];
  for (const spec of selected) {
    const actual = byMetric.get(spec.metricId);
    const entry = targetEntry(spec, actual, settings, used, place, issues);
    if (entry !== undefined) entries.push(entry);
  }
  for (const actual of byMetric.values()) {
    if (used.has(actual.metric.id)) continue;
    const mapped = settings.weights.get(actual.metric.id);
    if (mapped !== undefined) used.add(actual.metric.id);
    entries.push({
      parts: partsOf(actual.metric, actual.value, null, null, actual.interval),
      weight: mapped ?? new KDecimal(1),
      label: actual.metric.label[settings.language],
    });
  }
  checkWeightKeys(settings, used, place.subject, TARGET_EXPECTED.weightKeyTarget, issues);
  if (issues.length === 0) checkWeightTotal(entries, child(place, "targets"), issues);
  if (issues.length > 0) throw new KpiError(issues);
  return scoreEntries(entries, settings);
}

/** What a line is evaluated from: its metric, actual and target, with the target's bands. */
function partsOf(
  metric: AnyMetric,
  actual: Decimal | null,
  target: ReadSpec["target"] | null,
  bands: ReadSpec["bands"],
  interval?: ReadInterval,
): ScoredEntry["parts"] {
  const range = target !== null && !isDecimalInstance(target);
  return {
    metricId: metric.id,
    label: metric.label,
    unit: metric.unit,
    direction: metric.direction,
    actual,
    target,
    bands: bands ?? defaultBands(metric.direction, range),
    lowerFormula: "inverse",
    ...(interval === undefined ? {} : { interval }),
  };
}

/** The line of one target: its metric, actual, weight and label, pushing every problem. */
function targetEntry(
  spec: ReadSpec,
  actual: ReadActual | undefined,
  settings: ScorecardSettings,
  used: Set<string>,
  place: Place,
  issues: KpiIssue[],
): ScoredEntry | undefined {
  const before = issues.length;
  const targetPlace = child(place, "targets", spec.position);
  const metric = spec.metric ?? actual?.metric;
  if (metric === undefined) {
    issues.push(
      makeIssue({
        ...child(targetPlace, "metricId"),
        code: "unknown_metric",
        expected: TARGET_EXPECTED.targetMetric,
        received: describe(spec.metricId),
      }),
    );
  }
  if (actual?.pointCalendar !== undefined) {
    const mismatch = calendarMismatch(actual.pointCalendar, spec, actual.pointPlace);
    if (mismatch !== null) issues.push(mismatch);
  }
  const raw = spec.spec as unknown as Record<string, unknown>;
  const mapped = settings.weights.get(spec.metricId);
  if (mapped !== undefined) used.add(spec.metricId);
  let weight: Decimal | undefined = mapped ?? new KDecimal(1);
  if (raw.weight !== undefined && raw.weight !== null) {
    weight = readWeight(raw.weight, child(targetPlace, "weight"), issues);
    if (mapped !== undefined) {
      issues.push(
        makeIssue({
          ...child(targetPlace, "weight"),
          code: "invalid_option",
          expected: TARGET_EXPECTED.weightTwiceTarget,
          received: TARGET_EXPECTED.receivedWeightTwice(describe(raw.weight), spec.metricId),
        }),
      );
    }
  }
  used.add(spec.metricId);
  if (metric === undefined || weight === undefined || issues.length > before) return undefined;
  const label = typeof raw.label === "string" && raw.label !== "" ? raw.label : null;
  return {
    parts: partsOf(metric, actual?.value ?? null, spec.target, spec.bands, actual?.interval),
    weight,
    label: label ?? metric.label[settings.language],
  };
}

/**
 * Reads the actuals, one per metric, each a value or the point of the period in a series; the
 * metrics they name are resolved against those the targets carry.
 */
function readActuals(
  actuals: unknown,
  targets: unknown,
  place: Place,
  key: string,
  group: string | number | boolean | null,
  issues: KpiIssue[],
): Map<string, ReadActual> {
  const byMetric = new Map<string, ReadActual>();
  const actualsPlace = child(place, "actuals");
  if (!Array.isArray(actuals)) {
    issues.push(
      makeIssue({
        ...actualsPlace,
        code: "invalid_argument",
        expected: TARGET_EXPECTED.actuals,
        received: describe(actuals),
      }),
    );
    return byMetric;
  }
  const lookup = new Map(metricsOf(targets));
  for (const entry of actuals as unknown[]) {
    if (isRecord(entry) && isMetric(entry.metric)) lookup.set(entry.metric.id, entry.metric);
  }
  (actuals as unknown[]).forEach((entry, position) => {
    const entryPlace = child(actualsPlace, position);
    if (!isRecord(entry) || entry.metric === undefined) {
      issues.push(
        makeIssue({
          ...entryPlace,
          code: "invalid_argument",
          expected: TARGET_EXPECTED.actualEntry,
          received: describe(entry),
        }),
      );
      return;
    }
    const subject = readSubject({ metric: entry.metric }, entryPlace, issues, lookup);
    const hasActual = entry.actual !== undefined;
    const hasSeries = entry.series !== undefined;
    if (hasActual === hasSeries) {
      issues.push(
        makeIssue({
          ...entryPlace,
          code: "invalid_argument",
          expected: TARGET_EXPECTED.actualOrSeries,
          received: TARGET_EXPECTED.receivedActualAndSeries(hasActual),
        }),
      );
      return;
    }
    let read: ReturnType<typeof pointOf>;
    if (hasActual) {
      const value = readActual(entry.actual, child(entryPlace, "actual"), issues);
      read = {
        value,
        interval:
          entry.interval === undefined
            ? undefined
            : readInterval(entry.interval, value, child(entryPlace, "interval"), issues),
        pointCalendar: undefined,
        pointPlace: entryPlace,
      };
    } else {
      read = pointOf(entry.series, child(entryPlace, "series"), key, group, issues);
    }
    const metric = subject?.metric ?? null;
    if (metric === null || read === undefined || read.value === undefined) return;
    if (byMetric.has(metric.id)) {
      issues.push(
        makeIssue({
          ...child(entryPlace, "metric"),
          code: "invalid_argument",
          expected: TARGET_EXPECTED.uniqueActual,
          received: TARGET_EXPECTED.receivedSecondActual(metric.id),
        }),
      );
      return;
    }
    byMetric.set(metric.id, {
      position,
      metric,
      value: read.value,
      interval: read.interval,
      pointCalendar: read.pointCalendar,
      pointPlace: read.pointPlace,
    });
  });
  return byMetric;
}

/**
 * The point of a series for a period key and group: its value (`null` when the series has no such
 * point) and calendar. Every point must be well formed; two points for the key and group are refused.
 */
function pointOf(
  series: unknown,
  place: Place,
  key: string,
  group: string | number | boolean | null,
  issues: KpiIssue[],
):
  | {
      value: Decimal | null | undefined;
      interval: ReadInterval | undefined;
      pointCalendar: Calendar | undefined;
      pointPlace: Place;
    }
  | undefined {
  if (
    series === null ||
    typeof series !== "object" ||
    typeof (series as Partial<Iterable<unknown>>)[Symbol.iterator] !== "function"
  ) {
    issues.push(
      makeIssue({
        ...place,
        code: "invalid_argument",
        expected: TARGET_EXPECTED.points,
        received: describe(series),
      }),
    );
    return undefined;
  }
  const before = issues.length;
  let found: { index: number; point: Record<string, unknown> } | undefined;
  let index = 0;
  for (const point of series as Iterable<unknown>) {
    const pointPlace = child(place, index);
    if (!isRecord(point) || !isRecord(point.period) || typeof point.period.key !== "string") {
      issues.push(
        makeIssue({
          ...pointPlace,
          code: "invalid_argument",
          expected: TARGET_EXPECTED.point,
          received: describe(point),
        }),
      );
    } else if (point.period.key === key && groupOf(point.group) === group) {
      if (found === undefined) {
        found = { index, point };
      } else {
        issues.push(
          makeIssue({
            ...pointPlace,
            code: "invalid_argument",
            expected: TARGET_EXPECTED.uniquePoint,
            received: TARGET_EXPECTED.receivedSecondPoint(key, group),
          }),
        );
      }
    }
    index++;
  }
  if (issues.length > before) return undefined;
  if (found === undefined) {
    return { value: null, interval: undefined, pointCalendar: undefined, pointPlace: place };
  }
  const pointPlace = child(place, found.index);
  const period = found.point.period as Record<string, unknown>;
  const value = readActual(found.point.value, child(pointPlace, "value"), issues);
  return {
    value,
    interval:
      found.point.interval === undefined
        ? undefined
        : readInterval(found.point.interval, value, child(pointPlace, "interval"), issues),
    pointCalendar: readPeriodCalendar(period, child(pointPlace, "period"), issues),
    pointPlace: child(pointPlace, "period", "calendar"),
  };
}
