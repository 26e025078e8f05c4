import { fail } from "../core/errors.js";
import { describe } from "../core/messages.js";
import { PERIOD_EXPECTED, PERIOD_RECEIVED, PERIOD_WHERE } from "./messages.js";
import { type PeriodBound, resolveBound } from "./rangeBound.js";
import { resolveCalendarFor } from "./resolveCalendar.js";
import { granularityArgument, sharedBucketer } from "./shared.js";
import type { CalendarInput, Granularity, Period } from "./types.js";

/** The most periods one call returns. */
const MAX_PERIODS = 1_000_000;

/**
 * Every period of a granularity from the one containing `from` to the one containing `to`, both
 * included, in order. Instants are read as in `periodOf` (a date-only `to` such as `"2025-03-31"`
 * is the start of that day, so its day's period is included). A bound can also be a period, or a
 * period key of the calendar (`"2025-Q1"`), as `aggregate`'s `range` takes them: the whole period
 * is covered, so `periodRange("2025-Q1", "2025-Q2", "month")` is January to June.
 *
 * @param from - The first instant covered, or the first period.
 * @param to - The last instant covered (at or after `from`), or the last period.
 * @param granularity - The period size.
 * @param calendar - Time zone, week start and fiscal year; defaults to UTC, ISO weeks, January.
 * @returns The periods, at least one.
 * @throws {KpiError} `invalid_date` for an unreadable instant, `invalid_period` for a bound that is
 *   not a period, `invalid_argument` when `from` is after `to`, for an unknown granularity or for
 *   more than 1,000,000 periods; `invalid_calendar` / `invalid_time_zone` for a bad calendar.
 * @example
 * ```ts
 * import { periodRange } from "kinerja";
 *
 * console.log(periodRange("2024-11-15", "2025-02-01", "month", { timeZone: "Asia/Jakarta" }).map((p) => p.key));
 * // [ '2024-11', '2024-12', '2025-01', '2025-02' ]
 * console.log(periodRange("2025-Q1", "2025-Q2", "month").map((p) => p.key).join(" "));
 * // 2025-01 2025-02 2025-03 2025-04 2025-05 2025-06
 * ```
 * @category Periods
 */
export function periodRange(
  from: PeriodBound,
  to: PeriodBound,
  granularity: Granularity,
  calendar?: CalendarInput,
): Period[] {
  const subject = "periodRange";
  const resolved = resolveCalendarFor(calendar, subject, ["calendar"]);
  const size = granularityArgument(granularity, subject);
  const shared = sharedBucketer(size, resolved);
  const start = resolveBound(from, resolved, shared, { subject, name: "from", end: false });
  const end = resolveBound(to, resolved, shared, { subject, name: "to", end: true });
  if (start.instant > end.instant || start.ordinal > end.ordinal) {
    fail({
      code: "invalid_argument",
      subject,
      path: ["from"],
      where: PERIOD_WHERE.bound("from"),
      expected: PERIOD_EXPECTED.rangeOrder,
      received: PERIOD_RECEIVED.rangeOrder(describe(from), describe(to)),
    });
  }
  const first = start.ordinal;
  const last = end.ordinal;
  if (last - first + 1 > MAX_PERIODS) {
    fail({
      code: "invalid_argument",
      subject,
      path: [],
      where: PERIOD_WHERE.range,
      expected: PERIOD_EXPECTED.rangeSize,
      received: PERIOD_RECEIVED.rangeSize(last - first + 1, size),
    });
  }
  const periods: Period[] = [];
  for (let ordinal = first; ordinal <= last; ordinal += 1) {
    periods.push(shared.bucketer.period(ordinal));
  }
  return periods;
}
