import type { Decimal } from "../../core/decimal.js";
import { unreachable } from "../../core/unreachable.js";
import type { Calendar, Granularity, Period } from "../../period/types.js";
import type { Measure, Measures, StateOf } from "../measures/types.js";
import { keepStore, type SeriesStore } from "./_store.js";
import { type SerializedSeries, toSerialized } from "./seriesJson.js";

/**
 * A group value: what `groupBy` returned for a record.
 *
 * @category Aggregation
 */
export type GroupKey = string | number | bigint | boolean;

/**
 * The finalized value type of a measure, as its `finalize` gives it: sums and counts are always
 * defined, the others may be `null`.
 *
 * @category Aggregation
 */
// biome-ignore lint/suspicious/noExplicitAny: infer position: a measure of any state, kind and field
export type ValueOf<M> = M extends Measure<any, infer V, any, any> ? V : Decimal | null;

/**
 * The finalized values of a cell, one per named measure.
 *
 * @category Aggregation
 */
export type MeasureValues<M extends Measures> = { readonly [K in keyof M]: ValueOf<M[K]> };

/**
 * The states of a cell, one per named measure. Treat them as read-only.
 *
 * @category Aggregation
 */
export type MeasureStates<M extends Measures> = { readonly [K in keyof M]: StateOf<M[K]> };

/**
 * One (period, group) of a series.
 *
 * @category Aggregation
 */
export interface SeriesCell<M extends Measures> {
  readonly period: Period;
  /** The group value, or `null` when the series is not grouped. */
  readonly group: GroupKey | null;
  /** How many records went into the cell (0 for a filled period without records). */
  readonly records: number;
  readonly values: MeasureValues<M>;
  readonly states: MeasureStates<M>;
}

/**
 * Why a record was not used (see {@link RecordIssue}).
 *
 * @category Aggregation
 */
export type RecordIssueReason = "not_an_object" | "hole" | "missing" | "invalid";

/**
 * One problem with one record, as collected by `onInvalid: "collect"`.
 *
 * @category Aggregation
 */
export interface RecordIssue {
  /** The record's index (plus `indexOffset`). */
  readonly index: number;
  /** The property read (or, for a function accessor, `date`, `groupBy` or the measure's name). */
  readonly field: string;
  /** The value received, described. */
  readonly value: string;
  /** `missing` (undefined or null), `invalid` (present but unreadable), `not_an_object`, `hole`. */
  readonly reason: RecordIssueReason;
  /** What was expected. */
  readonly expected: string;
  /** The whole sentence. */
  readonly message: string;
}

/**
 * What happened to the records: nothing is dropped without being counted here.
 *
 * @category Aggregation
 */
export interface DataQualityReport {
  /** Records read, holes of sparse arrays included. */
  readonly records: number;
  /** Records that went into a cell. */
  readonly accepted: number;
  /** Invalid records left out (`onInvalid: "skip"` or `"collect"`). */
  readonly rejected: number;
  /** Valid-dated records whose period lies outside `range`, left out. */
  readonly outsideRange: number;
  /** Every problem found (only with `onInvalid: "collect"`; with `"skip"` only counted). */
  readonly issues: readonly RecordIssue[];
}

/**
 * The result of `aggregate` and of every series operation.
 *
 * @category Aggregation
 */
export interface Series<M extends Measures = Measures> {
  readonly type: "series";
  readonly granularity: Granularity;
  readonly calendar: Calendar;
  readonly measures: M;
  /** Whether cells carry a group. */
  readonly grouped: boolean;
  /** Whether every period between the first and the last (and every group in each) has a cell. */
  readonly filled: boolean;
  /** The periods, in chronological order. */
  readonly periods: readonly Period[];
  /** The groups, sorted (booleans, numbers, bigints, then strings by code unit); empty when not grouped. */
  readonly groups: readonly GroupKey[];
  /** The cells, by period then group. */
  readonly cells: readonly SeriesCell<M>[];
  /** The data-quality report of the records behind the series. */
  readonly report: DataQualityReport;
  /**
   * The cell of a period (by key) and group.
   *
   * @param periodKey - A period key such as `"2025-03"`.
   * @param group - The group value (leave out for an ungrouped series).
   * @returns The cell, or `undefined` when the series has none there.
   */
  at(periodKey: string, group?: GroupKey): SeriesCell<M> | undefined;
  /** The JSON form, as `serializeSeries` gives it (so `JSON.stringify(series)` works). */
  toJSON(): SerializedSeries;
}

function typeRank(value: GroupKey): number {
  const type = typeof value as "boolean" | "number" | "bigint" | "string";
  switch (type) {
    case "boolean":
      return 0;
    case "number":
      return 1;
    case "bigint":
      return 2;
    case "string":
      return 3;
    default:
      return unreachable(type, "group key type");
  }
}

/** The order of groups: by type, then by value (strings by code unit, not locale). @internal */
export function compareGroups(a: GroupKey, b: GroupKey): number {
  const rankA = typeRank(a);
  const rankB = typeRank(b);
  if (rankA !== rankB) return rankA - rankB;
  if (a === b) return 0;
  return (a as string) < (b as string) ? -1 : 1;
}

/** Whether a value can be a group. @internal */
export function isGroupKey(value: unknown): value is GroupKey {
  const type = typeof value;
  return (
    type === "string" ||
    type === "bigint" ||
    type === "boolean" ||
    (type === "number" && Number.isFinite(value as number))
  );
}

/** The states of one cell (by measure position) and its record count. @internal */
export interface CellData {
  readonly states: unknown[];
  records: number;
}

/**
 * The public series over a store: its cells are built the first time `cells` (or `at`) is read,
 * their values the first time each is read. @internal
 */
export function seriesFromStore<M extends Measures>(store: SeriesStore<M>): Series<M> {
  const { init } = store;
  const series: Series<M> = {
    type: "series",
    granularity: init.granularity,
    calendar: init.calendar,
    measures: init.measures,
    grouped: init.grouped,
    filled: init.filled,
    periods: init.periods,
    groups: init.grouped ? init.groups : [],
    get cells() {
      return store.cells();
    },
    report: init.report,
    at: (periodKey, group) => store.at(periodKey, group),
    toJSON: () => toSerialized(series),
  };
  keepStore(series, store);
  return series;
}
