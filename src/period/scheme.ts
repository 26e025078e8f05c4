import { unreachable } from "../core/unreachable.js";
import { civilFromDays, DAY_MS, dayOfWeek, daysFromCivil, daysInMonth, pad } from "./civil.js";
import { GRANULARITY_SPECS, type GranularitySpec } from "./granularities.js";
import { GRANULARITIES } from "./granularity.js";
import { retailCalendarOf } from "./nrfRetailCalendar.js";
import { retailYears } from "./retailYears.js";
import type { Calendar, Granularity, RetailCalendar } from "./types.js";

/**
 * How one granularity numbers its periods in one calendar, by pure arithmetic on local dates.
 *
 * Ordinals: `day` counts days since 1970-01-01; `week` counts weeks (of the calendar's week
 * start) since the first one starting on or after 1970-01-01 (ordinal 0); month-based
 * granularities count units of 1, 3, 6 or 12 months since January 1970, shifted by the fiscal
 * start month for fiscal quarters, halves and years. The same period always has the same ordinal.
 *
 * @internal
 */
export interface PeriodScheme {
  readonly granularity: Granularity;
  /** Ordinal of the period containing the local day `epochDay` (days since 1970-01-01). */
  ordinalOfDay(epochDay: number): number;
  /** The local day on which the period with this ordinal begins. */
  firstDayOf(ordinal: number): number;
  /** The key of the period with this ordinal. */
  keyOf(ordinal: number): string;
  /** The ordinal of a key of this granularity, or undefined when it is malformed or does not exist. */
  ordinalOfKey(key: string): number | undefined;
}

/** The wall time (as UTC ms) at which the period with this ordinal begins. @internal */
export function wallStartOf(scheme: PeriodScheme, ordinal: number): number {
  return scheme.firstDayOf(ordinal) * DAY_MS;
}

/** Whether the keys of a unit end with the day of the month (`-DD`). */
function keyHasDay(unit: GranularitySpec["unit"]): boolean {
  switch (unit) {
    case "day":
      return true;
    case "week":
    case "month":
    case "retail_week":
    case "retail_period":
      return false;
    default:
      return unreachable(unit, "granularity unit");
  }
}

/** The shape of a granularity's keys, from its row: prefix, four-digit year, part, day. */
function keyShape(spec: GranularitySpec): RegExp {
  const part = spec.partWidth > 0 ? `-${spec.part}\\d{${spec.partWidth}}` : "";
  const day = keyHasDay(spec.unit) ? "-\\d{2}" : "";
  return new RegExp(`^${spec.prefix}\\d{4}${part}${day}$`);
}

/** Key shapes by granularity, built on first use (no work on import). */
let keyShapes: readonly (readonly [RegExp, Granularity])[] | undefined;

/** The granularity a key is written in, from its shape alone, or undefined. @internal */
export function granularityOfKey(key: string): Granularity | undefined {
  keyShapes ??= GRANULARITIES.map(
    (granularity) => [keyShape(GRANULARITY_SPECS[granularity]), granularity] as const,
  );
  for (const [shape, granularity] of keyShapes) if (shape.test(key)) return granularity;
  return undefined;
}

const DIGITS = /^\d+$/;

function digits(text: string | undefined): number | undefined {
  return text !== undefined && DIGITS.test(text) ? Number(text) : undefined;
}

/**
 * The scheme of a granularity in a calendar. Its `ordinalOfKey` refuses every key that is not
 * written exactly in the granularity's shape (four-digit years, two-digit months, weeks and days),
 * so every key it accepts reads back from `keyOf` unchanged.
 *
 * @internal
 */
export function createScheme(granularity: Granularity, calendar: Calendar): PeriodScheme {
  const scheme = schemeOf(granularity, calendar);
  return {
    ...scheme,
    ordinalOfKey: (key) =>
      typeof key === "string" && granularityOfKey(key) === granularity
        ? scheme.ordinalOfKey(key)
        : undefined,
  };
}

function schemeOf(granularity: Granularity, calendar: Calendar): PeriodScheme {
  const spec: GranularitySpec = GRANULARITY_SPECS[granularity];
  switch (spec.unit) {
    case "day":
      return dayScheme(granularity, spec);
    case "week":
      return weekScheme(granularity, spec, calendar.weekStartsOn);
    case "month":
      return monthBased(granularity, spec, calendar);
    case "retail_week":
      return retailWeekScheme(granularity, spec, retailCalendarOf(calendar));
    case "retail_period":
      return retailPeriodScheme(granularity, spec, retailCalendarOf(calendar));
    default:
      return unreachable(spec.unit, "granularity unit");
  }
}

