import type { Decimal } from "../../core/decimal.js";
import type { Calendar, Granularity, Period } from "../../period/types.js";
import type { AnyMeasure, Measures } from "../measures/types.js";
import { CellValuesHandler, cellValuesTarget } from "./_cellValues.js";
import type { StateColumn } from "./_stateColumn.js";
import type {
  DataQualityReport,
  GroupKey,
  MeasureStates,
  MeasureValues,
  Series,
  SeriesCell,
} from "./series.js";

/** What a {@link SeriesStore} is made of. @internal */
export interface StoreInit<M extends Measures> {
  readonly granularity: Granularity;
  readonly calendar: Calendar;
  readonly measures: M;
  readonly grouped: boolean;
  readonly filled: boolean;
  /** Sorted; empty when the series is not grouped. */
  readonly groups: readonly GroupKey[];
  /** In chronological order. */
  readonly periods: readonly Period[];
  /** The ordinal of each period. */
  readonly ordinals: readonly number[];
  /** Per cell (cells by period, then group): the period's index. */
  readonly cellPeriod: ArrayLike<number>;
  /** Per cell: the group's position in `groups` (0 when not grouped). */
  readonly cellGroup: ArrayLike<number>;
  /** Per cell: how many records went into it. */
  readonly records: ArrayLike<number>;
  /** Per measure: the states of the cells. */
  readonly states: readonly StateColumn[];
  readonly report: DataQualityReport;
}

/**
 * A series as columns: per cell its period index, group position, record count and one state per
 * measure. Nothing is finalized up front: a value is built the first time it is read (and kept),
 * and the cell objects of `series.cells` the first time a cell is asked for. Every operation reads
 * the columns. @internal
 */
export class SeriesStore<M extends Measures = Measures> {
  readonly measureList: readonly AnyMeasure[];
  readonly names: readonly string[];
  /** Groups per period: the groups' count, or 1 when not grouped. */
  readonly width: number;
  readonly size: number;
  /** Per period index, the index of its first cell (and the cell count at the end). */
  readonly rowStart: Int32Array;
  private readonly valueColumns: ((Decimal | null)[] | undefined)[];
  private valueObjects: (MeasureValues<M> | undefined)[] | undefined;
  private cellObjects: (SeriesCell<M> | undefined)[] | undefined;
  private every: SeriesCell<M>[] | undefined;
  private periodIndex: Map<string, number> | undefined;
  private groupIndex: Map<GroupKey, number> | undefined;
  private handler: CellValuesHandler<M> | undefined;

  /**
   * @param init - The columns and the rest of the series.
   * @param rowStart - The row index, when the cells are those of another store (shared, not redone).
   */
  constructor(
    readonly init: StoreInit<M>,
    rowStart?: Int32Array,
  ) {
    this.names = Object.keys(init.measures);
    this.measureList = this.names.map((name) => init.measures[name] as AnyMeasure);
    this.width = init.grouped ? init.groups.length : 1;
    this.size = init.cellPeriod.length;
    this.valueColumns = this.names.map(() => undefined);
    if (rowStart !== undefined) {
      this.rowStart = rowStart;
      return;
    }
    const starts = new Int32Array(init.periods.length + 1);
    for (let i = 0; i < this.size; i++) {
      const next = (init.cellPeriod[i] as number) + 1;
      starts[next] = (starts[next] as number) + 1;
    }
    for (let p = 0; p < init.periods.length; p++) {
      starts[p + 1] = (starts[p + 1] as number) + (starts[p] as number);
    }
    this.rowStart = starts;
  }

  /** The group value of a cell (`null` when the series is not grouped). */
  groupOf(cell: number): GroupKey | null {
    return this.init.grouped
      ? (this.init.groups[this.init.cellGroup[cell] as number] as GroupKey)
      : null;
  }

  /**
   * The value of measure `m` in a cell, built the first time it is read; `last`-like measures
   * (fill `carry_forward`) carry the group's previous value into cells without one.
   */
  value(m: number, cell: number): Decimal | null {
    let column = this.valueColumns[m];
    if (column === undefined) column = this.startColumn(m);
    const known = column[cell];
    if (known !== undefined) return known;
    const value = (this.measureList[m] as AnyMeasure).finalize(
      (this.init.states[m] as StateColumn).peek(cell),
    );
    column[cell] = value;
    return value;
  }

