import { unreachable } from "../core/unreachable.js";
import { civilFromDays, daysFromCivil, daysInMonth, pad } from "./civil.js";
import { GRANULARITY_SPECS, type GranularitySpec } from "./granularities.js";
import { periodArgument, periodInRange } from "./shared.js";
import type { Period } from "./types.js";

/**
 * The same period one year earlier, for year-over-year comparisons: the same month, quarter, half,
 * year (calendar, fiscal or retail) or retail period of the previous year; the same day of the
 * previous year (the leap-day rule: 29 February maps to 28 February, and 28 February 2025 maps to
 * 28 February 2024, so 28 and 29 February 2024 both compare with 28 February 2023); the same week
 * number of the previous week-year or retail year, where week 53 maps to week 52 (two
 * consecutive years never both have a week 53, so week 53 never has a counterpart of its own).
 * This is the non-restated rule; for retail weeks, `retailComparisonPeriod` also offers the
 * restated and 364-day rules, and reports week 53's lack of a counterpart as `null`.
 *
 * @param period - A period from `periodOf`, `parsePeriod` or `periodRange`.
 * @returns The period a year before.
 * @throws {KpiError} `invalid_period` for something that is not a period, or for a result before
 *   the first supported instant (0001-01-02T00:00Z).
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
 * console.log(samePeriodLastYear(parsePeriod("RY2024-W05")).key, samePeriodLastYear(parsePeriod("RY2023-W53")).key);
 * // RY2023-W05 RY2022-W52
 * ```
 * @category Periods
 */
export function samePeriodLastYear(period: Period): Period {
  const { shared, ordinal } = periodArgument(period, "samePeriodLastYear");
  const spec: GranularitySpec = GRANULARITY_SPECS[shared.bucketer.granularity];
  let target: number;
  switch (spec.unit) {
    case "day": {
      const { year, month, day } = civilFromDays(ordinal);
      target = daysFromCivil(year - 1, month, Math.min(day, daysInMonth(year - 1, month)));
      break;
    }
    case "week":
    case "retail_week": {
      const key = shared.scheme.keyOf(ordinal);
      const yearAt = spec.prefix.length;
      const weekYear = Number(key.slice(yearAt, yearAt + 4));
      const week = Number(key.slice(-spec.partWidth));
      const previous = `${spec.prefix}${pad(weekYear - 1, 4)}-${spec.part}`;
      target =
        shared.scheme.ordinalOfKey(`${previous}${pad(week, spec.partWidth)}`) ??
        (shared.scheme.ordinalOfKey(`${previous}52`) as number);
      break;
    }
    case "month":
    case "retail_period":
      // A year holds 12 / months periods (12 months, 4 quarters, 2 halves, 1 year).
      target = ordinal - 12 / spec.months;
      break;
    default:
      return unreachable(spec.unit, "granularity unit");
  }
  return periodInRange(shared, target, "samePeriodLastYear");
}
