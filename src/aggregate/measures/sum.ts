import type { Decimal } from "../../core/decimal.js";
import {
  addSlot,
  amountExpected,
  type ExactSlot,
  type ExactSum,
  emptySlot,
  emptySum,
  exactSumFromJson,
  exactSumJson,
  isExactSum,
  isZeroSum,
  mergeSum,
  readExact,
  sumToDecimal,
} from "./_exact.js";
import { defineMeasure } from "./defineMeasure.js";
import type { Measure, MeasureValueReader, SerializedStateOf } from "./types.js";

/**
 * The state of {@link sum}: an exact running total.
 *
 * @category Aggregation
 */
export interface SumState {
  readonly kind: "sum";
  /** @internal */
  readonly total: ExactSum;
  /** The serialized form (`JSON.stringify(state)` works). */
  toJSON(): SerializedStateOf<"sum">;
}

/** The fields of a sum state. @internal */
export interface Total {
  readonly total: ExactSum;
}

/** The reader of {@link sum} (aggregate recognizes it and reads and adds amounts itself). @internal */
export class SumReader implements MeasureValueReader<Total> {
  private readonly slot: ExactSlot = emptySlot();
  read(value: unknown): boolean {
    return readExact(this.slot, value);
  }
  add(state: Total): void {
    addSlot(state.total, this.slot);
  }
}

/**
 * A measure that sums a numeric field exactly: amounts are read as scaled integers (numbers by their
 * shortest decimal text, never by float arithmetic), summed as integers, and turned into one Decimal
 * at the end. A period without records sums to 0.
 *
 * @param accessor - The property name, or a function `(record, index) => value`, giving a
 * {@link Numeric}: a finite number (within ±(2^53 − 1)), a plain decimal string, a bigint or a Decimal.
 * @returns The measure.
 * @throws {KpiError} `invalid_argument` when the accessor is neither a property name nor a function.
 * @example
 * ```ts
 * import { sum } from "kinerja";
 *
 * const revenue = sum("amount");
 * const state = revenue.empty();
 * revenue.add(state, { amount: 0.1 }, 0);
 * revenue.add(state, { amount: "0.2" }, 1);
 * console.log(revenue.finalize(state)?.toString());
 * // 0.3
 * ```
 * @category Aggregation
 */
// biome-ignore lint/suspicious/noExplicitAny: untyped records default to any, so an untyped call stays as easy as before
export function sum<R = any, const F extends keyof R & string = keyof R & string>(
  accessor: F,
): Measure<SumState, Decimal, "sum", F>;
// biome-ignore lint/suspicious/noExplicitAny: untyped records default to any, so an untyped call stays as easy as before
export function sum<R = any>(
  accessor: (record: R, index: number) => unknown,
): Measure<SumState, Decimal, "sum", undefined>;
export function sum(accessor: unknown): Measure<SumState, Decimal, "sum", string | undefined> {
  return defineMeasure({
    kind: "sum",
    fill: "zero",
    accessor: accessor as string,
    expected: amountExpected,
    reader: () => new SumReader(),
    empty: (): Total => ({ total: emptySum() }),
    mergeInto: (target, source) => mergeSum(target.total, source.total),
    finalize: (state): Decimal => sumToDecimal(state.total),
    toJSON: (state) => exactSumJson(state.total),
    fromJSON: (json) => {
      const total = exactSumFromJson(json);
      return total === undefined ? undefined : { total };
    },
    isState: (state) => isExactSum(state.total),
    consistent: (state, records) => records > 0 || isZeroSum(state.total),
  }) as Measure<SumState, Decimal, "sum", string | undefined>;
}
