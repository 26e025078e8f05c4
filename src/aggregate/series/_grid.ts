import { fail } from "../../core/errors.js";
import { describe } from "../../core/messages.js";
import { type Bucketer, createBucketer } from "../../period/bucketer.js";
import { isGranularity } from "../../period/granularity.js";
import { PERIOD_EXPECTED } from "../../period/messages.js";
import type { Granularity } from "../../period/types.js";
import type { AnyMeasure, Measures } from "../measures/types.js";
import { AGGREGATE_EXPECTED } from "../messages.js";
import { ObjectColumn, type StateColumn } from "./_stateColumn.js";
import { SeriesStore, trustedStore } from "./_store.js";
import {
  type CellData,
  type GroupKey,
  type Series,
  type SeriesCell,
  seriesFromStore,
} from "./series.js";

/** A series as columns, and a bucketer of its granularity and calendar. @internal */
export interface Grid<M extends Measures> {
  readonly store: SeriesStore<M>;
  readonly bucketer: Bucketer;
}

/**
 * The columns of a series: its own store when this library built it; otherwise (a copy, a
 * hand-made object already checked by `checkSeries`) columns read from its cells, one cell per
 * period and group (the last one given wins), every period's key checked. @internal
 */
export function gridOf<M extends Measures>(series: Series<M>, subject: string): Grid<M> {
  const bucketer = createBucketer(series.granularity, series.calendar);
  const store = trustedStore(series);
  if (store !== undefined) return { store, bucketer };
  const ordinals = series.periods.map((period) => bucketer.ordinalOfPeriod(period, subject));
  const periodIndex = new Map<string, number>();
  series.periods.forEach((period, index) => {
    periodIndex.set(period.key, index);
  });
  const groups = series.grouped ? [...series.groups] : [];
  const width = series.grouped ? groups.length : 1;
  const position = new Map<GroupKey | null, number>(
    series.grouped ? groups.map((group, index) => [group, index]) : [[null, 0]],
  );
  const slots = new Map<number, SeriesCell<M>>();
  for (const cell of series.cells) {
    const period = periodIndex.get(cell.period.key) as number;
    slots.set(period * width + (position.get(cell.group) as number), cell);
  }
  const names = Object.keys(series.measures);
  const cellPeriod: number[] = [];
  const cellGroup: number[] = [];
  const records: number[] = [];
  const states: unknown[][] = names.map(() => []);
  for (const slot of [...slots.keys()].sort((a, b) => a - b)) {
    const cell = slots.get(slot) as SeriesCell<M>;
    cellPeriod.push(Math.floor(slot / width));
    cellGroup.push(slot % width);
    records.push(cell.records);
    names.forEach((name, m) => {
      (states[m] as unknown[]).push((cell.states as Record<string, unknown>)[name]);
    });
  }
  return {
    bucketer,
    store: new SeriesStore({
      granularity: series.granularity,
      calendar: series.calendar,
      measures: series.measures,
      grouped: series.grouped,
      filled: series.filled,
      groups,
      periods: series.periods,
      ordinals,
      cellPeriod,
      cellGroup,
      records,
      states: states.map(
        (column, m) => new ObjectColumn(series.measures[names[m] as string] as AnyMeasure, column),
      ),
      report: series.report,
    }),
  };
}

/** The states of a cell in measure order. @internal */
export function statesOf<M extends Measures>(series: Series<M>, cell: SeriesCell<M>): unknown[] {
  return Object.keys(series.measures).map((name) => (cell.states as Record<string, unknown>)[name]);
}

/** A new empty cell. @internal */
export function emptyCell(measures: readonly AnyMeasure[]): CellData {
  return { states: measures.map((measure) => measure.empty()), records: 0 };
}

/** Merges the states of cell `cell` of a store into a cell being built. @internal */
export function mergeStoredInto<M extends Measures>(
  target: CellData,
  store: SeriesStore<M>,
  cell: number,
): void {
  const measures = store.measureList;
  const states = store.init.states;
  for (let m = 0; m < measures.length; m++) {
    (measures[m] as AnyMeasure).mergeInto(target.states[m], (states[m] as StateColumn).peek(cell));
  }
  target.records += store.init.records[cell] as number;
}

/** Merges a series cell into a cell being built. @internal */
export function mergeCellInto<M extends Measures>(
  target: CellData,
  measures: readonly AnyMeasure[],
  series: Series<M>,
  cell: SeriesCell<M>,
): void {
  const states = statesOf(series, cell);
  for (let m = 0; m < measures.length; m++) {
    (measures[m] as AnyMeasure).mergeInto(target.states[m], states[m]);
  }
  target.records += cell.records;
}

/**
 * A series with the same periods, groups and cells as a store, each cell's record count and
 * states given (one column per measure). @internal
 */
export function sameCells<M extends Measures>(
  store: SeriesStore<M>,
  records: ArrayLike<number>,
  states: readonly StateColumn[],
): Series<M> {
  return seriesFromStore(new SeriesStore({ ...store.init, records, states }, store.rowStart));
}

/**
 * A bucketer of a coarser granularity whose periods each contain whole periods of the series,
 * with the coarse ordinal of each of the series' periods. @internal
 */
export function coarser<M extends Measures>(
  subject: string,
  series: Series<M>,
  granularity: unknown,
): { bucketer: Bucketer; coarse: number[] } {
  if (!isGranularity(granularity)) {
    fail({
      code: "invalid_argument",
      subject,
      path: ["granularity"],
      expected: PERIOD_EXPECTED.granularity,
      received: describe(granularity),
    });
  }
  const bucketer = createBucketer(granularity as Granularity, series.calendar);
  const coarse = series.periods.map((period) => {
    const start = bucketer.ordinalOf(period.start.getTime());
    if (bucketer.ordinalOf(period.end.getTime() - 1) !== start) {
      fail({
        code: "invalid_argument",
        subject,
        path: ["granularity"],
        expected: `${AGGREGATE_EXPECTED.coarser} (${series.granularity})`,
        received: `${JSON.stringify(granularity)}, which splits period ${period.key}`,
      });
    }
    return start;
  });
  return { bucketer, coarse };
}
