import { instantArgument } from "./instant.js";
import { PERIOD_WHERE } from "./messages.js";
import { resolveCalendarFor } from "./resolveCalendar.js";
import { granularityArgument, periodInRange, sharedBucketer } from "./shared.js";
import type { CalendarInput, Granularity, InstantInput, Period } from "./types.js";

/**
 * The period of a granularity that contains an instant, in a calendar's time zone and fiscal year.
 *
 * Instants: a `Date`, epoch milliseconds (numbers of magnitude below 1e11 are rejected as likely
 * epoch seconds), or an ISO-8601 string. A string with `Z` or an offset is that instant; a
 * date-only string (`"2025-03-01"`) is the start of that day in the calendar's zone; a date-time
 * without offset (`"2025-03-01T09:00"`) is wall time in the calendar's zone.
 *
 * @param instant - The instant to place.
 * @param granularity - The period size.
 * @param calendar - Time zone, week start and fiscal year; defaults to UTC, ISO weeks, January.
 * @returns The period, with `start` inclusive and `end` exclusive.
 * @throws {KpiError} `invalid_date` for an unreadable or out-of-range instant, `invalid_argument`
 *   for an unknown granularity, `invalid_calendar` / `invalid_time_zone` for a bad calendar.
 * @example
 * ```ts
 * import { periodOf } from "kinerja";
 *
 * const month = periodOf("2024-01-31T20:00:00Z", "month", { timeZone: "Asia/Jakarta" });
 * console.log(month.key, month.start.toISOString(), month.end.toISOString());
 * // 2024-02 2024-01-31T17:00:00.000Z 2024-02-29T17:00:00.000Z
 *
 * console.log(periodOf("2021-01-03", "week").key);
 * // 2020-W53
 *
 * const fiscal = { fiscalYearStartMonth: 4 } as const;
 * console.log(periodOf("2024-05-10", "fiscal_quarter", fiscal).key, periodOf("2024-05-10", "fiscal_month", fiscal).key);
 * // FY2025-Q1 FY2025-M02
 * ```
 * @category Periods
 */
export function periodOf(
  instant: InstantInput,
  granularity: Granularity,
  calendar?: CalendarInput,
): Period {
  const resolved = resolveCalendarFor(calendar, "periodOf", ["calendar"]);
  const size = granularityArgument(granularity, "periodOf");
  const epochMs = instantArgument(instant, resolved, {
    subject: "periodOf",
    path: ["instant"],
    where: PERIOD_WHERE.instant,
  });
  const shared = sharedBucketer(size, resolved);
  return periodInRange(shared, shared.bucketer.ordinalOf(epochMs), "periodOf");
}
