import type {
  FISCAL_YEAR_NAMINGS,
  FISCAL_YEAR_START_MONTHS,
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
}

/**
 * What a user passes for a calendar: any subset of {@link Calendar}; the rest take defaults.
 *
 * @category Periods
 */
export type CalendarInput = Partial<Calendar>;

/**
 * The size of a period: `"day"`, `"week"`, `"month"`, `"quarter"`, `"half_year"`, `"year"`,
 * `"fiscal_month"`, `"fiscal_quarter"`, `"fiscal_half_year"` or `"fiscal_year"` (one per row of
 * the granularity table).
 *
 * @category Periods
 */
export type Granularity = keyof typeof GRANULARITY_SPECS;
/**
 * Fiscal granularities (keys `FY2025-M01`, `FY2025-Q1`, `FY2025-H1`, `FY2025`).
 *
 * @category Periods
 */
export type FiscalGranularity = {
  [G in Granularity]: (typeof GRANULARITY_SPECS)[G]["fiscal"] extends true ? G : never;
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
  /** `2025-03-14`, `2025-W11`, `2025-03`, `2025-Q1`, `2025-H1`, `2025`, `FY2025-M01`, `FY2025-Q1`, `FY2025-H1`, `FY2025`. */
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
