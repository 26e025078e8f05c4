import type { Decimal } from "../../core/decimal.js";
import { fail, KpiError, makeIssue, raise } from "../../core/errors.js";
import { describe } from "../../core/messages.js";
import { AccessorFailure, compileAccessor, type ReadFunction } from "../accessor.js";
import { AGGREGATE_EXPECTED, AGGREGATE_PLACE, AGGREGATE_RECEIVED } from "../messages.js";
import { isMeasureFill, MEASURE_KINDS, type MeasureFill, type MeasureKind } from "./kinds.js";
import type { Measure, MeasureReader, MeasureValueReader, SerializedStateOf } from "./types.js";

/**
 * The state of a measure made with {@link defineMeasure}: the fields its `empty` gives, its kind,
 * and a `toJSON` that is the measure's `serialize` (so `JSON.stringify(state)` works).
 *
 * @category Aggregation
 */
export type MeasureState<K extends string, D extends object> = D & {
  readonly kind: K;
  /** The serialized form. */
  toJSON(): SerializedStateOf<K>;
};

/**
 * What {@link defineMeasure} builds a measure from: the measure's semantics, unchecked. The builder
 * adds everything else once (argument checks, messages, `merge`, `clone`, `serialize` with the kind,
 * `deserialize` with its checks, and the two-step reader `aggregate` runs per record).
 *
 * `aggregate` makes one `reader` per run and, per record, calls its `read` with the value the
 * accessor gave and then (when every part of the record is valid) its `add`: a reader that keeps
 * the value read in its own fields allocates nothing per record.
 *
 * @category Aggregation
 */
export interface MeasureDefinition<
  K extends string,
  D extends object,
  V extends Decimal | null,
  F extends string | undefined,
> {
  /** The kind: a snake_case id naming the measure in JSON and in messages, such as `"sum_of_squares"`. */
  readonly kind: K;
  /** What a period without records shows when a series is filled (`"zero"`, `"carry_forward"`, `"null"`). */
  readonly fill: MeasureFill;
  /** The property name or function `(record, index) => value` the measure reads; leave out to read nothing. */
  readonly accessor?: F | ((record: never, index: number) => unknown);
  /** Whether the accessor is a predicate (named `predicate` in messages) rather than a value. */
  readonly predicate?: boolean;
  /** What a readable value is, in words; a function of the value received for a more precise word. */
  readonly expected: string | ((value: unknown) => string);
  /** A reader for one aggregation run: it checks and keeps a value, then adds it to a state. */
  reader(): MeasureValueReader<D>;
  /** The fields of a new empty state. */
  empty(): D;
  /** Adds `source` into `target`: commutative and associative, with `empty()` as identity. */
  mergeInto(target: D, source: D): void;
  /** The value of a state. */
  finalize(state: D): V;
  /** The state's JSON fields (plain JSON: strings, numbers, booleans, null, arrays, objects), without `kind`. */
  toJSON(state: D): Record<string, unknown>;
  /** The state from its JSON fields, or `undefined` when they are not a valid state. */
  fromJSON(json: Readonly<Record<string, unknown>>): D | undefined;
  /** Whether a value has the fields of a state (a cheap shape check; default: any object of the kind). */
  isState?(state: Readonly<Record<string, unknown>>): boolean;
  /** Whether a state can be that of a cell of `records` records with instants in `[from, to)`. */
  consistent?(state: D, records: number, from: number, to: number): boolean;
  /**
   * Read-only properties every state shows, computed from its fields when read (getters defined
   * once, on the states' prototype, so they cost nothing per record): for example a `sum` that
   * turns an exact accumulator into a Decimal for whoever reads the state.
   */
  readonly properties?: { readonly [name: string]: (state: D) => unknown };
}

const SUBJECT = "defineMeasure";
const KIND = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
const FUNCTIONS = ["reader", "empty", "mergeInto", "finalize", "toJSON", "fromJSON"] as const;

