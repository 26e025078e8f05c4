import { fail } from "../../core/errors.js";
import type { Bucketer } from "../../period/bucketer.js";
import type { AnyMeasure, Measures } from "../measures/types.js";
import { AGGREGATE_EXPECTED, AGGREGATE_PLACE, AGGREGATE_RECEIVED } from "../messages.js";
import { MAX_FILLED_CELLS } from "./_limits.js";
import { columnWriter, type StateColumnWriter } from "./_stateColumn.js";
import { SeriesStore } from "./_store.js";
import {
  type CellData,
  compareGroups,
  type DataQualityReport,
  type GroupKey,
  type Series,
  seriesFromStore,
} from "./series.js";

/** How the size limit names the option or argument that led to it. @internal */
export interface FillSizeContext {
  /** Default `invalid_option`. */
  readonly code?: "invalid_option" | "invalid_argument";
  /** The option or argument named (default `fill`). */
  readonly name?: string;
  /** What was expected (default `AGGREGATE_EXPECTED.fillLimit`). */
  readonly expected?: string;
}

/** What a {@link SeriesBuilder} builds. @internal */
export interface SeriesBuilderInit<M extends Measures> {
  /** The function named in errors. */
  readonly subject: string;
  readonly measures: M;
  readonly bucketer: Bucketer;
  readonly grouped: boolean;
  /** Whether every period from the first to the last (or across `range`) gets a cell for every group. */
  readonly fill: boolean;
  /** Inclusive ordinals the filled periods span, or null for the periods that have cells. */
  readonly range?: readonly [number, number] | null;
  /** How the size limit is worded. */
  readonly limit?: FillSizeContext;
  /**
   * Bound the span of periods from the first to the last (× 1) even without fill, for a caller that
   * expands every period itself (customerActivity).
   */
  readonly boundSpan?: boolean;
}

/**
 * Throws when expanding every period from `first` to `last` (ordinals, inclusive) for `width`
 * groups would make more than {@link MAX_FILLED_CELLS} cells, naming the first and last periods.
 * @internal
 */
export function checkFillSize(
  subject: string,
  bucketer: Bucketer,
  first: number,
  last: number,
  width: number,
  context: FillSizeContext = {},
): void {
  const periods = last - first + 1;
  if (periods * Math.max(width, 1) <= MAX_FILLED_CELLS) return;
  const code = context.code ?? "invalid_option";
  const name = context.name ?? "fill";
  fail({
    code,
    subject,
    path: name.split("."),
    where: code === "invalid_option" ? AGGREGATE_PLACE.option(name) : name,
    expected: context.expected ?? AGGREGATE_EXPECTED.fillLimit,
    received: AGGREGATE_RECEIVED.fillSize(
      periods,
      bucketer.granularity,
      bucketer.period(first).key,
      bucketer.period(last).key,
      width,
    ),
  });
}

/** How many periods around the first one are found by index rather than by Map lookup. */
const ROW_WINDOW = 4096;

/**
 * The one way a series is put together from cells (aggregate, mergeSeries, deserializeSeries,
 * rollup, customerActivity, and the SQL layer's seriesFromRows): cells by period ordinal and group,
 * the `-0` group key read as `0`, groups sorted, periods observed or filled (across `range`), empty
 * cells by each measure's fill rule — and the size limit checked as cells arrive, before anything
 * is expanded. @internal
 */
export class SeriesBuilder<M extends Measures> {
  /** The measures, in order. */
  readonly measureList: readonly AnyMeasure[];
  /** Group values by position, in the order they were first added. */
  readonly groupValues: GroupKey[] = [];
  private readonly positions = new Map<GroupKey, number>();
  private readonly rows = new Map<number, (CellData | undefined)[]>();
  private low = Number.POSITIVE_INFINITY;
  private high = Number.NEGATIVE_INFINITY;
  private readonly range: readonly [number, number] | null;
  private readonly window: ((CellData | undefined)[] | undefined)[] = new Array(ROW_WINDOW).fill(
    undefined,
  );
  private windowStart = 0;

  constructor(private readonly init: SeriesBuilderInit<M>) {
    this.measureList = Object.values(init.measures) as AnyMeasure[];
    this.range = init.range ?? null;
    this.checkSize();
  }

  /** The position of a group already added, or undefined (`-0` finds `0`). */
  positionOf(group: GroupKey): number | undefined {
    return this.positions.get(group);
  }

  /** Adds a group (or finds it), returning its position. */
  addGroup(group: GroupKey): number {
    const known = this.positions.get(group);
    if (known !== undefined) return known;
    const key = group === 0 ? 0 : group; // -0 and 0 are one group (as Map keys are)
    const position = this.groupValues.length;
    this.positions.set(key, position);
    this.groupValues.push(key);
    if (this.init.fill && this.init.grouped) this.checkSize();
    return position;
  }

