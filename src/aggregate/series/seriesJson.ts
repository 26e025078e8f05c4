import type { Calendar, Granularity } from "../../period/types.js";
import type {
  AnyMeasure,
  CustomSerializedState,
  Measures,
  SerializedState,
} from "../measures/types.js";
import { statesOf } from "./_grid.js";
import type { StateColumn } from "./_stateColumn.js";
import { type SeriesStore, trustedStore } from "./_store.js";
import type { DataQualityReport, GroupKey, Series } from "./series.js";

/**
 * A group value in JSON: bigints as `{ bigint: "123" }`.
 *
 * @category Aggregation
 */
export type SerializedGroup = string | number | boolean | { readonly bigint: string };

/**
 * A measure of a serialized series: its name, its kind and the property it reads (`null` when it
 * reads with a function or reads nothing), so that a series is only read back, or merged, with the
 * same measures.
 *
 * @category Aggregation
 */
export interface SerializedMeasure {
  readonly name: string;
  readonly kind: string;
  readonly field: string | null;
}

/**
 * The JSON form of a series (see `serializeSeries`).
 *
 * @category Aggregation
 */
export interface SerializedSeries {
  readonly format: "kinerja.series";
  readonly version: 1;
  readonly granularity: Granularity;
  readonly calendar: Calendar;
  readonly grouped: boolean;
  readonly filled: boolean;
  /** The measures (name, kind and field), in order. */
  readonly measures: readonly SerializedMeasure[];
  /** Period keys, in order. */
  readonly periods: readonly string[];
  readonly groups: readonly SerializedGroup[];
  /** Cells: period and group as positions in `periods` and `groups`, states in measure order. */
  readonly cells: readonly {
    readonly period: number;
    readonly group: number | null;
    readonly records: number;
    readonly states: readonly (SerializedState | CustomSerializedState)[];
  }[];
  readonly report: DataQualityReport;
}

/** The JSON form of a series, without checks. @internal */
export function toSerialized<M extends Measures>(series: Series<M>): SerializedSeries {
  const measures = Object.entries(series.measures) as [string, AnyMeasure][];
  const store = trustedStore(series);
  const periodIndex = new Map<string, number>();
  series.periods.forEach((period, index) => {
    periodIndex.set(period.key, index);
  });
  const groupIndex = new Map<GroupKey, number>();
  series.groups.forEach((group, index) => {
    groupIndex.set(group, index);
  });
  return {
    format: "kinerja.series",
    version: 1,
    granularity: series.granularity,
    calendar: { ...series.calendar },
    grouped: series.grouped,
    filled: series.filled,
    measures: measures.map(([name, measure]) => ({
      name,
      kind: measure.kind,
      field: measure.field ?? null,
    })),
    periods: series.periods.map((period) => period.key),
    groups: series.groups.map((group) =>
      typeof group === "bigint" ? { bigint: group.toString() } : group,
    ),
    cells:
      store !== undefined
        ? storedCells(store)
        : series.cells.map((cell) => {
            const states = statesOf(series, cell);
            return {
              period: periodIndex.get(cell.period.key) as number,
              group: cell.group === null ? null : (groupIndex.get(cell.group) as number),
              records: cell.records,
              states: measures.map(([, measure], m) => measure.serialize(states[m])),
            };
          }),
    report: {
      records: series.report.records,
      accepted: series.report.accepted,
      rejected: series.report.rejected,
      outsideRange: series.report.outsideRange,
      issues: series.report.issues.map((issue) => ({ ...issue })),
    },
  };
}

/** The serialized cells of a series this library built, from its columns. */
function storedCells<M extends Measures>(store: SeriesStore<M>): SerializedSeries["cells"] {
  const { cellPeriod, cellGroup, records, states, grouped } = store.init;
  const measures = store.measureList;
  const cells: SerializedSeries["cells"][number][] = new Array(store.size);
  for (let cell = 0; cell < store.size; cell++) {
    cells[cell] = {
      period: cellPeriod[cell] as number,
      group: grouped ? (cellGroup[cell] as number) : null,
      records: records[cell] as number,
      states: measures.map((measure, m) =>
        measure.serialize((states[m] as StateColumn).peek(cell)),
      ),
    };
  }
  return cells;
}
