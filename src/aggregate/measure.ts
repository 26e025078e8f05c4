import type { Decimal } from "../core/decimal.js";
import { fail, KpiError, makeIssue } from "../core/errors.js";
import { AGGREGATE_EXPECTED, describe } from "../core/messages.js";
import type { ReadFunction } from "./accessor.js";

/**
 * The kinds of measure.
 *
 * @category Aggregation
 */
export type MeasureKind =
  | "sum"
  | "count"
  | "count_distinct"
  | "first"
  | "last"
  | "min"
  | "max"
  | "mean";

/**
 * What a period without records shows for a measure when a series is filled:
 * `zero` (sums and counts), `carry_forward` (`last`: the closing value of the latest earlier period),
 * or `null` (`first`, `min`, `max`, `mean`: nothing is invented).
 * @category Aggregation
 */
export type MeasureFill = "zero" | "carry_forward" | "null";

/**
 * The JSON form of a measure state (see {@link Measure.serialize}).
 *
 * @category Aggregation
 */
export type SerializedState =
  | {
      readonly kind: "sum";
      readonly integer: string;
      readonly scale: number;
      readonly decimal: string | null;
    }
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
      readonly decimal: string | null;
      readonly count: number;
    };

/**
 * A measure: a mergeable accumulator. `aggregate` keeps one state per (period, group); every series
 * operation merges states, so results are correct by construction, and states built on different
 * machines merge into exactly the one-pass result.
 *
 * States are opaque: build them with `empty`, grow them with `add` (which mutates), combine them with
 * `merge` (which returns a new state and leaves its arguments alone), read them with `finalize`, and
 * move them between processes with `serialize` / `deserialize` (plain JSON, exact, bigint-safe).
 * @category Aggregation
 */
export interface Measure<S = unknown> {
  /** Always `"measure"`. */
  readonly type: "measure";
  /** What the measure computes. */
  readonly kind: MeasureKind;
  /** The property the measure reads, or `undefined` when it reads with a function (or reads nothing). */
  readonly field: string | undefined;
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
  finalize(state: S): Decimal | null;
  /** The state as plain JSON (exact decimal strings, bigint as strings). */
  serialize(state: S): SerializedState;
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
}

/** Reads one record's value, then applies it (two steps, so an invalid record touches nothing). @internal */
export interface MeasureReader<S> {
  /** Reads and checks the record's value; false when it is invalid. */
  read(record: unknown, index: number): boolean;
  /** The raw value last read (for messages). */
  readonly raw: unknown;
  /** What was expected, when `read` returned false. */
  readonly expected: string;
  /** Adds the value last read to a state. */
  apply(state: S, time: number, index: number): void;
}

/**
 * A measure whatever its state.
 *
 * @category Aggregation
 */
export type AnyMeasure = Measure<any>;

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
export type StateOf<M> = M extends Measure<infer S> ? S : never;

/**
 * Throws `invalid_argument` unless a value is a state of the measure (for the public `add`, `merge`,
 * `finalize` and `serialize`; never called per record inside `aggregate`). @internal
 */
export function checkState<S>(
  measure: Measure<S>,
  state: unknown,
  name = "state",
): asserts state is S {
  if (!measure.isState(state)) {
    fail({
      code: "invalid_argument",
      subject: measure.kind,
      path: [name],
      where: name,
      expected: `${AGGREGATE_EXPECTED.state} (${measure.kind})`,
      received:
        typeof state === "object" &&
        state !== null &&
        typeof (state as { kind?: unknown }).kind === "string"
          ? `a ${(state as { kind: string }).kind} state`
          : describe(state),
    });
  }
}

/** Whether a value is an object whose `kind` is one of the given kinds. @internal */
export function hasKind(state: unknown, kind: string): state is Record<string, unknown> {
  return typeof state === "object" && state !== null && (state as { kind?: unknown }).kind === kind;
}

/** Implements `add` with a reader. @internal */
export function addWithReader<S>(
  measure: Measure<S>,
  state: S,
  record: unknown,
  index: number,
  time: number | undefined,
): void {
  checkState(measure, state);
  const reader = measure.reader();
  if (!reader.read(record, index)) {
    const field = measure.field ?? measure.kind;
    throw new KpiError([
      makeIssue({
        code: "invalid_record",
        subject: measure.kind,
        path: [index, field],
        where: `record ${index} field ${JSON.stringify(field)}`,
        expected: reader.expected,
        received: describe(reader.raw),
      }),
    ]);
  }
  reader.apply(state, time ?? 0, index);
}

/** Implements `merge` with `clone` and `mergeInto`. @internal */
export function mergeWith<S>(measure: Measure<S>, a: S, b: S): S {
  checkState(measure, a, "a");
  checkState(measure, b, "b");
  const result = measure.clone(a);
  measure.mergeInto(result, b);
  return result;
}

/** Throws the error for a JSON value that is not a state of the measure. @internal */
export function badState(kind: MeasureKind, json: unknown): never {
  return fail({
    code: "invalid_argument",
    subject: kind,
    path: [],
    where: "state",
    expected: AGGREGATE_EXPECTED.serializedState,
    received: describe(json),
  });
}

/** The JSON object if it is a state of the given kind, else throws. @internal */
export function stateObject(kind: MeasureKind, json: unknown): Record<string, unknown> {
  if (typeof json !== "object" || json === null || (json as { kind?: unknown }).kind !== kind) {
    badState(kind, json);
  }
  return json as Record<string, unknown>;
}

/** A field read from an accessor, for readers. @internal */
export type { ReadFunction };

/**
 * Makes states whose `toJSON` is the measure's `serialize`, so `JSON.stringify(state)` (and of a
 * series) gives the exact serialized form instead of failing on bigints. @internal
 */
export function stateFactory<S extends { toJSON(): SerializedState }>(
  serialize: (state: S) => SerializedState,
): (fields: Omit<S, "toJSON">) => S {
  const prototype = {
    toJSON(this: S): SerializedState {
      return serialize(this);
    },
  };
  return (fields) => Object.assign(Object.create(prototype) as S, fields);
}
