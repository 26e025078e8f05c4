import { raise } from "../core/errors.js";
import { PERIOD_EXPECTED } from "./messages.js";
import { periodArgument, periodInRange } from "./shared.js";
import type { Period } from "./types.js";

/**
 * The period `n` periods after (or, for negative `n`, before) a period, in the same granularity
 * and calendar (the period carries its calendar).
 *
 * @param period - A period from `periodOf`, `parsePeriod` or `periodRange`.
 * @param n - How many periods to move: an integer, negative to go back.
 * @returns The shifted period.
 * @throws {KpiError} `invalid_period` for something that is not a period or a result with no
 *   supported instant (before 0001-01-02T00:00Z or from 9999-01-01T00:00Z), `invalid_argument`
 *   when `n` is not an integer.
 * @example
 * ```ts
 * import { parsePeriod, shiftPeriod } from "kinerja";
 *
 * console.log(shiftPeriod(parsePeriod("2025-11"), 3).key, shiftPeriod(parsePeriod("2021-W01"), -1).key);
 * // 2026-02 2020-W53
 * ```
 * @category Periods
 */
export function shiftPeriod(period: Period, n: number): Period {
  const { shared, ordinal } = periodArgument(period, "shiftPeriod");
  if (!Number.isSafeInteger(n)) {
    raise("invalid_argument", "shiftPeriod", ["n"], PERIOD_EXPECTED.periodCount, n);
  }
  return periodInRange(shared, ordinal + n, "shiftPeriod");
}
