import { civilFromDays, daysFromCivil, daysInMonth, pad } from "./civil.js";
import { periodArgument, periodInRange } from "./shared.js";
import type { Period } from "./types.js";

const PER_YEAR = {
  month: 12,
  quarter: 4,
  half_year: 2,
  year: 1,
  fiscal_month: 12,
  fiscal_quarter: 4,
  fiscal_half_year: 2,
  fiscal_year: 1,
} as const;

/**
 * The same period one year earlier, for year-over-year comparisons: the same month, quarter, half,
 * year (calendar or fiscal) of the previous year; the same day of the previous year (29 February
 * maps to 28 February); the same week number of the previous week-year, where week 53 maps to
 * week 52 (two consecutive week-years never both have a week 53, so week 53 never has a
 * counterpart of its own).
 *
 * @param period - A period from `periodOf`, `parsePeriod` or `periodRange`.
 * @returns The period a year before.
 * @throws {KpiError} `invalid_period` for something that is not a period, or before year 0001.
 * @example
 * ```ts
 * import { parsePeriod, samePeriodLastYear } from "kinerja";
 *
 * console.log(samePeriodLastYear(parsePeriod("2024-02-29")).key);
 * // 2023-02-28
 * console.log(samePeriodLastYear(parsePeriod("2020-W53")).key, samePeriodLastYear(parsePeriod("2021-W10")).key);
 * // 2019-W52 2020-W10
 * console.log(samePeriodLastYear(parsePeriod("FY2025-Q3", { fiscalYearStartMonth: 4 })).key);
 * // FY2024-Q3
 * ```
 * @category Periods
 */
export function samePeriodLastYear(period: Period): Period {
  const { shared, ordinal } = periodArgument(period, "samePeriodLastYear");
  const granularity = shared.bucketer.granularity;
  let target: number;
  if (granularity === "day") {
    const { year, month, day } = civilFromDays(ordinal);
    target = daysFromCivil(year - 1, month, Math.min(day, daysInMonth(year - 1, month)));
  } else if (granularity === "week") {
    const key = shared.scheme.keyOf(ordinal);
    const weekYear = Number(key.slice(0, 4));
    const week = Number(key.slice(6, 8));
    const previous = pad(weekYear - 1, 4);
    target =
      shared.scheme.ordinalOfKey(`${previous}-W${pad(week, 2)}`) ??
      (shared.scheme.ordinalOfKey(`${previous}-W52`) as number);
  } else {
    target = ordinal - PER_YEAR[granularity];
  }
  return periodInRange(shared, target, "samePeriodLastYear");
}