  /** The row of a period (created empty, and the span checked, the first time). */
  row(ordinal: number): (CellData | undefined)[] {
    // Rows near the first one are found by index (a Map lookup per record costs as much as the
    // rest of the bucketing); the Map holds every row, in or out of that window.
    const index = ordinal - this.windowStart;
    if (index >= 0 && index < ROW_WINDOW) {
      const found = this.window[index];
      if (found !== undefined) return found;
    }
    let row = this.rows.get(ordinal);
    if (row === undefined) {
      row = [];
      this.rows.set(ordinal, row);
      if (this.rows.size === 1) this.windowStart = ordinal - ROW_WINDOW / 2;
      const at = ordinal - this.windowStart;
      if (at >= 0 && at < ROW_WINDOW) this.window[at] = row;
      if (ordinal < this.low || ordinal > this.high) {
        if (ordinal < this.low) this.low = ordinal;
        if (ordinal > this.high) this.high = ordinal;
        this.checkSize();
      }
    }
    return row;
  }

  /** Whether a period has a row. */
  hasRow(ordinal: number): boolean {
    return this.rows.has(ordinal);
  }

  /** The cell of a row at a group position (created empty the first time). */
  cell(row: (CellData | undefined)[], position: number): CellData {
    let cell = row[position];
    if (cell === undefined) {
      cell = this.emptyCell();
      row[position] = cell;
    }
    return cell;
  }

  /** A new cell of empty states. */
  emptyCell(): CellData {
    const measures = this.measureList;
    const states: unknown[] = new Array(measures.length);
    for (let m = 0; m < measures.length; m++) states[m] = (measures[m] as AnyMeasure).empty();
    return { states, records: 0 };
  }

  /** The first and last ordinals with a row, or undefined when there is none. */
  span(): readonly [number, number] | undefined {
    return this.rows.size === 0 ? undefined : [this.low, this.high];
  }

  private checkSize(): void {
    const { init } = this;
    let first: number;
    let last: number;
    let width = 1;
    if (init.fill) {
      if (this.range !== null) [first, last] = this.range;
      else if (this.rows.size > 0) [first, last] = [this.low, this.high];
      else return;
      if (init.grouped) width = this.groupValues.length;
    } else if (init.boundSpan === true && this.rows.size > 0) {
      [first, last] = [this.low, this.high];
    } else {
      return;
    }
    checkFillSize(init.subject, init.bucketer, first, last, width, init.limit);
  }

  /**
   * The series: periods in order (filled when asked), groups sorted, the cells' states moved into
   * columns (nothing finalized: values are built when read).
   */
  build(report: DataQualityReport): Series<M> {
    const { init } = this;
    const ordinals: number[] = [];
    if (init.fill) {
      const bounds = this.range ?? this.span();
      if (bounds !== undefined) {
        for (let ordinal = bounds[0]; ordinal <= bounds[1]; ordinal++) ordinals.push(ordinal);
      }
    } else {
      for (const ordinal of this.rows.keys()) ordinals.push(ordinal);
      ordinals.sort((a, b) => a - b);
    }
    const values = this.groupValues;
    const order = values.map((_, position) => position);
    order.sort((a, b) => compareGroups(values[a] as GroupKey, values[b] as GroupKey));
    const positions = init.grouped ? order : [0];
    const width = positions.length;
    const measureCount = this.measureList.length;
    const rowsInOrder = ordinals.map((ordinal) => this.rows.get(ordinal));
    let size = 0;
    if (init.fill) {
      size = ordinals.length * width;
    } else {
      for (const row of rowsInOrder) {
        for (let g = 0; g < width; g++) if (row?.[positions[g] as number] !== undefined) size++;
      }
    }
    // Columns of the exact size: typed where the values are numbers.
    const cellPeriod = new Int32Array(size);
    const cellGroup = new Int32Array(size);
    const records = new Float64Array(size);
    const writers = this.measureList.map((measure) => columnWriter(measure, size));
    let cell = 0;
    for (let p = 0; p < rowsInOrder.length; p++) {
      const row = rowsInOrder[p];
      for (let g = 0; g < width; g++) {
        let data = row?.[positions[g] as number];
        if (data === undefined) {
          if (!init.fill) continue;
          data = this.emptyCell();
        }
        cellPeriod[cell] = p;
        cellGroup[cell] = g;
        records[cell] = data.records;
        const cellStates = data.states;
        for (let m = 0; m < measureCount; m++) {
          (writers[m] as StateColumnWriter).put(cell, cellStates[m], true);
        }
        cell++;
      }
    }
    return seriesFromStore(
      new SeriesStore({
        granularity: init.bucketer.granularity,
        calendar: init.bucketer.calendar,
        measures: init.measures,
        grouped: init.grouped,
        filled: init.fill,
        groups: init.grouped ? order.map((position) => values[position] as GroupKey) : [],
        periods: ordinals.map((ordinal) => init.bucketer.period(ordinal)),
        ordinals,
        cellPeriod,
        cellGroup,
        records,
        states: writers.map((writer) => writer.finish()),
        report,
      }),
    );
  }
}
