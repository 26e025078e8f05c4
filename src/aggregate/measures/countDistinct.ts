import { type Decimal, KDecimal } from "../../core/decimal.js";
import { AGGREGATE_EXPECTED } from "../messages.js";
import { defineMeasure } from "./defineMeasure.js";
import type { Measure, MeasureValueReader, SerializedStateOf } from "./types.js";

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
  toJSON(): SerializedStateOf<"count_distinct">;
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

/** The fields of a distinct-count state. @internal */
export interface Distinct {
  readonly values: Set<DistinctKey>;
}

/** The reader of {@link countDistinct}. @internal */
export class DistinctReader implements MeasureValueReader<Distinct> {
  private value: DistinctKey = 0;
  read(value: unknown): boolean {
    if (!isDistinctKey(value)) return false;
    this.value = value;
    return true;
  }
  add(state: Distinct): void {
    state.values.add(this.value);
  }
}

function compareNumbers(a: number, b: number): number {
  return a - b;
}

function compareBigints(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The distinct set from its JSON lists, or undefined when they are malformed. */
function setFromJson(json: Readonly<Record<string, unknown>>): Set<DistinctKey> | undefined {
  const { strings, numbers, bigints } = json;
  if (!Array.isArray(strings) || !Array.isArray(numbers) || !Array.isArray(bigints))
    return undefined;
  const values = new Set<DistinctKey>();
  for (const value of strings) {
    if (typeof value !== "string") return undefined;
    values.add(value);
  }
  for (const value of numbers) {
    if (typeof value !== "number" || !Number.isFinite(value)) return undefined;
    values.add(value === 0 ? 0 : value);
  }
  for (const value of bigints) {
    if (typeof value !== "string" || !/^-?\d+$/.test(value)) return undefined;
    values.add(BigInt(value));
  }
  return values;
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
// biome-ignore lint/suspicious/noExplicitAny: untyped records default to any, so an untyped call stays as easy as before
export function countDistinct<R = any, const F extends keyof R & string = keyof R & string>(
  accessor: F,
): Measure<CountDistinctState, Decimal, "count_distinct", F>;
// biome-ignore lint/suspicious/noExplicitAny: untyped records default to any, so an untyped call stays as easy as before
export function countDistinct<R = any>(
  accessor: (record: R, index: number) => unknown,
): Measure<CountDistinctState, Decimal, "count_distinct", undefined>;
export function countDistinct(
  accessor: unknown,
): Measure<CountDistinctState, Decimal, "count_distinct", string | undefined> {
  return defineMeasure({
    kind: "count_distinct",
    fill: "zero",
    accessor: accessor as string,
    expected: AGGREGATE_EXPECTED.distinctKey,
    reader: () => new DistinctReader(),
    empty: (): Distinct => ({ values: new Set<DistinctKey>() }),
    mergeInto: (target, source) => {
      for (const value of source.values) target.values.add(value);
    },
    finalize: (state): Decimal => new KDecimal(state.values.size),
    toJSON: (state) => {
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
      bigints.sort(compareBigints);
      return { strings, numbers, bigints: bigints.map((value) => value.toString()) };
    },
    fromJSON: (json) => {
      const values = setFromJson(json);
      return values === undefined ? undefined : { values };
    },
    isState: (state) => state.values instanceof Set,
    // Each record adds one value: at most as many values as records, and one at least when any.
    consistent: (state, records) =>
      state.values.size <= records && (records === 0) === (state.values.size === 0),
  }) as Measure<CountDistinctState, Decimal, "count_distinct", string | undefined>;
}
