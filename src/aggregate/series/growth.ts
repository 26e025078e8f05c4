import type { Decimal } from "../../core/decimal.js";
import { fail } from "../../core/errors.js";
import { describe } from "../../core/messages.js";
import { divide, type UndefinedReason } from "../../core/result.js";
import type { Period } from "../../period/types.js";
import type { Measures } from "../measures/types.js";
import { AGGREGATE_EXPECTED } from "../messages.js";
import { checkSeries } from "./_options.js";
import { type CompareOffset, compareAs } from "./compare.js";
import type { GroupKey, Series } from "./series.js";

/**
 * The growth of one measure in one period against an earlier one.
 *
 * @category Aggregation
 */
export interface GrowthPoint {
  readonly period: Period;
  readonly previousPeriod: Period;
  readonly group: GroupKey | null;
  readonly current: Decimal | null;
  readonly previous: Decimal | null;
  /** `(current − previous) / previous`, or `null`. */
  readonly value: Decimal | null;
  /** Why `value` is null: `no_data` (a side is missing), `non_positive_base` (previous ≤ 0). */
  readonly reason: UndefinedReason | null;
}

/**
 * Period-over-period growth of one measure: `(current − previous) / previous`, aligning periods as
 * {@link compare} does. Growth from a zero or negative base is undefined (`null`, reason
 * `non_positive_base`), never Infinity or a silent 0; a missing side gives `no_data`.
 *
 * @param series - A series.
 * @param measure - The name of one of its measures.
 * @param offset - A positive number of periods, or `"same_period_last_year"`.
 * @returns One point per cell, in the series' order.
 * @throws {KpiError} `invalid_argument` for an unknown measure or a bad offset.
 * @example
 * ```ts
 * import { aggregate, growth, sum } from "kinerja";
 *
 * const sales = [
 *   { at: "2024-03-05T00:00:00Z", amount: 80 },
 *   { at: "2025-03-05T00:00:00Z", amount: 100 },
 * ];
 * const monthly = aggregate(sales, { date: "at", granularity: "month", measures: { revenue: sum("amount") } });
 * const march = growth(monthly, "revenue", "same_period_last_year").at(-1);
 * console.log(march?.period.key, march?.value?.toString());
 * // 2025-03 0.25
 * ```
 * @category Aggregation
 */
export function growth<M extends Measures>(
  series: Series<M>,
  measure: keyof M & string,
  offset: CompareOffset,
): GrowthPoint[] {
  checkSeries("growth", series);
  if (typeof measure !== "string" || !Object.hasOwn(series.measures, measure)) {
    fail({
      code: "invalid_argument",
      subject: "growth",
      path: ["measure"],
      expected: `${AGGREGATE_EXPECTED.measureName} (${Object.keys(series.measures)
        .map((name) => JSON.stringify(name))
        .join(", ")})`,
      received: describe(measure),
    });
  }
  return compareAs("growth", series, offset).map((row) => {
    const current = (row.current as Record<string, Decimal | null>)[measure] ?? null;
    const previous =
      row.previous === null
        ? null
        : ((row.previous as Record<string, Decimal | null>)[measure] ?? null);
    let value: Decimal | null = null;
    let reason: UndefinedReason | null;
    if (current === null || previous === null) {
      reason = "no_data";
    } else if (previous.lte(0)) {
      reason = "non_positive_base";
    } else {
      const result = divide(current.minus(previous), previous);
      value = result.value;
      reason = result.reason;
    }
    return {
      period: row.period,
      previousPeriod: row.previousPeriod,
      group: row.group,
      current,
      previous,
      value,
      reason,
    };
  });
}
