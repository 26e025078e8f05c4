import { civilFromDays, DAY_MS, dayOfWeek, daysFromCivil, daysInMonth, pad } from "./civil.js";
import type { Calendar, Granularity } from "./types.js";

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

const KEY_SHAPES: readonly (readonly [RegExp, Granularity])[] = [
  [/^\d{4}-\d{2}-\d{2}$/, "day"],
  [/^\d{4}-W\d{2}$/, "week"],
  [/^\d{4}-\d{2}$/, "month"],
  [/^\d{4}-Q\d$/, "quarter"],
  [/^\d{4}-H\d$/, "half_year"],
  [/^\d{4}$/, "year"],
  [/^FY\d{4}-M\d{2}$/, "fiscal_month"],
  [/^FY\d{4}-Q\d$/, "fiscal_quarter"],
  [/^FY\d{4}-H\d$/, "fiscal_half_year"],
  [/^FY\d{4}$/, "fiscal_year"],
];

/** The granularity a key is written in, from its shape alone, or undefined. @internal */
export function granularityOfKey(key: string): Granularity | undefined {
  for (const [shape, granularity] of KEY_SHAPES) if (shape.test(key)) return granularity;
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
  switch (granularity) {
    case "day":
      return dayScheme();
    case "week":
      return weekScheme(calendar.weekStartsOn);
    case "month":
      return monthBased("month", 1, 0, calendar);
    case "quarter":
      return monthBased("quarter", 3, 0, calendar);
    case "half_year":
      return monthBased("half_year", 6, 0, calendar);
    case "year":
      return monthBased("year", 12, 0, calendar);
    case "fiscal_month":
      return monthBased("fiscal_month", 1, 0, calendar);
    case "fiscal_quarter":
      return monthBased("fiscal_quarter", 3, calendar.fiscalYearStartMonth - 1, calendar);
    case "fiscal_half_year":
      return monthBased("fiscal_half_year", 6, calendar.fiscalYearStartMonth - 1, calendar);
    case "fiscal_year":
      return monthBased("fiscal_year", 12, calendar.fiscalYearStartMonth - 1, calendar);
  }
}

