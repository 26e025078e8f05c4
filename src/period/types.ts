import type {
  FISCAL_YEAR_NAMINGS,
  FISCAL_YEAR_START_MONTHS,
  LEAP_WEEK_PERIODS,
  RETAIL_YEAR_ENDS,
  RetailPattern,
  WEEK_STARTS,
} from "./calendarFields.js";
import type { GRANULARITY_SPECS } from "./granularities.js";

/**
 * How periods are cut: the IANA time zone in which days begin, the first day of the week, and the
 * fiscal year.
 * @category Periods
 */
export interface Calendar {
  /** IANA time zone, for example `"Asia/Jakarta"`. Default `"UTC"`. */
  readonly timeZone: string;
  /** First day of the week, 0 = Sunday … 6 = Saturday. Default 1 (Monday, ISO 8601 weeks). */
  readonly weekStartsOn: (typeof WEEK_STARTS)[number];
  /** Month in which the fiscal year starts, 1 = January … 12 = December. Default 1. */
  readonly fiscalYearStartMonth: (typeof FISCAL_YEAR_START_MONTHS)[number];
  /**
   * How a fiscal year is named: `"end_year"` (default: FY2025 is April 2024 – March 2025, by the
   * calendar year in which it ends) or `"start_year"` (FY2025 is April 2025 – March 2026).
   */
  readonly fiscalYearNaming: (typeof FISCAL_YEAR_NAMINGS)[number];
  /**
   * The week-based fiscal year of the `retail_*` granularities (see {@link RetailCalendar}).
   * Present only when given; without it the retail granularities use the NRF 4-5-4 calendar
   * (`NRF_RETAIL_CALENDAR`). The other granularities ignore it.
   */
  readonly retail?: RetailCalendar;
}

/**
 * A week-based fiscal year (a 52/53-week "retail" or 4-4-5 calendar): years of whole weeks, each
 * ending on the last day of the week nearest (or the last in) a month, cut into twelve periods of
 * 4 or 5 weeks by a quarter pattern. Every field has the NRF 4-5-4 calendar's value by default.
 *
 * @category Periods
 */
export interface RetailCalendar {
  /**
   * First day of the fiscal week, 0 = Sunday … 6 = Saturday. The year ends on the last day of a
   * week, the day before. Default 0 (weeks Sunday to Saturday).
   */
  readonly weekStartsOn: (typeof WEEK_STARTS)[number];
  /**
   * Which week-ending day ends the year: `"last"` (the last one in `yearEndMonth`) or `"nearest"`
   * (the one nearest the last day of `yearEndMonth`, up to three days after it). Default
   * `"nearest"`.
   */
  readonly yearEnd: (typeof RETAIL_YEAR_ENDS)[number];
  /** The month in (or near the end of) which the year ends, 1 = January … 12. Default 1. */
  readonly yearEndMonth: (typeof FISCAL_YEAR_START_MONTHS)[number];
  /** Weeks in the three periods of each quarter: `"4-4-5"`, `"4-5-4"` or `"5-4-4"`. Default `"4-5-4"`. */
  readonly pattern: RetailPattern;
  /** The period (1-12) that takes the 53rd week of a 53-week year. Default 12 (the last). */
  readonly leapWeekPeriod: (typeof LEAP_WEEK_PERIODS)[number];
  /**
   * How a year is named: `"start_year"` (default, as NRF: by the calendar year of its first
   * nominal month, so NRF 2023 is February 2023 – January 2024) or `"end_year"` (by the year of
   * `yearEndMonth`). Years ending in December are named by their year either way.
   */
  readonly yearNaming: (typeof FISCAL_YEAR_NAMINGS)[number];
}

/**
 * What a user passes for a calendar: any subset of {@link Calendar}, and of its `retail` part; the
 * rest take defaults.
 *
 * @category Periods
 */
export type CalendarInput = Partial<Omit<Calendar, "retail">> & {
  readonly retail?: Partial<RetailCalendar>;
};

/**
 * The size of a period: `"day"`, `"week"`, `"month"`, `"quarter"`, `"half_year"`, `"year"`,
 * `"fiscal_month"`, `"fiscal_quarter"`, `"fiscal_half_year"`, `"fiscal_year"`, `"retail_week"`,
 * `"retail_period"`, `"retail_quarter"`, `"retail_half_year"` or `"retail_year"` (one per row of
 * the granularity table).
 *
 * @category Periods
 */
export type Granularity = keyof typeof GRANULARITY_SPECS;
/**
 * Fiscal granularities: keys `FY2025-M01`, `FY2025-Q1`, `FY2025-H1`, `FY2025` of the
 * month-based fiscal year, and the {@link RetailGranularity | retail} ones of the week-based one.
 *
 * @category Periods
 */
export type FiscalGranularity = {
  [G in Granularity]: (typeof GRANULARITY_SPECS)[G]["fiscal"] extends true ? G : never;
}[Granularity];
/**
 * Retail granularities, of the calendar's week-based fiscal year (keys `RY2024-W05`,
 * `RY2024-P02`, `RY2024-Q1`, `RY2024-H1`, `RY2024`).
 *
 * @category Periods
 */
export type RetailGranularity = {
  [G in Granularity]: (typeof GRANULARITY_SPECS)[G]["prefix"] extends "RY" ? G : never;
}[Granularity];
/**
 * Calendar granularities: `"day"`, `"week"`, `"month"`, `"quarter"`, `"half_year"`, `"year"`.
 *
 * @category Periods
 */
export type CalendarGranularity = Exclude<Granularity, FiscalGranularity>;

/**
 * A period as a value: its granularity, a stable key that sorts chronologically as a string and
 * round-trips through `parsePeriod`, and its bounds as instants (`start` inclusive, `end` exclusive).
 * @category Periods
 */
export interface Period {
  readonly granularity: Granularity;
  /** `2025-03-14`, `2025-W11`, `2025-03`, `2025-Q1`, `2025-H1`, `2025`, `FY2025-M01`, `FY2025-Q1`, `FY2025-H1`, `FY2025`, `RY2024-W05`, `RY2024-P02`, `RY2024-Q1`, `RY2024-H1`, `RY2024`. */
  readonly key: string;
  /** The first instant of the period (inclusive). */
  readonly start: Date;
  /** The first instant after the period (exclusive). */
  readonly end: Date;
  /**
   * The calendar the period was cut in (resolved: every field present). Periods carry it so that
   * `shiftPeriod`, `previousPeriod` and `samePeriodLastYear` need no calendar argument.
   */
  readonly calendar: Calendar;
}

/**
 * An instant: a `Date`, epoch milliseconds, or an ISO-8601 string (see `periodOf` and
 * docs/periods.md for how strings are read).
 * @category Periods
 */
export type InstantInput = Date | number | string;
