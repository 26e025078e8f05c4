import { raise } from "../core/errors.js";
import { PERIOD_EXPECTED } from "./messages.js";
import { resolveCalendarFor } from "./resolveCalendar.js";
import { granularityOfKey } from "./scheme.js";
import { sharedBucketer } from "./shared.js";
import type { CalendarInput, Period } from "./types.js";

/**
 * Reads a period key back into its period. The granularity follows from the key's shape
 * (`2025-03-14` day, `2025-W11` week, `2025-03` month, `2025-Q1`, `2025-H1`, `2025`, the fiscal
 * `FY2025-M01`, `FY2025-Q1`, `FY2025-H1`, `FY2025`, and the retail `RY2024-W05`, `RY2024-P02`,
 * `RY2024-Q1`, `RY2024-H1`, `RY2024`); the calendar gives the time zone, the week start, the fiscal
 * year and the retail year, so pass the one the key was made in.
 *
 * @param key - A period key, as in `Period.key`.
 * @param calendar - The calendar the key belongs to; defaults to UTC, ISO weeks, January.
 * @returns The period.
 * @throws {KpiError} `invalid_period` for a malformed key, one that does not exist (`2025-02-30`,
 *   `2021-W53`, `2025-13`, `RY2024-W53` in a 52-week retail year) or one with no supported instant (keys name years 0000-9999; the
 *   instants run from 0001-01-02T00:00Z to 9999-01-01T00:00Z); `invalid_calendar` /
 *   `invalid_time_zone` for a bad calendar.
 * @example
 * ```ts
 * import { parsePeriod } from "kinerja";
 *
 * const quarter = parsePeriod("FY2025-Q1", { fiscalYearStartMonth: 4, timeZone: "Asia/Jakarta" });
 * console.log(quarter.granularity, quarter.start.toISOString(), quarter.end.toISOString());
 * // fiscal_quarter 2024-03-31T17:00:00.000Z 2024-06-30T17:00:00.000Z
 *
 * console.log(parsePeriod("2020-W53").start.toISOString());
 * // 2020-12-28T00:00:00.000Z
 * ```
 * @category Periods
 */
export function parsePeriod(key: string, calendar?: CalendarInput): Period {
  const resolved = resolveCalendarFor(calendar, "parsePeriod", ["calendar"]);
  const granularity = typeof key === "string" ? granularityOfKey(key) : undefined;
  if (granularity === undefined) {
    raise("invalid_period", "parsePeriod", ["key"], PERIOD_EXPECTED.periodKey, key);
  }
  const shared = sharedBucketer(granularity, resolved);
  const ordinal = shared.scheme.ordinalOfKey(key);
  if (ordinal === undefined || ordinal < shared.minOrdinal || ordinal > shared.maxOrdinal) {
    raise(
      "invalid_period",
      "parsePeriod",
      ["key"],
      ordinal === undefined ? PERIOD_EXPECTED.existingPeriod : PERIOD_EXPECTED.periodInRange,
      key,
    );
  }
  return shared.bucketer.period(ordinal);
}
