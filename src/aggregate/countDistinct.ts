import { type Decimal, KDecimal } from "../core/decimal.js";
import { AGGREGATE_EXPECTED } from "../core/messages.js";
import { type Accessor, compileAccessor, type ReadFunction } from "./accessor.js";
import {
  addWithReader,
  badState,
  checkState,
  hasKind,
  type Measure,
  type MeasureReader,
  mergeWith,
  type SerializedState,
  stateFactory,
  stateObject,
} from "./measure.js";

/**
 * A value counted by {@link countDistinct}.
 *
 * @category Aggregation
 */
export type DistinctKey = string | number | bigint;

/**
 * The state of {@link countDistinct}: the set of distinct values itself (so it merges exactly).
 *
 * @category Aggregation
 */
export interface CountDistinctState {
  readonly kind: "count_distinct";
  /** The distinct values seen. */
  readonly values: Set<DistinctKey>;
  /** The serialized form (`JSON.stringify(state)` works). */
  toJSON(): SerializedState;
}

/** Whether a value can be counted distinctly. @internal */
export function isDistinctKey(value: unknown): value is DistinctKey {
  const type = typeof value;
  return (
    type === "string" ||
    type === "bigint" ||
    (type === "number" && Number.isFinite(value as number))
  );
}

class DistinctReader implements MeasureReader<CountDistinctState> {
  raw: unknown = undefined;
  readonly expected = AGGREGATE_EXPECTED.distinctKey;
  constructor(private readonly get: ReadFunction) {}
  read(record: unknown, index: number): boolean {
    const raw = this.get(record, index);
    this.raw = raw;
    return isDistinctKey(raw);
  }
  apply(state: CountDistinctState): void {
    state.values.add(this.raw as DistinctKey);
  }
}

function compareNumbers(a: number, b: number): number {
  return a - b;
}

/**
 * A measure that counts distinct values (customers, orders). `1` and `"1"` are different values;
 * `0` and `-0` are the same. Its state keeps the set of values, so rolling months up to a quarter,
 * or merging partial results, counts each value once — distinct counts are never summed.
 *
 * @param accessor - The property name, or a function `(record, index) => value`, giving a string,
 * a finite number or a bigint.
 * @returns The measure.
 * @throws {KpiError} `invalid_argument` when the accessor is neither a property name nor a function.
 * @example
 * ```ts
 * import { countDistinct } from "kinerja";
 *
 * const customers = countDistinct("customerId");
 * const january = customers.empty();
 * customers.add(january, { customerId: "C1" }, 0);
 * customers.add(january, { customerId: "C2" }, 1);
 * const february = customers.empty();
 * customers.add(february, { customerId: "C1" }, 2);
 * console.log(customers.finalize(customers.merge(january, february))?.toString());
 * // 2
 * ```
 * @category Aggregation
 */
export function countDistinct<R = any>(accessor: Accessor<R>): Measure<CountDistinctState> {
  const get = compileAccessor(accessor, "countDistinct", ["accessor"], "accessor");
  const make = stateFactory<CountDistinctState>((state) => measure.serialize(state));
  const measure: Measure<CountDistinctState> = {
    type: "measure",
    kind: "count_distinct",
    field: typeof accessor === "string" ? accessor : undefined,
    accessor,
    fill: "zero",
    empty: () => make({ kind: "count_distinct", values: new Set() }),
    add: (state, record, index, time) => addWithReader(measure, state, record, index, time),
    merge: (a, b) => mergeWith(measure, a, b),
    finalize: (state): Decimal => {
      checkState(measure, state);
      return new KDecimal(state.values.size);
    },
    serialize: (state): SerializedState => {
      checkState(measure, state);
      const strings: string[] = [];
      const numbers: number[] = [];
      const bigints: bigint[] = [];
      for (const value of state.values) {
        if (typeof value === "string") strings.push(value);
        else if (typeof value === "number") numbers.push(value);
        else bigints.push(value);
      }
      strings.sort();
      numbers.sort(compareNumbers);
      bigints.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      return {
        kind: "count_distinct",
        strings,
        numbers,
        bigints: bigints.map((value) => value.toString()),
      };
    },
    deserialize: (json) => {
      const object = stateObject("count_distinct", json);
      const { strings, numbers, bigints } = object;
      if (!Array.isArray(strings) || !Array.isArray(numbers) || !Array.isArray(bigints))
        return badState("count_distinct", json);
      const values = new Set<DistinctKey>();
      for (const value of strings) {
        if (typeof value !== "string") return badState("count_distinct", json);
        values.add(value);
      }
      for (const value of numbers) {
        if (typeof value !== "number" || !Number.isFinite(value))
          return badState("count_distinct", json);
        values.add(value);
      }
      for (const value of bigints) {
        if (typeof value !== "string" || !/^-?\d+$/.test(value))
          return badState("count_distinct", json);
        values.add(BigInt(value));
      }
      return make({ kind: "count_distinct", values });
    },
    reader: () => new DistinctReader(get),
    isState: (state): state is CountDistinctState =>
      hasKind(state, "count_distinct") && state.values instanceof Set,
    mergeInto: (target, source) => {
      for (const value of source.values) target.values.add(value);
    },
    clone: (state) => make({ kind: "count_distinct", values: new Set(state.values) }),
  };
  return measure;
}
