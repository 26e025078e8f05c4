import type { AnyMeasure, Measures } from "../measures/types.js";
import { emptyCell, gridOf, mapRows, statesOf } from "./_grid.js";
import { checkPositiveInteger, checkSeries } from "./_options.js";
import { type CellData, makeSeries, type Series, type SeriesCell } from "./series.js";

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
  const windows = grid.cells.map((cells) =>
    slidingWindows(grid.measures, series, cells, grid.ordinals[0] as number, size),
  );
  const rows = mapRows(grid, series, (group, ordinalIndex) =>
    windows[group]?.get(grid.ordinals[ordinalIndex] as number),
  );
  return makeSeries({ ...seriesShape(series), rows });
}

/**
 * The window of every cell of one group, in a constant number of merges per cell whatever `n`:
 * periods are cut into blocks of `n` from the first period of the series, and each window is
 * the end of one block (a suffix, built right to left) merged with the start of the next (a
 * prefix, built left to right). Every merge keeps time order (earlier states on the left), so the
 * states are those of merging the window's cells one by one.
 */
function slidingWindows<M extends Measures>(
  measures: readonly AnyMeasure[],
  series: Series<M>,
  cells: ReadonlyMap<number, SeriesCell<M>>,
  base: number,
  n: number,
): Map<number, CellData> {
  const ordinals = [...cells.keys()].sort((a, b) => a - b);
  const count = ordinals.length;
  const data = ordinals.map((ordinal) => {
    const cell = cells.get(ordinal) as SeriesCell<M>;
    return { states: statesOf(series, cell), records: cell.records };
  });
  const block = ordinals.map((ordinal) => Math.floor((ordinal - base) / n));
  const prefix: CellData[] = new Array(count);
  for (let j = 0; j < count; j++) {
    const start = j === 0 || block[j - 1] !== block[j];
    prefix[j] = joined(measures, start ? undefined : prefix[j - 1], data[j] as CellData);
  }
  const suffix: CellData[] = new Array(count);
  for (let j = count - 1; j >= 0; j--) {
    const end = j === count - 1 || block[j + 1] !== block[j];
    suffix[j] = joined(measures, data[j] as CellData, end ? undefined : suffix[j + 1]);
  }
  const windows = new Map<number, CellData>();
  let first = 0; // the first cell inside the current window
  for (let j = 0; j < count; j++) {
    const ordinal = ordinals[j] as number;
    const from = ordinal - n + 1;
    while ((ordinals[first] as number) < from) first++;
    // The window's cells before this block, when it reaches back into the previous one.
    const earlier = first < j && block[first] !== block[j] ? suffix[first] : undefined;
    windows.set(
      ordinal,
      earlier === undefined
        ? (prefix[j] as CellData)
        : joined(measures, earlier, prefix[j] as CellData),
    );
  }
  return windows;
}

/** A new cell holding `left` then `right` merged (either may be absent, not both). */
function joined(
  measures: readonly AnyMeasure[],
  left: CellData | undefined,
  right: CellData | undefined,
): CellData {
  const target = emptyCell(measures);
  for (const part of [left, right]) {
    if (part === undefined) continue;
    for (let m = 0; m < measures.length; m++) {
      (measures[m] as AnyMeasure).mergeInto(target.states[m], part.states[m]);
    }
    target.records += part.records;
  }
  return target;
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
