import type { Decimal } from "../core/decimal.js";
import { isKpiError, type KpiIssue, makeIssue } from "../core/errors.js";
import { describe } from "../core/messages.js";
import type { AnyMetric } from "../model/types.js";
import { retailCalendarOf } from "../period/nrfRetailCalendar.js";
import { calendarKey } from "../period/registry.js";
import { resolveCalendarFor } from "../period/resolveCalendar.js";
import type { Calendar } from "../period/types.js";
import * as TARGET_EXPECTED from "./messages.js";
import { isGroupValue, type TargetSpec } from "./parseTargets.js";
import { child, isMetric, isRecord, type Place, readBands, readTarget } from "./read.js";
import type { ResolvedBands, TargetRange } from "./types.js";

// Reading targets that have already been parsed (by parseTargets, or made by hand), for the
// functions that look targets up by metric, period and group: evaluateSeries, targetFor and
// scorecardFromTargets.

/** A point's group: `null` for none, `undefined` for a value that cannot be a target's group. @internal */
export function groupOf(value: unknown): string | number | boolean | null | undefined {
  if (value === undefined || value === null) return null;
  return isGroupValue(value) ? value : undefined;
}

/** The metrics the targets carry, by id: how a string metric id resolves. @internal */
export function metricsOf(targets: unknown): ReadonlyMap<string, AnyMetric> {
  const lookup = new Map<string, AnyMetric>();
  if (!Array.isArray(targets)) return lookup;
  for (const entry of targets as unknown[]) {
    const metric = isRecord(entry) ? entry.metric : undefined;
    if (isMetric(metric)) lookup.set(metric.id, metric);
  }
  return lookup;
}

/** A target entry, checked and read. @internal */
export interface ReadSpec {
  readonly spec: TargetSpec;
  /** The metric the entry carries (entries from parseTargets do), `null` when it carries none. */
  readonly metric: AnyMetric | null;
  readonly position: number;
  readonly metricId: string;
  readonly key: string;
  readonly group: string | number | boolean | null;
  readonly calendar: Calendar | undefined;
  readonly target: Decimal | TargetRange<Decimal>;
  readonly bands: ResolvedBands | null;
}

/** The calendar a period carries, resolved; `undefined` when it carries none. @internal */
export function readPeriodCalendar(
  period: Record<string, unknown>,
  place: Place,
  issues: KpiIssue[],
): Calendar | undefined {
  if (period.calendar === undefined) return undefined;
  try {
    return resolveCalendarFor(period.calendar, place.subject, [...place.path, "calendar"]);
  } catch (error) {
    if (!isKpiError(error)) throw error;
    issues.push(...error.issues);
    return undefined;
  }
}

/**
 * The `targets` argument: its entries read with {@link readSpecs}, or an issue at `targets` when it
 * is not an array (then no entries). @internal
 */
export function readTargetsArgument(
  targets: unknown,
  place: Place,
  issues: KpiIssue[],
): ReadSpec[] {
  const targetsPlace = child(place, "targets");
  if (Array.isArray(targets)) return readSpecs(targets, targetsPlace, issues);
  issues.push(
    makeIssue({
      ...targetsPlace,
      code: "invalid_argument",
      expected: TARGET_EXPECTED.targets,
      received: describe(targets),
    }),
  );
  return [];
}

/**
 * Checks every entry of `targets` (from parseTargets, or made by hand): a record with a string
 * `metricId`, a `period` with a string `key`, a `target` that is a Numeric or a `{ min, max }` range,
 * optional `bands` and `group`. Pushes an issue at `targets[i]` for each malformed entry. @internal
 */
