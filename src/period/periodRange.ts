import { fail } from "../core/errors.js";
import { describe, PERIOD_EXPECTED } from "../core/messages.js";
import { instantArgument } from "./instant.js";
import { resolveCalendarFor } from "./resolveCalendar.js";
import { granularityArgument, sharedBucketer } from "./shared.js";
import type { CalendarInput, Granularity, InstantInput, Period } from "./types.js";

/** The most periods one call returns. */
const MAX_PERIODS = 1_000_000;

/**
 * Every period of a granularity from the one containing `from` to the one containing `to`, both
 * included, in order. Instants are read as in `periodOf` (a date-only `to` such as `"2025-03-31"`
 * is the start of that day, so its day's period is included).
 *
 * @param from - The first instant covered.
 * @param to - The last instant covered (at or after `from`).
 * @param granularity - The period size.
 * @param calendar - Time zone, week start and fiscal year; defaults to UTC, ISO weeks, January.
 * @returns The periods, at least one.
 * @throws {KpiError} `invalid_date` for an unreadable instant, `invalid_argument` when `from` is
 *   after `to`, for an unknown granularity or for more than 1,000,000 periods; `invalid_calendar` /
 *   `invalid_time_zone` for a bad calendar.
 * @example
 * ```ts
 * import { periodRange } from "kinerja";
 *
 * console.log(periodRange("2024-11-15", "2025-02-01", "month", { timeZone: "Asia/Jakarta" }).map((p) => p.key));
 * // [ '2024-11', '2024-12', '2025-01', '2025-02' ]
 * ```
 * @category Periods
 */
export function periodRange(
  from: InstantInput,
  to: InstantInput,
  granularity: Granularity,
  calendar?: CalendarInput,
): Period[] {
  const subject = "periodRange";
  const resolved = resolveCalendarFor(calendar, subject, ["calendar"]);
  const size = granularityArgument(granularity, subject);
  const start = instantArgument(from, resolved, { subject, path: ["from"], where: '"from"' });
  const end = instantArgument(to, resolved, { subject, path: ["to"], where: '"to"' });
  if (start > end) {
    fail({
      code: "invalid_argument",
      subject,
      path: ["from"],
      where: '"from"',
      expected: PERIOD_EXPECTED.rangeOrder,
      received: `${describe(from)}, after "to" ${describe(to)}`,
    });
  }
  const { bucketer } = sharedBucketer(size, resolved);
  const first = bucketer.ordinalOf(start);
  const last = bucketer.ordinalOf(end);
  if (last - first + 1 > MAX_PERIODS) {
    fail({
      code: "invalid_argument",
      subject,
      path: [],
      where: "the range",
      expected: PERIOD_EXPECTED.rangeSize,
      received: `${last - first + 1} ${size} periods`,
    });
  }
  const periods: Period[] = [];
  for (let ordinal = first; ordinal <= last; ordinal += 1) periods.push(bucketer.period(ordinal));
  return periods;
}