function checkDefinition(definition: unknown): void {
  if (typeof definition !== "object" || definition === null) {
    raise(
      "invalid_argument",
      SUBJECT,
      ["definition"],
      AGGREGATE_EXPECTED.measureDefinition,
      definition,
    );
  }
  const given = definition as Record<string, unknown>;
  if (typeof given.kind !== "string" || !KIND.test(given.kind)) {
    raise(
      "invalid_argument",
      SUBJECT,
      ["definition", "kind"],
      AGGREGATE_EXPECTED.measureKind,
      given.kind,
    );
  }
  if (!isMeasureFill(given.fill))
    raise(
      "invalid_argument",
      SUBJECT,
      ["definition", "fill"],
      AGGREGATE_EXPECTED.measureFill,
      given.fill,
    );
  for (const name of FUNCTIONS) {
    if (typeof given[name] !== "function") {
      raise(
        "invalid_argument",
        SUBJECT,
        ["definition", name],
        AGGREGATE_EXPECTED.definitionFunction,
        given[name],
      );
    }
  }
  for (const name of ["isState", "consistent"] as const) {
    if (given[name] !== undefined && typeof given[name] !== "function") {
      raise(
        "invalid_argument",
        SUBJECT,
        ["definition", name],
        AGGREGATE_EXPECTED.definitionFunction,
        given[name],
      );
    }
  }
  if (given.properties !== undefined) {
    const properties = given.properties;
    if (typeof properties !== "object" || properties === null) {
      raise(
        "invalid_argument",
        SUBJECT,
        ["definition", "properties"],
        AGGREGATE_EXPECTED.stateProperties,
        properties,
      );
    }
    for (const [name, get] of Object.entries(properties)) {
      if (typeof get !== "function" || name === "kind" || name === "toJSON") {
        raise(
          "invalid_argument",
          SUBJECT,
          ["definition", "properties", name],
          AGGREGATE_EXPECTED.stateProperties,
          get,
        );
      }
    }
  }
  if (typeof given.expected !== "string" && typeof given.expected !== "function") {
    raise(
      "invalid_argument",
      SUBJECT,
      ["definition", "expected"],
      AGGREGATE_EXPECTED.definitionFunction,
      given.expected,
    );
  }
}

/** The function named in a measure's errors: the factory of a built-in kind, else the kind. */
function subjectOf(kind: string): string {
  return Object.hasOwn(MEASURE_KINDS, kind) ? MEASURE_KINDS[kind as MeasureKind].factory : kind;
}

/**
 * Builds a measure around its semantics: a mergeable accumulator that `aggregate`, every series
 * operation, `serializeSeries` / `deserializeSeries` and `mergeSeries` use exactly as they use the
 * built-in ones (`sum`, `count`, … are made with it too). The definition says how to read a value,
 * add it to a state, merge two states, finalize and serialize; the builder checks arguments and
 * states, words the errors, and keeps the per-record path free of allocations.
 *
 * The merge laws are the definition's promise: `mergeInto` commutative and associative with
 * `empty()` as its identity, so that merging the states of any split of the records gives the
 * one-pass state.
 *
 * @param definition - The measure's kind, fill rule, accessor and semantics.
 * @returns The measure.
 * @throws {KpiError} `invalid_argument` when the definition is malformed or the accessor is neither
 * a property name nor a function.
 * @example
 * ```ts
 * import { aggregate, defineMeasure, toDecimal } from "kinerja";
 *
 * // The largest absolute value of a field of safe integers (-1 while there is none).
 * const largestMagnitude = (field: string) =>
 *   defineMeasure({
 *     kind: "largest_magnitude",
 *     fill: "null",
 *     accessor: field,
 *     expected: "a safe integer",
 *     reader: () => {
 *       let magnitude = 0;
 *       return {
 *         read: (value) => {
 *           if (!Number.isSafeInteger(value)) return false;
 *           magnitude = Math.abs(value as number);
 *           return true;
 *         },
 *         add: (state) => {
 *           state.value = Math.max(state.value, magnitude);
 *         },
 *       };
 *     },
 *     empty: () => ({ value: -1 }),
 *     mergeInto: (target, source) => {
 *       target.value = Math.max(target.value, source.value);
 *     },
 *     finalize: (state) => (state.value < 0 ? null : toDecimal(state.value)),
 *     toJSON: (state) => ({ value: state.value }),
 *     fromJSON: (json) =>
 *       Number.isSafeInteger(json.value) && (json.value as number) >= -1 ? { value: json.value as number } : undefined,
 *   });
 * const series = aggregate(
 *   [{ at: "2025-01-02T00:00:00Z", delta: -7 }, { at: "2025-01-09T00:00:00Z", delta: 5 }],
 *   { date: "at", granularity: "month", measures: { swing: largestMagnitude("delta") } },
 * );
 * console.log(series.cells[0]?.values.swing?.toString());
 * // 7
 * ```
 * @category Aggregation
 */
export function defineMeasure<
  const K extends string,
  D extends object,
  V extends Decimal | null,
  const F extends string | undefined = undefined,