export function readSpecs(
  targets: readonly unknown[],
  place: Place,
  issues: KpiIssue[],
): ReadSpec[] {
  const specs: ReadSpec[] = [];
  targets.forEach((entry, position) => {
    const entryPlace = child(place, position);
    if (
      !isRecord(entry) ||
      typeof entry.metricId !== "string" ||
      !isRecord(entry.period) ||
      typeof entry.period.key !== "string" ||
      entry.target === null ||
      entry.target === undefined
    ) {
      issues.push(
        makeIssue({
          ...entryPlace,
          code: "invalid_argument",
          expected: TARGET_EXPECTED.targetSpec,
          received: describe(entry),
        }),
      );
      return;
    }
    const before = issues.length;
    const targetIssues: KpiIssue[] = [];
    const target = readTarget(entry.target, child(entryPlace, "target"), targetIssues);
    if (targetIssues.length > 0 || target === null || target === undefined) {
      issues.push(
        makeIssue({
          ...child(entryPlace, "target"),
          code: "invalid_argument",
          expected: TARGET_EXPECTED.targetSpec,
          received: describe(entry.target),
        }),
      );
    }
    const bands =
      entry.bands === undefined || entry.bands === null
        ? null
        : readBands(entry.bands, child(entryPlace, "bands"), issues);
    const group = entry.group === undefined || entry.group === null ? null : entry.group;
    if (group !== null && !isGroupValue(group)) {
      issues.push(
        makeIssue({
          ...child(entryPlace, "group"),
          code: "invalid_argument",
          expected: TARGET_EXPECTED.targetSpecGroup,
          received: describe(group),
        }),
      );
    }
    const calendar = readPeriodCalendar(entry.period, child(entryPlace, "period"), issues);
    if (
      issues.length > before ||
      target === null ||
      target === undefined ||
      bands === undefined ||
      (group !== null && !isGroupValue(group))
    ) {
      return;
    }
    specs.push({
      spec: entry as unknown as TargetSpec,
      metric: isMetric(entry.metric) ? entry.metric : null,
      position,
      metricId: entry.metricId,
      key: entry.period.key,
      group,
      calendar,
      target,
      bands,
    });
  });
  return specs;
}

/**
 * A calendar's value of a field as compared: the retail part completed with the NRF calendar's
 * when absent (a calendar without one cuts retail periods in the NRF calendar).
 */
function fieldValue(calendar: Calendar, field: keyof Calendar): unknown {
  return field === "retail" ? retailCalendarOf(calendar) : calendar[field];
}

/**
 * The fields in which two calendars differ. The retail part is compared as `calendarKey` (the
 * registry's identity of a calendar) writes it, so two calendars differ here exactly when their
 * keys do, once an absent retail part is read as NRF's.
 */
function differingFields(a: Calendar, b: Calendar): (keyof Calendar)[] {
  const fields: (keyof Calendar)[] = [
    "timeZone",
    "weekStartsOn",
    "fiscalYearStartMonth",
    "fiscalYearNaming",
  ];
  const differing = fields.filter((field) => a[field] !== b[field]);
  const sameRetail =
    calendarKey({ ...a, retail: retailCalendarOf(a) }) ===
    calendarKey({ ...a, retail: retailCalendarOf(b) });
  return sameRetail ? differing : [...differing, "retail"];
}

/**
 * The issue when a period and the matching target's period are cut in different calendars (the
 * same key names different instants in each), `null` when they agree or the target carries none.
 * @internal
 */
export function calendarMismatch(
  calendar: Calendar,
  spec: ReadSpec,
  place: Place,
): KpiIssue | null {
  const targetCalendar = spec.calendar;
  if (targetCalendar === undefined) return null;
  const fields = differingFields(calendar, targetCalendar);
  if (fields.length === 0) return null;
  return makeIssue({
    ...place,
    code: "invalid_calendar",
    expected: TARGET_EXPECTED.seriesCalendar,
    received: TARGET_EXPECTED.receivedCalendars(
      TARGET_EXPECTED.calendarFields(fields.map((field) => [field, fieldValue(calendar, field)])),
      TARGET_EXPECTED.calendarFields(
        fields.map((field) => [field, fieldValue(targetCalendar, field)]),
      ),
      spec.position,
    ),
  });
}

/** A period given to look targets up: its key, and its calendar when it carries one. @internal */
export interface PeriodArgument {
  readonly key: string;
  readonly calendar: Calendar | undefined;
}

/**
 * Reads a period given as a key (`"2025-03"`) or as a period object (`{ key, calendar? }`, such
 * as a Period), pushing an issue otherwise. @internal
 */
export function readPeriodArgument(
  value: unknown,
  place: Place,
  issues: KpiIssue[],
): PeriodArgument | undefined {
  if (typeof value === "string" && value !== "") return { key: value, calendar: undefined };
  if (isRecord(value) && typeof value.key === "string" && value.key !== "") {
    const before = issues.length;
    const calendar = readPeriodCalendar(value, place, issues);
    return issues.length > before ? undefined : { key: value.key, calendar };
  }
  issues.push(
    makeIssue({
      ...place,
      code: "invalid_argument",
      expected: TARGET_EXPECTED.period,
      received: describe(value),
    }),
  );
  return undefined;
}

/** Reads the group targets are looked up for: `null` (the default) for ungrouped targets. @internal */
export function readGroupOption(
  value: unknown,
  place: Place,
  issues: KpiIssue[],
): string | number | boolean | null | undefined {
  if (value === undefined || value === null) return null;
  if (isGroupValue(value)) return value;
  issues.push(
    makeIssue({
      ...place,
      code: "invalid_option",
      expected: TARGET_EXPECTED.targetSpecGroup,
      received: describe(value),
    }),
  );
  return undefined;
}
