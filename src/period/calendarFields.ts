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
