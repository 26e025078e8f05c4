import { unreachable } from "../core/unreachable.js";
import { GRANULARITY_SPECS, type GranularitySpec } from "./granularities.js";
import { retailCalendarOf } from "./nrfRetailCalendar.js";
import type { Calendar, Granularity } from "./types.js";

/** The month (0-11) at which the periods of a month-based row start, modulo their length. */
function startMonth(spec: GranularitySpec, calendar: Calendar): number {
  return spec.shifted ? (calendar.fiscalYearStartMonth - 1) % spec.months : 0;
}

/**
 * Whether every period of `fine` lies inside one period of `coarse` in a calendar, read from the
 * two rows of the granularity table: days nest in everything; weeks in weeks only (a week can
 * straddle two months), and in retail periods when they start on the retail week's first day
 * (retail weeks always do); retail periods in retail periods whose length is a multiple of theirs
 * (all start with their retail year); month-based periods in month-based periods whose length is a multiple of
 * theirs and whose starts are among theirs (months in fiscal quarters, quarters in fiscal years
 * that start in January, April, July or October). This is what `rollup` and pacing curves need.
 *
 * @param fine - The granularity of the periods to combine.
 * @param coarse - The granularity to combine them into.
 * @param calendar - A resolved calendar (the fiscal start month matters).
 * @returns Whether `fine` rolls up into `coarse`.
 * @internal
 */
export function periodsNest(fine: Granularity, coarse: Granularity, calendar: Calendar): boolean {
  const inner: GranularitySpec = GRANULARITY_SPECS[fine];
  const outer: GranularitySpec = GRANULARITY_SPECS[coarse];
  switch (inner.unit) {
    case "day":
      return true;
    case "week":
    case "retail_week":
      return weeksNestIn(inner, outer, calendar);
    case "month":
      return (
        outer.unit === "month" &&
        outer.months % inner.months === 0 &&
        startMonth(outer, calendar) % inner.months === startMonth(inner, calendar)
      );
    case "retail_period":
      return outer.unit === "retail_period" && outer.months % inner.months === 0;
    default:
      return unreachable(inner.unit, "granularity unit");
  }
}

/** The first day of a week-based row's weeks. */
function weekStart(spec: GranularitySpec, calendar: Calendar): number | undefined {
  switch (spec.unit) {
    case "week":
      return calendar.weekStartsOn;
    case "retail_week":
    case "retail_period":
      return retailCalendarOf(calendar).weekStartsOn;
    case "day":
    case "month":
      return undefined;
    default:
      return unreachable(spec.unit, "granularity unit");
  }
}

/**
 * Whether weeks (calendar or retail) nest in a coarser row: in weeks and retail periods that start
 * on the same day of the week (retail periods are whole retail weeks).
 */
function weeksNestIn(inner: GranularitySpec, outer: GranularitySpec, calendar: Calendar): boolean {
  switch (outer.unit) {
    case "week":
    case "retail_week":
      return weekStart(inner, calendar) === weekStart(outer, calendar);
    case "retail_period":
      return weekStart(inner, calendar) === weekStart(outer, calendar);
    case "day":
    case "month":
      return false;
    default:
      return unreachable(outer.unit, "granularity unit");
  }
}
