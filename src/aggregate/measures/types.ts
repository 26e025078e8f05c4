import type { Decimal } from "../../core/decimal.js";
import type { MeasureFill, MeasureKind } from "./kinds.js";

export type { MeasureFill, MeasureKind } from "./kinds.js";

/**
 * The JSON form of a built-in measure state (see {@link Measure.serialize}): exact decimal text,
 * bigints as text, distinct sets as sorted lists. Format version 1.
 *
 * @category Aggregation
 */
export type SerializedState =
  | { readonly kind: "sum"; readonly integer: string; readonly scale: number }
  | { readonly kind: "count"; readonly count: number }
  | {
      readonly kind: "count_distinct";
      readonly strings: readonly string[];
      readonly numbers: readonly number[];
      readonly bigints: readonly string[];
    }
  | {
      readonly kind: "first" | "last";
      readonly value: string | null;
      readonly time: number | null;
      readonly index: number | null;
    }
  | { readonly kind: "min" | "max"; readonly value: string | null }
  | {
      readonly kind: "mean";
      readonly integer: string;
      readonly scale: number;
      readonly count: number;
    }
  | {
      readonly kind: "moments";
      readonly n: number;
      readonly sum: string;
      readonly sumOfSquares: string;
    }
  | {
      readonly kind: "sum_of_latest_per_entity" | "sum_of_earliest_per_entity";
      /** Per entity, sorted by entity: its key (a bigint as `{ bigint }`), instant, index and value. */
      readonly entities: readonly (readonly [
        key: string | number | boolean | { readonly bigint: string },
        time: number,
        index: number,
        value: string,
      ])[];
    };

/**
 * The JSON form of the state of a measure made with `defineMeasure`: its kind and the plain JSON
 * fields its `toJSON` gives.
 *
 * @category Aggregation
 */
export interface CustomSerializedState {
  readonly kind: string;
  readonly [field: string]: unknown;
}

/**
 * The serialized state of a measure of kind `K`: one member of {@link SerializedState} for a
 * built-in kind, {@link CustomSerializedState} otherwise.
 *
 * @category Aggregation
 */
export type SerializedStateOf<K extends string> = K extends MeasureKind
  ? Extract<SerializedState, { readonly kind: K }>
  : CustomSerializedState;

/**
 * A measure: a mergeable accumulator. `aggregate` keeps one state per (period, group); every series
 * operation merges states, so results are correct by construction, and states built on different
 * machines merge into exactly the one-pass result.
 *
 * States are opaque: build them with `empty`, grow them with `add` (which mutates), combine them with
 * `merge` (which returns a new state and leaves its arguments alone), read them with `finalize`, and
 * move them between processes with `serialize` / `deserialize` (plain JSON, exact, bigint-safe).
 * Every measure, built-in or custom, is made by `defineMeasure`.
 *
 * Type parameters: `S` the state, `V` the value (`Decimal`, or `Decimal | null` when a measure of no
 * records is undefined), `K` the kind, `F` the property read (`undefined` for a function accessor).
 * @category Aggregation
 */
export interface Measure<
  S = unknown,
  V extends Decimal | null = Decimal | null,
  K extends string = string,
  F extends string | undefined = string | undefined,
> {
  /** Always `"measure"`. */
  readonly type: "measure";
  /** What the measure computes: a {@link MeasureKind}, or the kind a custom measure declared. */
  readonly kind: K;
  /** The property the measure reads, or `undefined` when it reads with a function (or reads nothing). */
  readonly field: F;
  /** @internal The accessor (for `count`, the predicate) as it was given, for translators such as `toSql`. */
  readonly accessor?: unknown;
  /** What a period without records shows. */
  readonly fill: MeasureFill;
  /** A new empty state. */
  empty(): S;
  /**
   * Adds one record to a state (mutating it).
   *
   * @param state - A state of this measure.
   * @param record - The record.
   * @param index - The record's index (used in messages and to break ties in `first`/`last`).
   * @param time - The record's instant in epoch milliseconds (used by `first` and `last`; default 0).
   * @throws {KpiError} `invalid_record` when the record's value cannot be read.
   */
  add(state: S, record: unknown, index: number, time?: number): void;
  /** A new state holding both states' records. Commutative and associative. */
  merge(a: S, b: S): S;
  /** The value of a state: a Decimal, or `null` when the measure is undefined on no records. */
  finalize(state: S): V;
  /** The state as plain JSON (exact decimal strings, bigint as strings). */
  serialize(state: S): SerializedStateOf<K>;
  /**
   * A state from its JSON form.
   *
   * @throws {KpiError} `invalid_argument` when the JSON is not a state of this measure.
   */
  deserialize(json: unknown): S;
  /** @internal A reader for one aggregation run. */
  reader(): MeasureReader<S>;
  /** @internal Whether a value is a state of this measure's kind (a cheap shape check). */
  isState(state: unknown): state is S;
  /** @internal Adds `source` into `target` (mutating `target`). */
  mergeInto(target: S, source: S): void;
  /** @internal An independent copy. */
  clone(state: S): S;
  /**
   * @internal Whether a state can be that of a cell of `records` records whose instants lie in
   * `[from, to)` (epoch ms): the invariants `deserializeSeries` checks.
   */
  consistent?(state: S, records: number, from: number, to: number): boolean;
}

/**
 * What a measure made with `defineMeasure` reads values with, during one aggregation run: `read`
 * checks a value (what the accessor returned) and keeps it; `add` adds the value kept to a state.
 * Two steps, so that an invalid record touches no state.
 *
 * @category Aggregation
 */
export interface MeasureValueReader<D> {
  /** Checks and keeps a value: false when it is not readable. */
  read(value: unknown): boolean;
  /** Adds the value last read to a state (with the record's instant and index). */
  add(state: D, time: number, index: number): void;
}

/**
 * How `aggregate` reads a measure during one run: the compiled accessor, and the value reader. The
 * loop calls them directly, so each measure's reader code stays monomorphic. @internal
 */
export interface MeasureReader<S> {
  /** The compiled accessor, or undefined when the measure reads nothing (`count()`). */
  readonly get: ((record: unknown, index: number) => unknown) | undefined;
  /** Whether the accessor is a function (whose KpiError makes the record invalid). */
  readonly fromFunction: boolean;
  /** The property name when the accessor is one (read in the loop without a call), else undefined. */
  readonly key: string | undefined;
  readonly value: MeasureValueReader<S>;
  /** What was expected, worded for the value received. */
  expected(value: unknown): string;
}

/**
 * A measure whatever its state, value and kind.
 *
 * @category Aggregation
 */
// biome-ignore lint/suspicious/noExplicitAny: the kind is any so that code switching over built-in kinds keeps compiling; narrow it with the kinds table
export type AnyMeasure = Measure<any, Decimal | null, any>;

/**
 * Named measures, as given to `aggregate`.
 *
 * @category Aggregation
 */
export type Measures = Readonly<Record<string, AnyMeasure>>;

/**
 * The state type of a measure.
 *
 * @category Aggregation
 */
// Inferred from `empty` alone: matching the whole Measure interface with a wider kind fails (its
// serialized state depends on the kind), which made every state `never`.
export type StateOf<M> = M extends { empty(): infer S } ? S : never;
