import type { Granularity } from "../../period/types.js";
import type { Measures } from "../measures/types.js";
import { SeriesBuilder } from "./_builder.js";
import { coarser, gridOf, mergeStoredInto } from "./_grid.js";
import { checkSeries } from "./_options.js";
import type { Series } from "./series.js";

/**
 * Rolls a series up to a coarser granularity by merging the states of the periods each coarse
 * period contains: sums add, distinct counts unite their sets, `first`/`last` keep the earliest and
 * latest records. So month → quarter gives exactly what aggregating by quarter gives. A coarse
 * period at the edge of the series holds only the periods the series has.
 *
 * @param series - A series.
 * @param granularity - The coarser granularity; each period of the series must lie inside one of
 * its periods (day → week → … works; week → month does not, a week can straddle two months).
 * @returns The rolled-up series (same groups, report and fill).
 * @throws {KpiError} `invalid_argument` for a granularity that splits a period of the series.
 * @example
 * ```ts
 * import { aggregate, countDistinct, rollup, sum } from "kinerja";
 *
 * const orders = [
 *   { at: "2025-01-10T00:00:00Z", customer: "A", amount: "10" },
 *   { at: "2025-02-10T00:00:00Z", customer: "A", amount: "20" },
 *   { at: "2025-03-10T00:00:00Z", customer: "B", amount: "30" },
 * ];
 * const monthly = aggregate(orders, {
 *   date: "at",
 *   granularity: "month",
 *   measures: { revenue: sum("amount"), customers: countDistinct("customer") },
 * });
 * const quarter = rollup(monthly, "quarter").cells[0];
 * console.log(quarter?.period.key, quarter?.values.revenue.toString(), quarter?.values.customers.toString());
 * // 2025-Q1 60 2
 * ```
 * @category Aggregation
 */
export function rollup<M extends Measures>(series: Series<M>, granularity: Granularity): Series<M> {
  checkSeries("rollup", series);
  const { store } = gridOf(series, "rollup");
  const { bucketer, coarse } = coarser("rollup", series, granularity);
  const builder = new SeriesBuilder({
    subject: "rollup",
    measures: series.measures,
    bucketer,
    grouped: series.grouped,
    fill: series.filled,
  });
  for (const group of series.groups) builder.addGroup(group);
  const { cellGroup } = store.init;
  for (let period = 0; period < coarse.length; period++) {
    const row = builder.row(coarse[period] as number);
    const end = store.rowStart[period + 1] as number;
    for (let cell = store.rowStart[period] as number; cell < end; cell++) {
      mergeStoredInto(builder.cell(row, cellGroup[cell] as number), store, cell);
    }
  }
  return builder.build(series.report);
}
