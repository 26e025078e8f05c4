import { fail } from "../../core/errors.js";
import { describe } from "../../core/messages.js";
import { isGranularity } from "../../period/granularity.js";
import { isResolvedCalendar } from "../../period/registry.js";
import { resolveCalendarFor } from "../../period/resolveCalendar.js";
import type { Calendar } from "../../period/types.js";
import { MEASURE_FACTORIES } from "../measures/kinds.js";
import type { AnyMeasure, Measures } from "../measures/types.js";
import { AGGREGATE_EXPECTED } from "../messages.js";
import { isGroupKey, type Series } from "./series.js";

/**
 * Throws an `invalid_option` / `invalid_argument` error of a series function (shared with src/sql).
 * A dotted name (`"range.from"`) becomes a path of several steps.
 *
 * @internal
 */
export function badOption(
  subject: string,
  name: string,
  expected: string,
  received: unknown,
  code: "invalid_option" | "invalid_argument" = "invalid_option",
): never {
  return fail({
    code,
    subject,
    path: name.split("."),
    where: code === "invalid_option" ? `option ${name}` : name,
    expected,
    received: describe(received),
  });
}

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
    badOption(subject, "measures", AGGREGATE_EXPECTED.measures, measures);
  }
  const entries = Object.entries(measures as Measures);
  if (entries.length === 0) badOption(subject, "measures", AGGREGATE_EXPECTED.measures, measures);
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
        where: `measure ${JSON.stringify(name)}`,
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
    badOption(subject, "options", AGGREGATE_EXPECTED.options, options, "invalid_argument");
  }
}

function badSeries(subject: string, name: string, place: string, value: unknown): never {
  return fail({
    code: "invalid_argument",
    subject,
    path: [name, ...place.split(".")].filter((step) => step !== ""),
    where: place === "" ? name : `${name}.${place}`,
    expected: AGGREGATE_EXPECTED.series,
    received: describe(value),
  });
}

function isCount(value: unknown): boolean {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
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
    badSeries(subject, name, "", series);
  }
  const value = series as Partial<Record<keyof Series, unknown>>;
  if (!isGranularity(value.granularity)) badSeries(subject, name, "granularity", value.granularity);
  if (!isCalendar(value.calendar)) badSeries(subject, name, "calendar", value.calendar);
  if (typeof value.grouped !== "boolean") badSeries(subject, name, "grouped", value.grouped);
  if (typeof value.filled !== "boolean") badSeries(subject, name, "filled", value.filled);
  if (typeof value.at !== "function") badSeries(subject, name, "at", value.at);
  const measures = value.measures;
  if (typeof measures !== "object" || measures === null || Array.isArray(measures)) {
    badSeries(subject, name, "measures", measures);
  }
  const entries = Object.entries(measures as Record<string, unknown>);
  if (entries.length === 0) badSeries(subject, name, "measures", measures);
  for (const [measureName, measure] of entries) {
    if (
      typeof measure !== "object" ||
      measure === null ||
      (measure as { type?: unknown }).type !== "measure" ||
      typeof (measure as { isState?: unknown }).isState !== "function"
    ) {
      badSeries(subject, name, `measures.${measureName}`, measure);
    }
  }
  const periods = value.periods;
  if (!Array.isArray(periods)) badSeries(subject, name, "periods", periods);
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
      badSeries(subject, name, `periods.${index}`, period);
    }
    keys.add(candidate.key as string);
  });
  const groups = value.groups;
  if (!Array.isArray(groups)) badSeries(subject, name, "groups", groups);
  const groupSet = new Set<unknown>();
  (groups as unknown[]).forEach((group, index) => {
    if (!value.grouped || !isGroupKey(group) || groupSet.has(group)) {
      badSeries(subject, name, `groups.${index}`, group);
    }
    groupSet.add(group);
  });
  const cells = value.cells;
  if (!Array.isArray(cells)) badSeries(subject, name, "cells", cells);
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
    if (!ok) badSeries(subject, name, `cells.${index}`, cell);
    for (const [measureName, measure] of entries) {
      const state = (candidate.states as Record<string, unknown>)[measureName];
      if (!(measure as AnyMeasure).isState(state)) {
        badSeries(subject, name, `cells.${index}.states.${measureName}`, state);
      }
    }
  });
  const report = value.report as Record<string, unknown> | null | undefined;
  if (
    typeof report !== "object" ||
    report === null ||
    !isCount(report.records) ||
    !isCount(report.accepted) ||
    !isCount(report.rejected) ||
    !isCount(report.outsideRange) ||
    !Array.isArray(report.issues)
  ) {
    badSeries(subject, name, "report", report);
  }
}

/** Checks a positive integer option. @internal */
export function checkPositiveInteger(subject: string, name: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) {
    badOption(subject, name, AGGREGATE_EXPECTED.windowSize, value, "invalid_argument");
  }
  return value;
}
