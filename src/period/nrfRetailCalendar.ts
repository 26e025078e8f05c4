import type { Calendar, RetailCalendar } from "./types.js";

/**
 * The National Retail Federation's 4-5-4 calendar, the default `retail` part of a calendar: weeks
 * Sunday to Saturday; the year ends on the Saturday nearest the end of January; quarters of 4, 5
 * and 4 weeks; the 53rd week of a 53-week year added to the last period (January); a year named by
 * the calendar year in which it starts (NRF 2023 ran from 29 January 2023 to 3 February 2024, 53
 * weeks; NRF 2024 starts on 4 February 2024).
 *
 * @example
 * ```ts
 * import { NRF_RETAIL_CALENDAR, parsePeriod } from "kinerja";
 *
 * console.log(NRF_RETAIL_CALENDAR);
 * // {
 * //   weekStartsOn: 0,
 * //   yearEnd: 'nearest',
 * //   yearEndMonth: 1,
 * //   pattern: '4-5-4',
 * //   leapWeekPeriod: 12,
 * //   yearNaming: 'start_year'
 * // }
 * const year = parsePeriod("RY2023", { retail: NRF_RETAIL_CALENDAR });
 * console.log(year.start.toISOString().slice(0, 10), year.end.toISOString().slice(0, 10));
 * // 2023-01-29 2024-02-04
 * ```
 * @category Periods
 */
export const NRF_RETAIL_CALENDAR: RetailCalendar = /* @__PURE__ */ Object.freeze({
  weekStartsOn: 0,
  yearEnd: "nearest",
  yearEndMonth: 1,
  pattern: "4-5-4",
  leapWeekPeriod: 12,
  yearNaming: "start_year",
});

/** The retail part of a resolved calendar: its own, or the NRF calendar. @internal */
export function retailCalendarOf(calendar: Calendar): RetailCalendar {
  return calendar.retail ?? NRF_RETAIL_CALENDAR;
}
