import type { Measures } from "../measures/types.js";
import { emptyCell, gridOf, mapRows, mergeCellInto } from "./_grid.js";
import { checkPositiveInteger, checkSeries } from "./_options.js";
import { makeSeries, type Series } from "./series.js";

/**
 * Trailing windows: each period's cell becomes the merge of the `n` periods ending with it, the
 * current period included (a 3-month rolling sum for March covers January, February and March).
 * The first `n - 1` periods of the series have shorter windows (only the periods the series has),
 * like SQL's `ROWS BETWEEN n - 1 PRECEDING AND CURRENT ROW`. Windows are counted in periods, not
 * rows, so a gap in an unfilled series is not skipped over.
 *
 * @param series - A series.
 * @param n - The window length in periods, a positive integer (1 returns the same values).
 * @returns A series with the same periods and cells, each holding its window.
 * @throws {KpiError} `invalid_argument` when `n` is not a positive integer.
 * @example
 * ```ts
 * import { aggregate, rolling, sum } from "kinerja";
 *
 * const sales = [
 *   { at: "2025-01-05T00:00:00Z", amount: 10 },
 *   { at: "2025-02-05T00:00:00Z", amount: 20 },
 *   { at: "2025-03-05T00:00:00Z", amount: 30 },
 * ];
 * const monthly = aggregate(sales, { date: "at", granularity: "month", measures: { revenue: sum("amount") } });
 * for (const cell of rolling(monthly, 2).cells) console.log(cell.period.key, cell.values.revenue.toString());
 * // 2025-01 10
 * // 2025-02 30
 * // 2025-03 50
 * ```
 * @category Aggregation
 */
export function rolling<M extends Measures>(series: Series<M>, n: number): Series<M> {
  checkSeries("rolling", series);
  const size = checkPositiveInteger("rolling", "n", n);
  const grid = gridOf(series, "rolling");
  const rows = mapRows(grid, series, (group, ordinalIndex) => {
    const cells = grid.cells[group];
    const ordinal = grid.ordinals[ordinalIndex] as number;
    if (cells === undefined || !cells.has(ordinal)) return undefined;
    const data = emptyCell(grid.measures);
    for (let back = Math.min(size - 1, ordinal - (grid.ordinals[0] as number)); back >= 0; back--) {
      const cell = cells.get(ordinal - back);
      if (cell !== undefined) mergeCellInto(data, grid.measures, series, cell);
    }
    return data;
  });
  return makeSeries({ ...seriesShape(series), rows });
}

/** The parts of a series an operation keeps. @internal */
export function seriesShape<M extends Measures>(series: Series<M>) {
  return {
    granularity: series.granularity,
    calendar: series.calendar,
    measures: series.measures,
    grouped: series.grouped,
    filled: series.filled,
    groups: series.groups,
    report: series.report,
  };
}
