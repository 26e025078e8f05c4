import { periodArgument, periodInRange } from "./shared.js";
import type { Period } from "./types.js";

/**
 * The period just before a period, in the same granularity and calendar.
 *
 * @param period - A period from `periodOf`, `parsePeriod` or `periodRange`.
 * @returns The previous period.
 * @throws {KpiError} `invalid_period` for something that is not a period, or for a result before
 *   the first supported instant (0001-01-02T00:00Z).
 * @example
 * ```ts
 * import { parsePeriod, previousPeriod } from "kinerja";
 *
 * console.log(previousPeriod(parsePeriod("2025-Q1")).key, previousPeriod(parsePeriod("2025-03-01")).key);
 * // 2024-Q4 2025-02-28
 * ```
 * @category Periods
 */
export function previousPeriod(period: Period): Period {
  const { shared, ordinal } = periodArgument(period, "previousPeriod");
  return periodInRange(shared, ordinal - 1, "previousPeriod");
}
