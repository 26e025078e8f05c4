import { RETAIL_PATTERN_WEEKS } from "./calendarFields.js";
import { dayOfWeek, daysFromCivil, daysInMonth } from "./civil.js";
import type { RetailCalendar } from "./types.js";

/**
 * The years of a retail calendar, by pure arithmetic on day numbers (days since 1970-01-01).
 *
 * A year is identified by its **end year** `E`: the calendar year of the month named by
 * `yearEndMonth` in which (or near whose end) it ends. Year `E` runs from the day after the end of
 * year `E - 1` to its own last day, so consecutive years partition time; it has 52 weeks, or 53
 * when its end moved a week further from the previous one (every five or six years).
 *
 * @internal
 */
export interface RetailYears {
  /** The last day of year `E` (a week's last day). */
  lastDay(endYear: number): number;
  /** The first day of year `E`. */
  firstDay(endYear: number): number;
  /** Weeks in year `E`: 52 or 53. */
  weeks(endYear: number): number;
  /** The end year of the year containing a day. */
  endYearOfDay(epochDay: number): number;
  /** The name of year `E` (the year written in keys). */
  nameOf(endYear: number): number;
  /** The end year of a year name. */
  endYearOfName(name: number): number;
  /** Weeks before period `index` (0-12) of year `E`: 0 for index 0, the year's weeks for 12. */
  weeksBefore(endYear: number, index: number): number;
  /** The period (0-11) of year `E` containing its week `week` (0-based). */
  periodOfWeek(endYear: number, week: number): number;
}

/** @internal */
export function retailYears(retail: RetailCalendar): RetailYears {
  const lastWeekday = (retail.weekStartsOn + 6) % 7;
  const month = retail.yearEndMonth;
  const nearest = retail.yearEnd === "nearest";
  // A December year-end names the year by its own year under both namings.
  const nameShift = retail.yearNaming === "start_year" && month !== 12 ? 1 : 0;
  const quarter = RETAIL_PATTERN_WEEKS[retail.pattern];
  const leap = retail.leapWeekPeriod;
  const lastDay = (endYear: number): number => {
    const monthEnd = daysFromCivil(endYear, month, daysInMonth(endYear, month));
    const back = (dayOfWeek(monthEnd) - lastWeekday + 7) % 7;
    // "nearest": up to three days back, else forward to the next week-ending day (1-3 days).
    return nearest && back > 3 ? monthEnd - back + 7 : monthEnd - back;
  };
  const weeks = (endYear: number): number => (lastDay(endYear) - lastDay(endYear - 1)) / 7;
  const weeksBefore = (endYear: number, index: number): number => {
    let total = 0;
    for (let period = 0; period < index; period += 1) total += quarter[period % 3] as number;
    return total + (index >= leap && weeks(endYear) === 53 ? 1 : 0);
  };
  return {
    lastDay,
    firstDay: (endYear) => lastDay(endYear - 1) + 1,
    weeks,
    endYearOfDay(epochDay) {
      // A year ends at most three days into the month after its year-end month, so the day's
      // calendar year, minus one, is at or before the end year.
      let endYear = civilYear(epochDay) - 1;
      while (lastDay(endYear) < epochDay) endYear += 1;
      return endYear;
    },
    nameOf: (endYear) => endYear - nameShift,
    endYearOfName: (name) => name + nameShift,
    weeksBefore,
    periodOfWeek(endYear, week) {
      let period = 0;
      while (period < 11 && weeksBefore(endYear, period + 1) <= week) period += 1;
      return period;
    },
  };
}

/** The calendar year of a day number (cheaply: by days from 1970, corrected). */
function civilYear(epochDay: number): number {
  let year = 1970 + Math.floor(epochDay / 365.2425);
  while (daysFromCivil(year, 1, 1) > epochDay) year -= 1;
  while (daysFromCivil(year + 1, 1, 1) <= epochDay) year += 1;
  return year;
}
