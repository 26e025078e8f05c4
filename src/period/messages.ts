/**
 * The words of the period layer (src/period): what calendars, instants, periods and their keys were
 * expected to be, where a problem was, and what was received when that needs more than `describe`.
 * Vocabulary lists derive from their tables, so a new granularity or calendar field is named here
 * without an edit.
 *
 * @internal
 */

import {
  CALENDAR_FIELDS,
  FISCAL_YEAR_NAMINGS,
  FISCAL_YEAR_START_MONTHS,
  LEAP_WEEK_PERIODS,
  RETAIL_CALENDAR_FIELDS,
  RETAIL_PATTERNS,
  RETAIL_YEAR_ENDS,
  WEEK_STARTS,
} from "./calendarFields.js";
import { GRANULARITY_SPECS } from "./granularities.js";
import { GRANULARITIES } from "./granularity.js";

/** Values quoted and joined: `"a", "b" or "c"` (with `last`), `"a", "b", "c"` (without). */
function quoted(values: readonly string[], last?: string): string {
  const texts = values.map((value) => JSON.stringify(value));
  if (last === undefined || texts.length < 2) return texts.join(", ");
  return `${texts.slice(0, -1).join(", ")} ${last} ${texts[texts.length - 1]}`;
}

/** Expectations of calendars, periods and instants. @internal */
export const PERIOD_EXPECTED = {
  calendar:
    "a calendar object with any of timeZone, weekStartsOn, fiscalYearStartMonth, fiscalYearNaming and retail",
  get retailCalendar(): string {
    return `a retail calendar object with any of ${RETAIL_CALENDAR_FIELDS.join(", ")}`;
  },
  get retailCalendarField(): string {
    return `one of the retail calendar fields ${quoted(RETAIL_CALENDAR_FIELDS)}`;
  },
  get retailYearEnd(): string {
    return `${quoted(RETAIL_YEAR_ENDS, "or")} (the last week-ending day of the year-end month, or the one nearest its end)`;
  },
  get retailYearEndMonth(): string {
    return `an integer month from ${FISCAL_YEAR_START_MONTHS[0]} (January) to ${FISCAL_YEAR_START_MONTHS[FISCAL_YEAR_START_MONTHS.length - 1]} (December) in or near whose end the year ends`;
  },
  get retailPattern(): string {
    return `a pattern of weeks per quarter, ${quoted(RETAIL_PATTERNS, "or")}`;
  },
  get leapWeekPeriod(): string {
    return `an integer period from ${LEAP_WEEK_PERIODS[0]} to ${LEAP_WEEK_PERIODS[LEAP_WEEK_PERIODS.length - 1]} to take the 53rd week`;
  },
  retailComparisonRule: (rules: readonly string[]): string => `one of ${quoted(rules)}`,
  retailPeriod: (granularities: readonly string[]): string =>
    `a period of a retail granularity (${quoted(granularities, "or")})`,
  get calendarField(): string {
    return `one of the calendar fields ${quoted(CALENDAR_FIELDS)}`;
  },
  timeZone: 'an IANA time zone name such as "Asia/Jakarta", "Europe/Berlin" or "UTC"',
  get weekStartsOn(): string {
    return `an integer day of the week from ${WEEK_STARTS[0]} (Sunday) to ${WEEK_STARTS[WEEK_STARTS.length - 1]} (Saturday)`;
  },
  get fiscalYearStartMonth(): string {
    return `an integer month from ${FISCAL_YEAR_START_MONTHS[0]} (January) to ${FISCAL_YEAR_START_MONTHS[FISCAL_YEAR_START_MONTHS.length - 1]} (December)`;
  },
  get fiscalYearNaming(): string {
    return quoted(FISCAL_YEAR_NAMINGS, "or");
  },
  get granularity(): string {
    return `one of ${quoted(GRANULARITIES)}`;
  },
  instant:
    'a Date, epoch milliseconds, or an ISO-8601 date or date-time string such as "2025-03-14", "2025-03-14T09:30:00Z" or "2025-03-14T09:30:00+07:00"',
  validDate: "a valid Date",
  instantRange: "an instant from 0001-01-02T00:00:00Z up to (not including) 9999-01-01T00:00:00Z",
  epochMilliseconds:
    "epoch milliseconds (this number is below 100000000000, which looks like epoch seconds: multiply by 1000, or pass a Date or an ISO string for instants near 1970)",
  existingDate:
    "a date and time that exist in the calendar (month 01-12, day within the month, hour 00-23, minute and second 00-59, offset hours 00-23)",
  get periodKey(): string {
    return `a period key such as ${quoted(
      GRANULARITIES.map((granularity) => GRANULARITY_SPECS[granularity].example),
      "or",
    )}`;
  },
  existingPeriod:
    "a period that exists in the calendar (a real date, a week number the week-year has, a month 01-12)",
  existingPeriodOf: (granularity: string): string =>
    `${PERIOD_EXPECTED.existingPeriod}, of granularity ${granularity}`,
  periodOf: (granularity: string): string => `a ${granularity} period`,
  period:
    "a period from periodOf, parsePeriod or periodRange (an object with granularity, key and calendar)",
  periodInRange:
    "a period containing instants from 0001-01-02T00:00:00Z up to 9999-01-01T00:00:00Z",
  periodCount: "an integer number of periods",
  rangeOrder: 'an instant at or before "to"',
  rangeSize: "a range of at most 1000000 periods",
  rangeBound: "an instant, a period key of the calendar or a period",
  rangeBoundBecause: (detail: string): string => `${PERIOD_EXPECTED.rangeBound}: ${detail}`,
  zoneOffset: 'a UTC offset from the runtime\'s Intl data such as "GMT+07:00" or "GMT-00:44:30"',
  finiteEpoch: "finite epoch milliseconds",
} as const;

/** How places read where the path alone does not say it well. @internal */
export const PERIOD_WHERE = {
  instant: "instant",
  resultingPeriod: "the resulting period",
  periodKey: "period key",
  range: "the range",
  calendar: "calendar",
  calendarField: (field: string): string => `calendar field ${JSON.stringify(field)}`,
  bound: (name: string): string => JSON.stringify(name),
  zoneOffset: "time zone offset",
} as const;

/** What was received, where `describe` alone does not say it. @internal */
export const PERIOD_RECEIVED = {
  outsideRange: (granularity: string, after: boolean): string =>
    `a ${granularity} period ${after ? "after" : "before"} that range`,
  rangeOrder: (from: string, to: string): string => `${from}, after "to" ${to}`,
  rangeSize: (count: number, granularity: string): string => `${count} ${granularity} periods`,
} as const;