/**
 * A key read by the positions its row gives (the shape was checked first): the year, the part
 * number (or undefined without a part) and the day of the month (for day keys).
 */
interface KeyParts {
  readonly year: number;
  readonly part: number | undefined;
  readonly day: number | undefined;
}

function readKey(spec: GranularitySpec, key: string): KeyParts | undefined {
  const yearAt = spec.prefix.length;
  const year = digits(key.slice(yearAt, yearAt + 4));
  const partAt = yearAt + 5 + spec.part.length;
  const part = spec.partWidth > 0 ? digits(key.slice(partAt, partAt + spec.partWidth)) : undefined;
  const dayAt = partAt + spec.partWidth + 1;
  const day = keyHasDay(spec.unit) ? digits(key.slice(dayAt, dayAt + 2)) : undefined;
  if (year === undefined) return undefined;
  return { year, part, day };
}

/** A key written by its row: prefix, year, part number, day of the month. */
function writeKey(spec: GranularitySpec, year: number, part: number, day = 0): string {
  const partText = spec.partWidth > 0 ? `-${spec.part}${pad(part, spec.partWidth)}` : "";
  const dayText = keyHasDay(spec.unit) ? `-${pad(day, 2)}` : "";
  return `${spec.prefix}${pad(year, 4)}${partText}${dayText}`;
}

/** Days: ordinal = days since 1970-01-01; the part of the key is the month. */
function dayScheme(granularity: Granularity, spec: GranularitySpec): PeriodScheme {
  return {
    granularity,
    ordinalOfDay: (epochDay) => epochDay,
    firstDayOf: (ordinal) => ordinal,
    keyOf(ordinal) {
      const { year, month, day } = civilFromDays(ordinal);
      return writeKey(spec, year, month, day);
    },
    ordinalOfKey(key) {
      const parts = readKey(spec, key);
      if (parts === undefined) return undefined;
      const { year, part: month = 0, day = 0 } = parts;
      if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
      return daysFromCivil(year, month, day);
    },
  };
}

/**
 * Weeks start on `weekStartsOn`; a week belongs to the week-year in which its fourth day falls
 * (for Monday starts, its Thursday: ISO 8601). Week 1 is the first week with at least four days in
 * January. The part of the key is the week number.
 */
function weekScheme(
  granularity: Granularity,
  spec: GranularitySpec,
  weekStartsOn: number,
): PeriodScheme {
  // Ordinal w starts on day 7w - shift; 1970-01-01 (day 0) is a Thursday.
  const shift = (4 - weekStartsOn + 7) % 7;
  const fourthWeekday = (weekStartsOn + 3) % 7;
  const firstFourthDay = (year: number): number => {
    const january1 = daysFromCivil(year, 1, 1);
    return january1 + ((fourthWeekday - dayOfWeek(january1) + 7) % 7);
  };
  return {
    granularity,
    ordinalOfDay: (epochDay) => Math.floor((epochDay + shift) / 7),
    firstDayOf: (ordinal) => ordinal * 7 - shift,
    keyOf(ordinal) {
      const fourthDay = ordinal * 7 - shift + 3;
      const weekYear = civilFromDays(fourthDay).year;
      return writeKey(spec, weekYear, (fourthDay - firstFourthDay(weekYear)) / 7 + 1);
    },
    ordinalOfKey(key) {
      const parts = readKey(spec, key);
      if (parts === undefined) return undefined;
      const { year: weekYear, part: week = 0 } = parts;
      if (week < 1) return undefined;
      const fourthDay = firstFourthDay(weekYear) + (week - 1) * 7;
      if (civilFromDays(fourthDay).year !== weekYear) return undefined;
      return (fourthDay - 3 + shift) / 7;
    },
  };
}

/**
 * Periods of `spec.months` months. Ordinal 0 starts in January 1970, plus the fiscal start month
 * for shifted rows. The year of the key is the calendar year, or for fiscal rows the fiscal year
 * (named by its start year, plus one with end-year naming unless fiscal years are calendar years,
 * which both namings name by their year); the part is the 1-based period within that year.
 */
