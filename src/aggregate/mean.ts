import type { Decimal } from "../core/decimal.js";
import { AGGREGATE_EXPECTED } from "../core/messages.js";
import { type Accessor, compileAccessor, type ReadFunction } from "./accessor.js";
import {
  addSlot,
  copySum,
  type ExactSum,
  emptySlot,
  emptySum,
  isExactSum,
  mergeSum,
  readExact,
  sumToDecimal,
} from "./exact.js";
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
import { deserializeExactSum, serializeExactSum } from "./sum.js";

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
  toJSON(): SerializedState;
}

class MeanReader implements MeasureReader<MeanState> {
  raw: unknown = undefined;
  readonly expected = AGGREGATE_EXPECTED.amount;
  private readonly slot = emptySlot();
  constructor(private readonly get: ReadFunction) {}
  read(record: unknown, index: number): boolean {
    const raw = this.get(record, index);
    this.raw = raw;
    return readExact(this.slot, raw);
  }
  apply(state: MeanState): void {
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
export function mean<R = any>(accessor: Accessor<R>): Measure<MeanState> {
  const get = compileAccessor(accessor, "mean", ["accessor"], "accessor");
  const make = stateFactory<MeanState>((state) => measure.serialize(state));
  const measure: Measure<MeanState> = {
    type: "measure",
    kind: "mean",
    field: typeof accessor === "string" ? accessor : undefined,
    accessor,
    fill: "null",
    empty: () => make({ kind: "mean", total: emptySum(), count: 0 }),
    add: (state, record, index, time) => addWithReader(measure, state, record, index, time),
    merge: (a, b) => mergeWith(measure, a, b),
    finalize: (state): Decimal | null => {
      checkState(measure, state);
      return state.count === 0 ? null : sumToDecimal(state.total).div(state.count);
    },
    serialize: (state): SerializedState => {
      checkState(measure, state);
      return { kind: "mean", ...serializeExactSum(state.total), count: state.count };
    },
    deserialize: (json) => {
      const object = stateObject("mean", json);
      const total = deserializeExactSum(object);
      const { count } = object;
      if (
        total === undefined ||
        typeof count !== "number" ||
        !Number.isSafeInteger(count) ||
        count < 0
      )
        return badState("mean", json);
      return make({ kind: "mean", total, count });
    },
    reader: () => new MeanReader(get),
    isState: (state): state is MeanState =>
      hasKind(state, "mean") && isExactSum(state.total) && typeof state.count === "number",
    mergeInto: (target, source) => {
      mergeSum(target.total, source.total);
      target.count += source.count;
    },
    clone: (state) => make({ kind: "mean", total: copySum(state.total), count: state.count }),
  };
  return measure;
}
