/**
 * The closed vocabularies of a calendar, each one `as const` array from which the {@link Calendar}
 * field types, the runtime checks (resolveCalendar, calendarSchema) and the messages derive.
 *
 * @internal
 */

/** The fields of a calendar, in the order messages list them. @internal */
export const CALENDAR_FIELDS = [
  "timeZone",
  "weekStartsOn",
  "fiscalYearStartMonth",
  "fiscalYearNaming",
  "retail",
] as const;

/** First days of the week: 0 = Sunday … 6 = Saturday. @internal */
export const WEEK_STARTS = [0, 1, 2, 3, 4, 5, 6] as const;

/** Months in which a fiscal year can start: 1 = January … 12 = December. @internal */
export const FISCAL_YEAR_START_MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/**
 * How fiscal years are named: by the calendar year in which they end, or in which they start.
 * @internal
 */
export const FISCAL_YEAR_NAMINGS = ["end_year", "start_year"] as const;

/** Whether a value is one of a vocabulary's members. @internal */
export function isMemberOf<T>(vocabulary: readonly T[], value: unknown): value is T {
  return (vocabulary as readonly unknown[]).includes(value);
}

/** The fields of a retail (week-based fiscal) calendar, in the order messages list them. @internal */
export const RETAIL_CALENDAR_FIELDS = [
  "weekStartsOn",
  "yearEnd",
  "yearEndMonth",
  "pattern",
  "leapWeekPeriod",
  "yearNaming",
] as const;

/**
 * How a retail year's last day is chosen in its year-end month: the `"last"` week-ending weekday
 * of the month, or the week-ending weekday `"nearest"` the month's last day (up to three days
 * into the next month). @internal
 */
export const RETAIL_YEAR_ENDS = ["last", "nearest"] as const;

/** Weeks in the three periods of each retail quarter, by pattern. @internal */
export const RETAIL_PATTERN_WEEKS = {
  "4-4-5": [4, 4, 5],
  "4-5-4": [4, 5, 4],
  "5-4-4": [5, 4, 4],
} as const;

/** The retail patterns: `"4-4-5"`, `"4-5-4"`, `"5-4-4"`. @internal */
export const RETAIL_PATTERNS = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.keys(RETAIL_PATTERN_WEEKS),
) as readonly [RetailPattern, ...RetailPattern[]];

/** A retail pattern. @internal */
export type RetailPattern = keyof typeof RETAIL_PATTERN_WEEKS;

/** The retail periods (1-12) that can take the 53rd week. @internal */
export const LEAP_WEEK_PERIODS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
