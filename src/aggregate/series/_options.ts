import { fail, raise } from "../../core/errors.js";
import { describe } from "../../core/messages.js";
import { isGranularity } from "../../period/granularity.js";
import { isResolvedCalendar } from "../../period/registry.js";
import { resolveCalendarFor } from "../../period/resolveCalendar.js";
import type { Calendar } from "../../period/types.js";
import { MEASURE_FACTORIES } from "../measures/kinds.js";
import type { AnyMeasure, Measures } from "../measures/types.js";
import { AGGREGATE_EXPECTED, AGGREGATE_PLACE } from "../messages.js";
import { trustedStore } from "./_store.js";
import { isGroupKey, type Series } from "./series.js";

/** Whether a value is an object with a `[Symbol.iterator]` method (shared with src/sql). @internal */
export function isIterable(value: unknown): value is Iterable<unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function"
  );
}

/** Checks a measures object and returns its entries in order. @internal */
export function checkMeasures(subject: string, measures: unknown): [string, AnyMeasure][] {
  if (typeof measures !== "object" || measures === null || Array.isArray(measures)) {
    fail({
      code: "invalid_option",
      subject,
      path: ["measures"],
      where: AGGREGATE_PLACE.option("measures"),
      expected: AGGREGATE_EXPECTED.measures,
      received: describe(measures),
    });
  }
  const entries = Object.entries(measures as Measures);
  if (entries.length === 0)
    fail({
      code: "invalid_option",
      subject,
      path: ["measures"],
      where: AGGREGATE_PLACE.option("measures"),
      expected: AGGREGATE_EXPECTED.measures,
      received: describe(measures),
    });
  for (const [name, measure] of entries) {
    if (
      typeof measure !== "object" ||
      measure === null ||
      (measure as { type?: unknown }).type !== "measure"
    ) {
      fail({
        code: "invalid_option",
        subject,
        path: ["measures", name],
        where: AGGREGATE_PLACE.measure(name),
        expected: AGGREGATE_EXPECTED.measure(MEASURE_FACTORIES),
        received: describe(measure),
      });
    }
  }
  return entries;
}

/** Checks that an options argument is an object. @internal */
export function checkOptionsObject(subject: string, options: unknown): void {
  if (typeof options !== "object" || options === null) {
    raise("invalid_argument", subject, ["options"], AGGREGATE_EXPECTED.options, options);
  }
}

/** Whether a value is a count: a non-negative safe integer. @internal */
export function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

/**
 * Whether a value has the shape of a data-quality report (its counts, and a list of issues). Its
 * consistency is checked where that is needed. @internal
 */
export function isReportShape(value: unknown): value is Record<
  "records" | "accepted" | "rejected" | "outsideRange",
  number
> & {
  readonly issues: unknown[];
} {
  const report = value as Record<string, unknown> | null;
  return (
    typeof report === "object" &&
    report !== null &&
    isCount(report.records) &&
    isCount(report.accepted) &&
    isCount(report.rejected) &&
    isCount(report.outsideRange) &&
    Array.isArray(report.issues)
  );
}

function isCalendar(value: unknown): value is Calendar {
  if (typeof value !== "object" || value === null) return false;
  if (isResolvedCalendar(value)) return true;
  const given = value as Partial<Calendar>;
  let resolved: Calendar;
  try {
    resolved = resolveCalendarFor(value, "series", ["calendar"]);
  } catch {
    return false;
  }
  return (
    resolved.timeZone === given.timeZone &&
    resolved.weekStartsOn === given.weekStartsOn &&
    resolved.fiscalYearStartMonth === given.fiscalYearStartMonth &&
    resolved.fiscalYearNaming === given.fiscalYearNaming
  );
}

/**
 * Checks that a value is a series, in every part the operations read: granularity, calendar,
 * measures, periods, groups, cells (and each cell's states) and report. @internal
 */
