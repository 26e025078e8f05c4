import type { Granularity } from "../../period/types.js";
import type { Measures } from "../measures/types.js";
import { coarser, emptyCell, gridOf, mapRows, mergeCellInto } from "./_grid.js";
import { checkSeries } from "./_options.js";
import { seriesShape } from "./rolling.js";
import { type CellData, makeSeries, type Series } from "./series.js";

/**
 * Period-to-date running values (month-to-date, quarter-to-date, year-to-date, fiscal
 * year-to-date): each period's cell becomes the merge of every period of the series from the start
 * of the enclosing `granularity` period up to and including it, restarting at each boundary. The
 * boundaries follow the series' calendar, so `"fiscal_year"` restarts at the fiscal year start.
 *
 * @param series - A series.
 * @param granularity - The enclosing period (`"year"` for YTD, `"fiscal_year"`, `"quarter"`, …);
 * it must contain whole periods of the series.
 * @returns A series with the same periods and cells, each holding its running value.
 * @throws {KpiError} `invalid_argument` for a granularity that splits a period of the series.
 * @example
 * ```ts
 * import { aggregate, sum, toDate } from "kinerja";
 *
 * const sales = [
 *   { at: "2025-02-05T00:00:00Z", amount: 10 },
 *   { at: "2025-03-05T00:00:00Z", amount: 20 },
 *   { at: "2025-04-05T00:00:00Z", amount: 30 },
 *   { at: "2025-05-05T00:00:00Z", amount: 40 },
 * ];
 * const monthly = aggregate(sales, {
 *   date: "at",
 *   granularity: "month",
 *   calendar: { fiscalYearStartMonth: 4 },
 *   measures: { revenue: sum("amount") },
 * });
 * for (const cell of toDate(monthly, "fiscal_year").cells) console.log(cell.period.key, cell.values.revenue.toString());
 * // 2025-02 10
 * // 2025-03 30
 * // 2025-04 30
 * // 2025-05 70
 * ```
 * @category Aggregation
 */
export function toDate<M extends Measures>(series: Series<M>, granularity: Granularity): Series<M> {
  checkSeries("toDate", series);
  const grid = gridOf(series, "toDate");
  const { coarse } = coarser("toDate", series, granularity);
  const running: (CellData | undefined)[] = grid.groups.map(() => undefined);
  const runningOrdinal: number[] = grid.groups.map(() => Number.NaN);
  const rows = mapRows(grid, series, (group, ordinalIndex) => {
    const cell = grid.cells[group]?.get(grid.ordinals[ordinalIndex] as number);
    const boundary = coarse[ordinalIndex] as number;
    if (runningOrdinal[group] !== boundary) {
      running[group] = emptyCell(grid.measures);
      runningOrdinal[group] = boundary;
    }
    const data = running[group] as CellData;
    if (cell === undefined) return undefined;
    mergeCellInto(data, grid.measures, series, cell);
    return {
      states: data.states.map((state, m) => grid.measures[m]?.clone(state)),
      records: data.records,
    };
  });
  return makeSeries({ ...seriesShape(series), rows });
}
