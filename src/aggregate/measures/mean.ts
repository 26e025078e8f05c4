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
 * The state of {@link mean}: an exact sum and a count.
 *
 * @category Aggregation
 */
export interface MeanState {
  readonly kind: "mean";
  /** @internal */
  readonly total: ExactSum;
  /** @internal */
  count: number;
  /** The serialized form (`JSON.stringify(state)` works). */
  toJSON(): SerializedStateOf<"mean">;
}

interface Mean {
  readonly total: ExactSum;
  count: number;
}

class MeanReader implements MeasureValueReader<Mean> {
  private readonly slot: ExactSlot = emptySlot();
  read(value: unknown): boolean {
    return readExact(this.slot, value);
  }
  add(state: Mean): void {
    addSlot(state.total, this.slot);
    state.count++;
  }
}

/**
 * A measure that averages a numeric field: the exact sum divided by the number of records, to 34
 * significant digits. Its state is the sum and the count, so merged periods give the mean of all
 * their records (never a mean of means). A period without records is `null`.
 *
 * @param accessor - The property name, or a function `(record, index) => value`, giving a {@link Numeric}.
 * @returns The measure.
 * @throws {KpiError} `invalid_argument` when the accessor is neither a property name nor a function.
 * @example
 * ```ts
 * import { mean } from "kinerja";
 *
 * const dealSize = mean("amount");
 * const state = dealSize.empty();
 * for (const [index, amount] of ["100", "200", "250.5"].entries()) dealSize.add(state, { amount }, index);
 * console.log(dealSize.finalize(state)?.toString());
 * // 183.5
 * ```
 * @category Aggregation
 */
// biome-ignore lint/suspicious/noExplicitAny: untyped records default to any, so an untyped call stays as easy as before
export function mean<R = any, const F extends keyof R & string = keyof R & string>(
  accessor: F,
): Measure<MeanState, Decimal | null, "mean", F>;
// biome-ignore lint/suspicious/noExplicitAny: untyped records default to any, so an untyped call stays as easy as before
export function mean<R = any>(
  accessor: (record: R, index: number) => unknown,
): Measure<MeanState, Decimal | null, "mean", undefined>;
export function mean(
  accessor: unknown,
): Measure<MeanState, Decimal | null, "mean", string | undefined> {
  return defineMeasure({
    kind: "mean",
    fill: "null",
    accessor: accessor as string,
    expected: amountExpected,
    reader: () => new MeanReader(),
    empty: (): Mean => ({ total: emptySum(), count: 0 }),
    mergeInto: (target, source) => {
      mergeSum(target.total, source.total);
      target.count += source.count;
    },
    finalize: (state): Decimal | null =>
      state.count === 0 ? null : sumToDecimal(state.total).div(state.count),
    toJSON: (state) => ({ ...exactSumJson(state.total), count: state.count }),
    fromJSON: (json) => {
      const total = exactSumFromJson(json);
      const { count } = json;
      if (
        total === undefined ||
        typeof count !== "number" ||
        !Number.isSafeInteger(count) ||
        count < 0
      )
        return undefined;
      // No values, no sum.
      if (count === 0 && !isZeroSum(total)) return undefined;
      return { total, count };
    },
    isState: (state) => isExactSum(state.total) && typeof state.count === "number",
    // Every record of a cell is one value of the mean.
    consistent: (state, records) => state.count === records,
  }) as Measure<MeanState, Decimal | null, "mean", string | undefined>;
}