export function checkSeries(
  subject: string,
  series: unknown,
  name = "series",
): asserts series is Series {
  if (
    typeof series !== "object" ||
    series === null ||
    (series as { type?: unknown }).type !== "series"
  ) {
    raise("invalid_argument", subject, [name], AGGREGATE_EXPECTED.series, series);
  }
  const value = series as Partial<Record<keyof Series, unknown>>;
  if (!isGranularity(value.granularity))
    raise(
      "invalid_argument",
      subject,
      [name, "granularity"],
      AGGREGATE_EXPECTED.series,
      value.granularity,
    );
  if (!isCalendar(value.calendar))
    raise(
      "invalid_argument",
      subject,
      [name, "calendar"],
      AGGREGATE_EXPECTED.series,
      value.calendar,
    );
  if (typeof value.grouped !== "boolean")
    raise("invalid_argument", subject, [name, "grouped"], AGGREGATE_EXPECTED.series, value.grouped);
  if (typeof value.filled !== "boolean")
    raise("invalid_argument", subject, [name, "filled"], AGGREGATE_EXPECTED.series, value.filled);
  if (typeof value.at !== "function")
    raise("invalid_argument", subject, [name, "at"], AGGREGATE_EXPECTED.series, value.at);
  const measures = value.measures;
  if (typeof measures !== "object" || measures === null || Array.isArray(measures)) {
    raise("invalid_argument", subject, [name, "measures"], AGGREGATE_EXPECTED.series, measures);
  }
  const entries = Object.entries(measures as Record<string, unknown>);
  if (entries.length === 0)
    raise("invalid_argument", subject, [name, "measures"], AGGREGATE_EXPECTED.series, measures);
  for (const [measureName, measure] of entries) {
    if (
      typeof measure !== "object" ||
      measure === null ||
      (measure as { type?: unknown }).type !== "measure" ||
      typeof (measure as { isState?: unknown }).isState !== "function"
    ) {
      raise(
        "invalid_argument",
        subject,
        [name, "measures", String(measureName)],
        AGGREGATE_EXPECTED.series,
        measure,
      );
    }
  }
  const periods = value.periods;
  if (!Array.isArray(periods))
    raise("invalid_argument", subject, [name, "periods"], AGGREGATE_EXPECTED.series, periods);
  const keys = new Set<string>();
  (periods as unknown[]).forEach((period, index) => {
    const candidate = period as {
      granularity?: unknown;
      key?: unknown;
      start?: unknown;
      end?: unknown;
    };
    if (
      typeof period !== "object" ||
      period === null ||
      candidate.granularity !== value.granularity ||
      typeof candidate.key !== "string" ||
      keys.has(candidate.key) ||
      !(candidate.start instanceof Date) ||
      !(candidate.end instanceof Date)
    ) {
      raise(
        "invalid_argument",
        subject,
        [name, "periods", String(index)],
        AGGREGATE_EXPECTED.series,
        period,
      );
    }
    keys.add(candidate.key as string);
  });
  const groups = value.groups;
  if (!Array.isArray(groups))
    raise("invalid_argument", subject, [name, "groups"], AGGREGATE_EXPECTED.series, groups);
  const groupSet = new Set<unknown>();
  (groups as unknown[]).forEach((group, index) => {
    if (!value.grouped || !isGroupKey(group) || groupSet.has(group)) {
      raise(
        "invalid_argument",
        subject,
        [name, "groups", String(index)],
        AGGREGATE_EXPECTED.series,
        group,
      );
    }
    groupSet.add(group);
  });
  // A series this library built holds what it was built with: its cells are not read (reading
  // them would build every cell object).
  if (trustedStore(series as Series) === undefined)
    checkCells(subject, name, value, keys, groupSet, entries);
  const report = value.report;
  if (!isReportShape(report)) {
    raise("invalid_argument", subject, [name, "report"], AGGREGATE_EXPECTED.series, report);
  }
}

/** Checks a positive integer option. @internal */
export function checkPositiveInteger(subject: string, name: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) {
    raise("invalid_argument", subject, name.split("."), AGGREGATE_EXPECTED.windowSize, value);
  }
  return value;
}

/** Checks every cell of a series (each cell's period, group, records, values and states). */
function checkCells(
  subject: string,
  name: string,
  value: Partial<Record<keyof Series, unknown>>,
  keys: ReadonlySet<string>,
  groupSet: ReadonlySet<unknown>,
  entries: readonly [string, unknown][],
): void {
  const cells = value.cells;
  if (!Array.isArray(cells))
    raise("invalid_argument", subject, [name, "cells"], AGGREGATE_EXPECTED.series, cells);
  (cells as unknown[]).forEach((cell, index) => {
    const candidate = cell as {
      period?: { key?: unknown } | null;
      group?: unknown;
      records?: unknown;
      values?: unknown;
      states?: Record<string, unknown> | null;
    };
    const ok =
      typeof cell === "object" &&
      cell !== null &&
      typeof candidate.period === "object" &&
      candidate.period !== null &&
      keys.has(candidate.period.key as string) &&
      (value.grouped ? groupSet.has(candidate.group) : candidate.group === null) &&
      isCount(candidate.records) &&
      typeof candidate.values === "object" &&
      candidate.values !== null &&
      typeof candidate.states === "object" &&
      candidate.states !== null;
    if (!ok)
      raise(
        "invalid_argument",
        subject,
        [name, "cells", String(index)],
        AGGREGATE_EXPECTED.series,
        cell,
      );
    for (const [measureName, measure] of entries) {
      const state = (candidate.states as Record<string, unknown>)[measureName];
      if (!(measure as AnyMeasure).isState(state)) {
        raise(
          "invalid_argument",
          subject,
          [name, "cells", String(index), "states", String(measureName)],
          AGGREGATE_EXPECTED.series,
          state,
        );
      }
    }
  });
}