function dayKey(epochDay: number): string {
  const { year, month, day } = civilFromDays(epochDay);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function dayScheme(): PeriodScheme {
  return {
    granularity: "day",
    ordinalOfDay: (epochDay) => epochDay,
    firstDayOf: (ordinal) => ordinal,
    keyOf: dayKey,
    ordinalOfKey(key) {
      if (key.length !== 10 || key[4] !== "-" || key[7] !== "-") return undefined;
      const year = digits(key.slice(0, 4));
      const month = digits(key.slice(5, 7));
      const day = digits(key.slice(8, 10));
      if (year === undefined || month === undefined || day === undefined) return undefined;
      if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
      return daysFromCivil(year, month, day);
    },
  };
}

/**
 * Weeks start on `weekStartsOn`; a week belongs to the week-year in which its fourth day falls
 * (for Monday starts, its Thursday: ISO 8601). Week 1 is the first week with at least four days in
 * January.
 */
function weekScheme(weekStartsOn: number): PeriodScheme {
  // Ordinal w starts on day 7w - shift; 1970-01-01 (day 0) is a Thursday.
  const shift = (4 - weekStartsOn + 7) % 7;
  const fourthWeekday = (weekStartsOn + 3) % 7;
  const firstFourthDay = (year: number): number => {
    const january1 = daysFromCivil(year, 1, 1);
    return january1 + ((fourthWeekday - dayOfWeek(january1) + 7) % 7);
  };
  return {
    granularity: "week",
    ordinalOfDay: (epochDay) => Math.floor((epochDay + shift) / 7),
    firstDayOf: (ordinal) => ordinal * 7 - shift,
    keyOf(ordinal) {
      const fourthDay = ordinal * 7 - shift + 3;
      const weekYear = civilFromDays(fourthDay).year;
      const week = (fourthDay - firstFourthDay(weekYear)) / 7 + 1;
      return `${pad(weekYear, 4)}-W${pad(week, 2)}`;
    },
    ordinalOfKey(key) {
      if (key.length !== 8 || key[4] !== "-" || key[5] !== "W") return undefined;
      const weekYear = digits(key.slice(0, 4));
      const week = digits(key.slice(6, 8));
      if (weekYear === undefined || week === undefined || week < 1) return undefined;
      const fourthDay = firstFourthDay(weekYear) + (week - 1) * 7;
      if (civilFromDays(fourthDay).year !== weekYear) return undefined;
      return (fourthDay - 3 + shift) / 7;
    },
  };
}

/** Units of `length` months; the unit with ordinal 0 starts in January 1970 + `offset` months. */
function monthBased(
  granularity: Granularity,
  length: 1 | 3 | 6 | 12,
  offset: number,
  calendar: Calendar,
): PeriodScheme {
  const fiscalStart = calendar.fiscalYearStartMonth - 1;
  // Fiscal years are named by their start year, plus one with end-year naming (unless they are
  // calendar years, which both namings name by their year).
  const nameShift = calendar.fiscalYearNaming === "end_year" && fiscalStart !== 0 ? 1 : 0;
  const monthIndexOfDay = (epochDay: number): number => {
    const { year, month } = civilFromDays(epochDay);
    return (year - 1970) * 12 + month - 1;
  };
  const fiscal = granularity.startsWith("fiscal_");
  const unitsPerYear = 12 / length;

  const keyOf = (ordinal: number): string => {
    const monthIndex = ordinal * length + offset;
    if (!fiscal) {
      const year = pad(1970 + Math.floor(monthIndex / 12), 4);
      const month = monthIndex - Math.floor(monthIndex / 12) * 12; // 0-11
      switch (granularity) {
        case "month":
          return `${year}-${pad(month + 1, 2)}`;
        case "quarter":
          return `${year}-Q${month / 3 + 1}`;
        case "half_year":
          return `${year}-H${month / 6 + 1}`;
        default:
          return year;
      }
    }
    const fiscalYear = Math.floor((monthIndex - fiscalStart) / 12);
    const name = `FY${pad(1970 + fiscalYear + nameShift, 4)}`;
    const index = (monthIndex - fiscalStart - fiscalYear * 12) / length + 1;
    switch (granularity) {
      case "fiscal_month":
        return `${name}-M${pad(index, 2)}`;
      case "fiscal_quarter":
        return `${name}-Q${index}`;
      case "fiscal_half_year":
        return `${name}-H${index}`;
      default:
        return name;
    }
  };

  const ordinalOfKey = (key: string): number | undefined => {
    let year: number | undefined;
    let index = 1; // 1-based unit within the (fiscal) year
    if (!fiscal) {
      year = digits(key.slice(0, 4));
      const rest = key.slice(4);
      switch (granularity) {
        case "month":
          if (rest[0] !== "-" || rest.length !== 3) return undefined;
          index = digits(rest.slice(1)) ?? 0;
          break;
        case "quarter":
          if (rest[0] !== "-" || rest[1] !== "Q" || rest.length !== 3) return undefined;
          index = digits(rest.slice(2)) ?? 0;
          break;
        case "half_year":
          if (rest[0] !== "-" || rest[1] !== "H" || rest.length !== 3) return undefined;
          index = digits(rest.slice(2)) ?? 0;
          break;
        default:
          if (rest !== "") return undefined;
      }
    } else {
      if (!key.startsWith("FY")) return undefined;
      year = digits(key.slice(2, 6));
      const rest = key.slice(6);
      switch (granularity) {
        case "fiscal_month":
          if (rest[0] !== "-" || rest[1] !== "M" || rest.length !== 4) return undefined;
          index = digits(rest.slice(2)) ?? 0;
          break;
        case "fiscal_quarter":
          if (rest[0] !== "-" || rest[1] !== "Q" || rest.length !== 3) return undefined;
          index = digits(rest.slice(2)) ?? 0;
          break;
        case "fiscal_half_year":
          if (rest[0] !== "-" || rest[1] !== "H" || rest.length !== 3) return undefined;
          index = digits(rest.slice(2)) ?? 0;
          break;
        default:
          if (rest !== "") return undefined;
      }
    }
    if (year === undefined || key.length < 4 || index < 1 || index > unitsPerYear) return undefined;
    if (!fiscal) return ((year - 1970) * 12) / length + index - 1;
    const fiscalYear = year - nameShift - 1970;
    const monthIndex = fiscalYear * 12 + fiscalStart + (index - 1) * length;
    return (monthIndex - offset) / length;
  };

  return {
    granularity,
    ordinalOfDay: (epochDay) => Math.floor((monthIndexOfDay(epochDay) - offset) / length),
    firstDayOf(ordinal) {
      const monthIndex = ordinal * length + offset;
      const yearOffset = Math.floor(monthIndex / 12);
      return daysFromCivil(1970 + yearOffset, monthIndex - yearOffset * 12 + 1, 1);
    },
    keyOf,
    ordinalOfKey,
  };
}
