import { fail } from "../../core/errors.js";
import { describe } from "../../core/messages.js";
import { type Bucketer, createBucketer } from "../../period/bucketer.js";
import { isGranularity } from "../../period/granularity.js";
import { PERIOD_EXPECTED } from "../../period/messages.js";
import type { Granularity } from "../../period/types.js";
import type { AnyMeasure, Measures } from "../measures/types.js";
import { AGGREGATE_EXPECTED } from "../messages.js";
import type { CellData, GroupKey, Series, SeriesCell, SeriesRow } from "./series.js";

/** A series taken apart for the operations: measures in order, ordinals, cells by group. @internal */
export interface Grid<M extends Measures> {
  readonly measures: readonly AnyMeasure[];
  readonly bucketer: Bucketer;
  /** The ordinal of each period of the series, in order. */
  readonly ordinals: readonly number[];
  /** Group values in order (one `null` entry for an ungrouped series). */
  readonly groups: readonly (GroupKey | null)[];
  /** For each group position, the cells by ordinal. */
  readonly cells: readonly Map<number, SeriesCell<M>>[];
}

/** Takes a series apart. @internal */
export function gridOf<M extends Measures>(series: Series<M>, subject: string): Grid<M> {
  const bucketer = createBucketer(series.granularity, series.calendar);
  const measures = Object.values(series.measures) as AnyMeasure[];
  const groups: (GroupKey | null)[] = series.grouped ? [...series.groups] : [null];
  const position = new Map<GroupKey | null, number>();
  groups.forEach((group, index) => {
    position.set(group, index);
  });
  const ordinalOfKey = new Map<string, number>();
  const ordinals = series.periods.map((period) => {
    const ordinal = bucketer.ordinalOfPeriod(period, subject);
    ordinalOfKey.set(period.key, ordinal);
    return ordinal;
  });
  const cells = groups.map(() => new Map<number, SeriesCell<M>>());
  for (const cell of series.cells) {
    const ordinal = ordinalOfKey.get(cell.period.key) as number;
    (cells[position.get(cell.group) as number] as Map<number, SeriesCell<M>>).set(ordinal, cell);
  }
  return { measures, bucketer, ordinals, groups, cells };
}

/** The states of a cell in measure order. @internal */
export function statesOf<M extends Measures>(series: Series<M>, cell: SeriesCell<M>): unknown[] {
  return Object.keys(series.measures).map((name) => (cell.states as Record<string, unknown>)[name]);
}

/** A new empty cell. @internal */
export function emptyCell(measures: readonly AnyMeasure[]): CellData {
  return { states: measures.map((measure) => measure.empty()), records: 0 };
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

/** Rows with the same periods and cells as the series, each cell computed by a function. @internal */
export function mapRows<M extends Measures>(
  grid: Grid<M>,
  series: Series<M>,
  compute: (group: number, ordinalIndex: number) => CellData | undefined,
): SeriesRow[] {
  return grid.ordinals.map((ordinal, ordinalIndex) => ({
    ordinal,
    period: series.periods[ordinalIndex] as SeriesRow["period"],
    cells: grid.groups.map((_, group) => compute(group, ordinalIndex)),
  }));
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
      where: "granularity",
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
        where: "granularity",
        expected: `${AGGREGATE_EXPECTED.coarser} (${series.granularity})`,
        received: `${JSON.stringify(granularity)}, which splits period ${period.key}`,
      });
    }
    return start;
  });
  return { bucketer, coarse };
}