function monthBased(
  granularity: Granularity,
  spec: GranularitySpec,
  calendar: Calendar,
): PeriodScheme {
  const length = spec.months;
  const fiscalStart = calendar.fiscalYearStartMonth - 1;
  const yearStart = spec.fiscal ? fiscalStart : 0;
  const nameShift =
    spec.fiscal && calendar.fiscalYearNaming === "end_year" && fiscalStart !== 0 ? 1 : 0;
  const offset = spec.shifted ? fiscalStart : 0;
  const perYear = 12 / length;
  const monthIndexOfDay = (epochDay: number): number => {
    const { year, month } = civilFromDays(epochDay);
    return (year - 1970) * 12 + month - 1;
  };
  return {
    granularity,
    ordinalOfDay: (epochDay) => Math.floor((monthIndexOfDay(epochDay) - offset) / length),
    firstDayOf(ordinal) {
      const monthIndex = ordinal * length + offset;
      const yearOffset = Math.floor(monthIndex / 12);
      return daysFromCivil(1970 + yearOffset, monthIndex - yearOffset * 12 + 1, 1);
    },
    keyOf(ordinal) {
      const sinceYearStart = ordinal * length + offset - yearStart;
      const year = Math.floor(sinceYearStart / 12);
      const index = (sinceYearStart - year * 12) / length + 1;
      return writeKey(spec, 1970 + year + nameShift, index);
    },
    ordinalOfKey(key) {
      const parts = readKey(spec, key);
      if (parts === undefined) return undefined;
      const index = spec.partWidth > 0 ? (parts.part ?? 0) : 1;
      if (index < 1 || index > perYear) return undefined;
      const monthIndex = (parts.year - nameShift - 1970) * 12 + yearStart + (index - 1) * length;
      return (monthIndex - offset) / length;
    },
  };
}

/** Ordinal w of weeks starting on `weekStartsOn` starts on day `7w - shift` (day 0 is a Thursday). */
function weekShift(weekStartsOn: number): number {
  return (4 - weekStartsOn + 7) % 7;
}

/**
 * Weeks of the retail year: ordinals count weeks as the `week` scheme does (from the retail
 * week start); the key's year is the retail year's name and its part the week of that year (1-53).
 */
function retailWeekScheme(
  granularity: Granularity,
  spec: GranularitySpec,
  retail: RetailCalendar,
): PeriodScheme {
  const years = retailYears(retail);
  const shift = weekShift(retail.weekStartsOn);
  return {
    granularity,
    ordinalOfDay: (epochDay) => Math.floor((epochDay + shift) / 7),
    firstDayOf: (ordinal) => ordinal * 7 - shift,
    keyOf(ordinal) {
      const first = ordinal * 7 - shift;
      const endYear = years.endYearOfDay(first);
      return writeKey(spec, years.nameOf(endYear), (first - years.firstDay(endYear)) / 7 + 1);
    },
    ordinalOfKey(key) {
      const parts = readKey(spec, key);
      if (parts === undefined) return undefined;
      const endYear = years.endYearOfName(parts.year);
      const week = parts.part ?? 0;
      if (week < 1 || week > years.weeks(endYear)) return undefined;
      return (years.firstDay(endYear) + (week - 1) * 7 + shift) / 7;
    },
  };
}

/**
 * Periods of `spec.months` retail periods (4 or 5 weeks each, by the pattern; the 53rd week in
 * `leapWeekPeriod`): ordinal 0 is the first such period of retail year 1970 (by end year), and
 * a year holds `12 / months` of them; the key's part is the 1-based period within the year.
 */
function retailPeriodScheme(
  granularity: Granularity,
  spec: GranularitySpec,
  retail: RetailCalendar,
): PeriodScheme {
  const years = retailYears(retail);
  const length = spec.months;
  const perYear = 12 / length;
  return {
    granularity,
    ordinalOfDay(epochDay) {
      const endYear = years.endYearOfDay(epochDay);
      const week = Math.floor((epochDay - years.firstDay(endYear)) / 7);
      const index = Math.floor(years.periodOfWeek(endYear, week) / length);
      return (endYear - 1970) * perYear + index;
    },
    firstDayOf(ordinal) {
      const yearOffset = Math.floor(ordinal / perYear);
      const endYear = 1970 + yearOffset;
      const index = ordinal - yearOffset * perYear;
      return years.firstDay(endYear) + 7 * years.weeksBefore(endYear, index * length);
    },
    keyOf(ordinal) {
      const yearOffset = Math.floor(ordinal / perYear);
      return writeKey(spec, years.nameOf(1970 + yearOffset), ordinal - yearOffset * perYear + 1);
    },
    ordinalOfKey(key) {
      const parts = readKey(spec, key);
      if (parts === undefined) return undefined;
      const index = spec.partWidth > 0 ? (parts.part ?? 0) : 1;
      if (index < 1 || index > perYear) return undefined;
      return (years.endYearOfName(parts.year) - 1970) * perYear + index - 1;
    },
  };
}