>(definition: MeasureDefinition<K, D, V, F>): Measure<MeasureState<K, D>, V, K, F> {
  checkDefinition(definition);
  type S = MeasureState<K, D>;
  const { kind, fill } = definition;
  const accessor = definition.accessor as unknown;
  const subject = subjectOf(kind);
  const get: ReadFunction | undefined =
    accessor === undefined
      ? undefined
      : definition.predicate === true
        ? compileAccessor(
            accessor,
            subject,
            ["predicate"],
            "predicate",
            AGGREGATE_EXPECTED.predicate,
          )
        : compileAccessor(accessor, subject, ["accessor"], "accessor");
  const field = (typeof accessor === "string" ? accessor : undefined) as F;
  const expectedOf =
    typeof definition.expected === "string"
      ? (() => {
          const text = definition.expected;
          return () => text;
        })()
      : definition.expected;
  const { mergeInto: merge } = definition;

  const prototype = {
    toJSON(this: S): SerializedStateOf<K> {
      return measure.serialize(this);
    },
  };
  for (const [name, get] of Object.entries(definition.properties ?? {})) {
    Object.defineProperty(prototype, name, {
      get(this: D) {
        return get(this);
      },
    });
  }
  const wrap = (fields: D): S => {
    const state = Object.create(prototype) as { kind: K };
    state.kind = kind;
    return Object.assign(state, fields) as unknown as S;
  };
  const empty = (): S => wrap(definition.empty());
  const isShape = definition.isState;
  const isState = (state: unknown): state is S =>
    typeof state === "object" &&
    state !== null &&
    (state as { kind?: unknown }).kind === kind &&
    (isShape === undefined || isShape(state as Record<string, unknown>));
  const check: (state: unknown, name?: string) => asserts state is S = (state, name = "state") => {
    if (!isState(state)) {
      fail({
        code: "invalid_argument",
        subject: kind,
        path: [name],
        where: name,
        expected: `${AGGREGATE_EXPECTED.state} (${kind})`,
        received:
          typeof state === "object" &&
          state !== null &&
          typeof (state as { kind?: unknown }).kind === "string"
            ? AGGREGATE_RECEIVED.stateOfKind((state as { kind: string }).kind)
            : describe(state),
      });
    }
  };
  const badState = (json: unknown): never =>
    fail({
      code: "invalid_argument",
      subject: kind,
      path: [],
      where: AGGREGATE_PLACE.state,
      expected: AGGREGATE_EXPECTED.serializedState,
      received: describe(json),
    });
  const clone = (state: S): S => {
    const copy = empty();
    merge(copy, state);
    return copy;
  };

  const fromFunction = typeof accessor === "function";
  const key = typeof accessor === "string" ? accessor : undefined;
  const reader = (): MeasureReader<S> => ({
    get,
    fromFunction,
    key,
    value: definition.reader() as unknown as MeasureValueReader<S>,
    expected: expectedOf,
  });
  /** The value of a record as the accessor gives it (undefined when the measure reads nothing). */
  const rawOf = (record: unknown, index: number): unknown =>
    get === undefined ? undefined : get(record, index);

  const measure: Measure<S, V, K, F> = {
    type: "measure",
    kind,
    field,
    accessor,
    fill,
    empty,
    add: (state, record, index, time) => {
      check(state);
      const value = definition.reader() as unknown as MeasureValueReader<S>;
      const raw = rawOf(record, index);
      if (raw instanceof AccessorFailure || !value.read(raw)) {
        const name = field ?? kind;
        throw new KpiError([
          makeIssue({
            code: "invalid_record",
            subject: kind,
            path: [index, name],
            expected: raw instanceof AccessorFailure ? raw.issue.expected : expectedOf(raw),
            received: raw instanceof AccessorFailure ? raw.issue.received : describe(raw),
          }),
        ]);
      }
      value.add(state, time ?? 0, index);
    },
    merge: (a, b) => {
      check(a, "a");
      check(b, "b");
      const result = clone(a);
      merge(result, b);
      return result;
    },
    finalize: (state) => {
      check(state);
      return definition.finalize(state);
    },
    serialize: (state) => {
      check(state);
      return { kind, ...definition.toJSON(state) } as unknown as SerializedStateOf<K>;
    },
    deserialize: (json) => {
      if (typeof json !== "object" || json === null || (json as { kind?: unknown }).kind !== kind) {
        return badState(json);
      }
      const fields = definition.fromJSON(json as Record<string, unknown>);
      return fields === undefined ? badState(json) : wrap(fields);
    },
    reader,
    isState,
    mergeInto: merge,
    clone,
    consistent: (state, records, from, to) =>
      definition.consistent === undefined || definition.consistent(state, records, from, to),
  };
  return measure;
}
