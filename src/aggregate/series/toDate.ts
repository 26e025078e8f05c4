import type { Granularity } from "../../period/types.js";
import type { Measures } from "../measures/types.js";
import { coarser, emptyCell, gridOf, mergeStoredInto, sameCells } from "./_grid.js";
import { checkSeries } from "./_options.js";
import { columnWriter, type StateColumnWriter } from "./_stateColumn.js";
import type { CellData, Series } from "./series.js";

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
  const { store } = gridOf(series, "toDate");
  const { coarse } = coarser("toDate", series, granularity);
  const measures = store.measureList;
  const { cellPeriod, cellGroup } = store.init;
  const running: (CellData | undefined)[] = new Array(store.width).fill(undefined);
  const runningBoundary = new Float64Array(store.width).fill(Number.NaN);
  const records = new Float64Array(store.size);
  const writers = measures.map((measure) => columnWriter(measure, store.size));
  // Cells come by period, then group: each group's running cell restarts at a boundary.
  for (let cell = 0; cell < store.size; cell++) {
    const group = cellGroup[cell] as number;
    const boundary = coarse[cellPeriod[cell] as number] as number;
    let data = running[group];
    if (data === undefined || runningBoundary[group] !== boundary) {
      data = emptyCell(measures);
      running[group] = data;
      runningBoundary[group] = boundary;
    }
    mergeStoredInto(data, store, cell);
    records[cell] = data.records;
    for (let m = 0; m < measures.length; m++) {
      // The running state changes with the next cell: the column keeps a copy.
      (writers[m] as StateColumnWriter).put(cell, data.states[m], false);
    }
  }
  return sameCells(
    store,
    records,
    writers.map((writer) => writer.finish()),
  );
}
