import type { Decimal } from "../../core/decimal.js";
import type { AnyMeasure, Measures } from "../measures/types.js";
import { emptyCell, mergeCellInto, mergeStoredInto } from "./_grid.js";
import { checkSeries } from "./_options.js";
import { trustedStore } from "./_store.js";
import type { CellData, GroupKey, MeasureStates, MeasureValues, Series } from "./series.js";

/**
 * Values and states of a merged set of cells.
 *
 * @category Aggregation
 */
export interface Totals<M extends Measures> {
  readonly records: number;
  readonly values: MeasureValues<M>;
  readonly states: MeasureStates<M>;
}

/**
 * The grand total of a series and the total of each group.
 *
 * @category Aggregation
 */
export interface SeriesTotal<M extends Measures> extends Totals<M> {
  /** Per group (empty when the series is not grouped), in the series' group order. */
  readonly groups: ReadonlyMap<GroupKey, Totals<M>>;
}

function finish<M extends Measures>(series: Series<M>, data: CellData): Totals<M> {
  const names = Object.keys(series.measures);
  return {
    records: data.records,
    values: Object.fromEntries(
      names.map((name, m) => [
        name,
        (series.measures[name] as AnyMeasure).finalize(data.states[m]) as Decimal | null,
      ]),
    ) as MeasureValues<M>,
    states: Object.fromEntries(
      names.map((name, m) => [name, data.states[m]]),
    ) as unknown as MeasureStates<M>,
  };
}

/**
 * The total of a whole series, by merging every cell's states: ratios of sums, distinct counts of
 * the whole span (not sums of monthly distinct counts), the first and last snapshots of the span.
 *
 * @param series - A series.
 * @returns The grand total and the total of each group.
 * @throws {KpiError} `invalid_argument` when `series` is not a series.
 * @example
 * ```ts
 * import { aggregate, countDistinct, total } from "kinerja";
 *
 * const orders = [
 *   { at: "2025-01-10T00:00:00Z", customer: "A", region: "west" },
 *   { at: "2025-02-10T00:00:00Z", customer: "A", region: "west" },
 *   { at: "2025-02-11T00:00:00Z", customer: "B", region: "east" },
 * ];
 * const series = aggregate(orders, {
 *   date: "at",
 *   granularity: "month",
 *   groupBy: "region",
 *   measures: { customers: countDistinct("customer") },
 * });
 * const totals = total(series);
 * console.log(totals.values.customers.toString(), totals.groups.get("west")?.values.customers.toString());
 * // 2 1
 * ```
 * @category Aggregation
 */
export function total<M extends Measures>(series: Series<M>): SeriesTotal<M> {
  checkSeries("total", series);
  const measures = Object.values(series.measures) as AnyMeasure[];
  const all = emptyCell(measures);
  const byGroup = new Map<GroupKey, CellData>();
  for (const group of series.groups) byGroup.set(group, emptyCell(measures));
  const store = trustedStore(series);
  if (store !== undefined) {
    const groupCells = series.groups.map((group) => byGroup.get(group) as CellData);
    const { cellGroup } = store.init;
    for (let cell = 0; cell < store.size; cell++) {
      mergeStoredInto(all, store, cell);
      if (series.grouped) {
        mergeStoredInto(groupCells[cellGroup[cell] as number] as CellData, store, cell);
      }
    }
  } else {
    for (const cell of series.cells) {
      mergeCellInto(all, measures, series, cell);
      if (cell.group !== null)
        mergeCellInto(byGroup.get(cell.group) as CellData, measures, series, cell);
    }
  }
  const groups = new Map<GroupKey, Totals<M>>();
  for (const [group, data] of byGroup) groups.set(group, finish(series, data));
  return { ...finish(series, all), groups };
}