  private startColumn(m: number): (Decimal | null)[] {
    const column: (Decimal | null)[] = new Array(this.size);
    this.valueColumns[m] = column;
    const measure = this.measureList[m] as AnyMeasure;
    if (measure.fill === "carry_forward") {
      // A carried value depends on every earlier cell of the group: the column is built at once.
      const states = this.init.states[m] as StateColumn;
      const carried: (Decimal | null)[] = new Array(this.width).fill(null);
      for (let cell = 0; cell < this.size; cell++) {
        const group = this.init.cellGroup[cell] as number;
        let value = measure.finalize(states.peek(cell));
        if (value === null) value = carried[group] ?? null;
        else carried[group] = value;
        column[cell] = value;
      }
    }
    return column;
  }

  /** The values object of a cell (one per cell, its values built when read). */
  values(cell: number): MeasureValues<M> {
    if (this.valueObjects === undefined) this.valueObjects = new Array(this.size);
    let values = this.valueObjects[cell];
    if (values === undefined) {
      if (this.handler === undefined) this.handler = new CellValuesHandler(this);
      values = new Proxy(cellValuesTarget(cell), this.handler) as unknown as MeasureValues<M>;
      this.valueObjects[cell] = values;
    }
    return values;
  }

  /** The cell object of a cell (built the first time). */
  cell(cell: number): SeriesCell<M> {
    if (this.cellObjects === undefined) this.cellObjects = new Array(this.size);
    let found = this.cellObjects[cell];
    if (found === undefined) {
      // Entries, not assignments: a measure may be named "__proto__".
      const states: Record<string, unknown> = Object.fromEntries(
        this.names.map((name, m) => [name, (this.init.states[m] as StateColumn).state(cell)]),
      );
      found = {
        period: this.init.periods[this.init.cellPeriod[cell] as number] as Period,
        group: this.groupOf(cell),
        records: this.init.records[cell] as number,
        values: this.values(cell),
        states: states as MeasureStates<M>,
      };
      this.cellObjects[cell] = found;
    }
    return found;
  }

  /** Every cell object, in order (built the first time). */
  cells(): SeriesCell<M>[] {
    if (this.every === undefined) {
      const every: SeriesCell<M>[] = new Array(this.size);
      for (let cell = 0; cell < this.size; cell++) every[cell] = this.cell(cell);
      this.every = every;
    }
    return this.every;
  }

  /** The index of the cell of a period index and group position, or -1. */
  find(period: number, group: number): number {
    const start = this.rowStart[period] as number;
    const end = this.rowStart[period + 1] as number;
    const cellGroup = this.init.cellGroup;
    if (end - start === this.width) return start + group; // a full row
    let low = start;
    let high = end - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const at = cellGroup[middle] as number;
      if (at === group) return middle;
      if (at < group) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  /** The index of a period by key, or undefined. */
  periodOf(key: string): number | undefined {
    if (this.periodIndex === undefined) {
      this.periodIndex = new Map();
      this.init.periods.forEach((period, index) => {
        this.periodIndex?.set(period.key, index);
      });
    }
    return this.periodIndex.get(key);
  }

  /** The position of a group value, or undefined (`null` is the one group of an ungrouped series). */
  groupPosition(group: GroupKey | null): number | undefined {
    if (!this.init.grouped) return group === null ? 0 : undefined;
    if (this.groupIndex === undefined) {
      this.groupIndex = new Map();
      this.init.groups.forEach((value, index) => {
        this.groupIndex?.set(value, index);
      });
    }
    return group === null ? undefined : this.groupIndex.get(group);
  }

  /** {@link Series.at}. */
  at(periodKey: string, group: GroupKey | undefined): SeriesCell<M> | undefined {
    const period = this.periodOf(periodKey);
    if (period === undefined) return undefined;
    const position = this.groupPosition(group ?? null);
    if (position === undefined) return undefined;
    const cell = this.find(period, position);
    return cell === -1 ? undefined : this.cell(cell);
  }
}

/** The stores of the series this library built (a copy or a hand-made object has none). */
const STORES = /* @__PURE__ */ new WeakMap<object, SeriesStore>();

/** Records the store of a series built from it. @internal */
export function keepStore<M extends Measures>(series: Series<M>, store: SeriesStore<M>): void {
  STORES.set(series, store as unknown as SeriesStore);
}

/** The store of a series this library built, or undefined for any other object. @internal */
export function trustedStore<M extends Measures>(series: Series<M>): SeriesStore<M> | undefined {
  return STORES.get(series) as SeriesStore<M> | undefined;
}
