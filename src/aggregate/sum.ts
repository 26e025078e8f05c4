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
  MAX_SCALE,
  mergeSum,
  readExact,
  readText,
  sumIntegerText,
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
  toJSON(): SerializedState;
}

/** Serializes an exact sum. @internal */
export function serializeExactSum(total: ExactSum): {
  integer: string;
  scale: number;
  decimal: string | null;
} {
  return {
    integer: sumIntegerText(total),
    scale: total.scale,
    decimal: null,
  };
}

/** Reads an exact sum back, or undefined when the JSON is malformed. @internal */
export function deserializeExactSum(json: Record<string, unknown>): ExactSum | undefined {
  const { integer, scale, decimal } = json;
  if (typeof integer !== "string" || !/^-?\d+$/.test(integer)) return undefined;
  if (typeof scale !== "number" || !Number.isSafeInteger(scale) || scale < 0 || scale > MAX_SCALE)
    return undefined;
  const total = emptySum();
  total.scale = scale;
  const big = BigInt(integer);
  if (big >= BigInt(-Number.MAX_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER))
    total.small = Number(big);
  else total.big = big;
  // Older forms kept values in exponent notation apart, as a decimal; it is added in exactly.
  if (decimal !== null) {
    if (typeof decimal !== "string") return undefined;
    const slot = emptySlot();
    if (!readText(slot, decimal)) return undefined;
    addSlot(total, slot);
  }
  return total;
}

class SumReader implements MeasureReader<SumState> {
  raw: unknown = undefined;
  readonly expected = AGGREGATE_EXPECTED.amount;
  private readonly slot = emptySlot();
  constructor(private readonly get: ReadFunction) {}
  read(record: unknown, index: number): boolean {
    const raw = this.get(record, index);
    this.raw = raw;
    return readExact(this.slot, raw);
  }
  apply(state: SumState): void {
    addSlot(state.total, this.slot);
  }
}

/**
 * A measure that sums a numeric field exactly: amounts are read as scaled integers (numbers by their
 * shortest decimal text, never by float arithmetic), summed as integers, and turned into one Decimal
 * at the end. A period without records sums to 0.
 *
 * @param accessor - The property name, or a function `(record, index) => value`, giving a
 * {@link Numeric}: a finite number, a plain decimal string, a bigint or a Decimal.
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
export function sum<R = any>(accessor: Accessor<R>): Measure<SumState> {
  const get = compileAccessor(accessor, "sum", ["accessor"], "accessor");
  const make = stateFactory<SumState>((state) => measure.serialize(state));
  const measure: Measure<SumState> = {
    type: "measure",
    kind: "sum",
    field: typeof accessor === "string" ? accessor : undefined,
    accessor,
    fill: "zero",
    empty: () => make({ kind: "sum", total: emptySum() }),
    add: (state, record, index, time) => addWithReader(measure, state, record, index, time),
    merge: (a, b) => mergeWith(measure, a, b),
    finalize: (state): Decimal => {
      checkState(measure, state);
      return sumToDecimal(state.total);
    },
    serialize: (state): SerializedState => {
      checkState(measure, state);
      return { kind: "sum", ...serializeExactSum(state.total) };
    },
    deserialize: (json) => {
      const total = deserializeExactSum(stateObject("sum", json));
      if (total === undefined) return badState("sum", json);
      return make({ kind: "sum", total });
    },
    reader: () => new SumReader(get),
    isState: (state): state is SumState => hasKind(state, "sum") && isExactSum(state.total),
    mergeInto: (target, source) => mergeSum(target.total, source.total),
    clone: (state) => make({ kind: "sum", total: copySum(state.total) }),
  };
  return measure;
}
