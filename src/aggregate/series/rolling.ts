import type { AnyMeasure, Measures } from "../measures/types.js";
import { emptyCell, gridOf, mergeStoredInto, sameCells } from "./_grid.js";
import { checkPositiveInteger, checkSeries } from "./_options.js";
import { columnWriter, type StateColumnWriter } from "./_stateColumn.js";
import type { SeriesStore } from "./_store.js";
import type { CellData, Series } from "./series.js";

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
  const { store } = gridOf(series, "rolling");
  const { cellGroup } = store.init;
  // The cells of each group, in time order (the store holds them by period, then group).
  const starts = new Int32Array(store.width + 1);
  for (let cell = 0; cell < store.size; cell++) {
    const next = (cellGroup[cell] as number) + 1;
    starts[next] = (starts[next] as number) + 1;
  }
  for (let g = 0; g < store.width; g++) {
    starts[g + 1] = (starts[g + 1] as number) + (starts[g] as number);
  }
  const byGroup = new Int32Array(store.size);
  const filled = starts.slice(0, store.width);
  for (let cell = 0; cell < store.size; cell++) {
    const g = cellGroup[cell] as number;
    const at = filled[g] as number;
    byGroup[at] = cell;
    filled[g] = at + 1;
  }
  const records = new Float64Array(store.size);
  const writers = store.measureList.map((measure) => columnWriter(measure, store.size));
  const base = store.init.ordinals[0] as number;
  for (let g = 0; g < store.width; g++) {
    slidingWindows(
      store,
      byGroup.subarray(starts[g] as number, starts[g + 1] as number),
      base,
      size,
      (cell, window) => {
        records[cell] = window.records;
        // A window's states are its own: nothing changes them afterwards.
        for (let m = 0; m < writers.length; m++) {
          (writers[m] as StateColumnWriter).put(cell, window.states[m], true);
        }
      },
    );
  }
  return sameCells(
    store,
    records,
    writers.map((writer) => writer.finish()),
  );
}

/**
 * The window of every cell of one group, in a constant number of merges per cell whatever `n`:
 * periods are cut into blocks of `n` from the first period of the series, and each window is
 * the end of one block (a suffix, built right to left) merged with the start of the next (a
 * prefix, built left to right). Every merge keeps time order (earlier states on the left), so the
 * states are those of merging the window's cells one by one.
 */
function slidingWindows<M extends Measures>(
  store: SeriesStore<M>,
  cells: Int32Array,
  base: number,
  n: number,
  put: (cell: number, window: CellData) => void,
): void {
  const { ordinals, cellPeriod } = store.init;
  const count = cells.length;
  const ordinalOf = (j: number): number =>
    ordinals[cellPeriod[cells[j] as number] as number] as number;
  const block = new Float64Array(count);
  for (let j = 0; j < count; j++) block[j] = Math.floor((ordinalOf(j) - base) / n);
  const prefix: CellData[] = new Array(count);
  for (let j = 0; j < count; j++) {
    const start = j === 0 || block[j - 1] !== block[j];
    prefix[j] = joined(store, start ? undefined : prefix[j - 1], cells[j] as number, undefined);
  }
  const suffix: CellData[] = new Array(count);
  for (let j = count - 1; j >= 0; j--) {
    const end = j === count - 1 || block[j + 1] !== block[j];
    suffix[j] = joined(store, undefined, cells[j] as number, end ? undefined : suffix[j + 1]);
  }
  let first = 0; // the first cell inside the current window
  for (let j = 0; j < count; j++) {
    const from = ordinalOf(j) - n + 1;
    while (ordinalOf(first) < from) first++;
    // The window's cells before this block, when it reaches back into the previous one.
    const earlier = first < j && block[first] !== block[j] ? suffix[first] : undefined;
    put(
      cells[j] as number,
      earlier === undefined
        ? (prefix[j] as CellData)
        : merged(store, earlier, prefix[j] as CellData),
    );
  }
}

/** A new cell holding `left`, then the stored cell, then `right` merged (either side may be absent). */
function joined<M extends Measures>(
  store: SeriesStore<M>,
  left: CellData | undefined,
  cell: number,
  right: CellData | undefined,
): CellData {
  const target = emptyCell(store.measureList);
  if (left !== undefined) mergeDataInto(store.measureList, target, left);
  mergeStoredInto(target, store, cell);
  if (right !== undefined) mergeDataInto(store.measureList, target, right);
  return target;
}

/** A new cell holding `left` then `right` merged. */
function merged<M extends Measures>(
  store: SeriesStore<M>,
  left: CellData,
  right: CellData,
): CellData {
  const target = emptyCell(store.measureList);
  mergeDataInto(store.measureList, target, left);
  mergeDataInto(store.measureList, target, right);
  return target;
}

function mergeDataInto(measures: readonly AnyMeasure[], target: CellData, part: CellData): void {
  for (let m = 0; m < measures.length; m++) {
    (measures[m] as AnyMeasure).mergeInto(target.states[m], part.states[m]);
  }
  target.records += part.records;
}
