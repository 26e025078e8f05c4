import type { Decimal } from "../core/decimal.js";
import { AGGREGATE_EXPECTED } from "../core/messages.js";
import { type Accessor, compileAccessor, type ReadFunction } from "./accessor.js";
import {
  compareSlots,
  copySlot,
  type ExactSlot,
  emptySlot,
  isSlot,
  readExact,
  readText,
  slotText,
  slotToDecimal,
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
 * The state of {@link min} and {@link max}.
 *
 * @category Aggregation
 */
export interface ExtremeState {
  readonly kind: "min" | "max";
  /** @internal */
  has: boolean;
  /** @internal */
  readonly slot: ExactSlot;
  /** The serialized form (`JSON.stringify(state)` works). */
  toJSON(): SerializedState;
}

class ExtremeReader implements MeasureReader<ExtremeState> {
  raw: unknown = undefined;
  readonly expected = AGGREGATE_EXPECTED.amount;
  private readonly slot = emptySlot();
  constructor(
    private readonly get: ReadFunction,
    private readonly largest: boolean,
  ) {}
  read(record: unknown, index: number): boolean {
    const raw = this.get(record, index);
    this.raw = raw;
    return readExact(this.slot, raw);
  }
  apply(state: ExtremeState): void {
    if (state.has) {
      const sign = compareSlots(this.slot, state.slot);
      if (this.largest ? sign <= 0 : sign >= 0) return;
    }
    state.has = true;
    copySlot(state.slot, this.slot);
  }
}

function extreme(kind: "min" | "max", accessor: unknown): Measure<ExtremeState> {
  const get = compileAccessor(accessor, kind, ["accessor"], "accessor");
  const largest = kind === "max";
  const make = stateFactory<ExtremeState>((state) => measure.serialize(state));
  const empty = (): ExtremeState => make({ kind, has: false, slot: emptySlot() });
  const measure: Measure<ExtremeState> = {
    type: "measure",
    kind,
    field: typeof accessor === "string" ? accessor : undefined,
    accessor,
    fill: "null",
    empty,
    add: (state, record, index, time) => addWithReader(measure, state, record, index, time),
    merge: (a, b) => mergeWith(measure, a, b),
    finalize: (state): Decimal | null => {
      checkState(measure, state);
      return state.has ? slotToDecimal(state.slot) : null;
    },
    serialize: (state): SerializedState => {
      checkState(measure, state);
      return { kind, value: state.has ? slotText(state.slot) : null };
    },
    deserialize: (json) => {
      const { value } = stateObject(kind, json);
      const state = empty();
      if (value === null) return state;
      if (typeof value !== "string" || !readText(state.slot, value)) return badState(kind, json);
      state.has = true;
      return state;
    },
    reader: () => new ExtremeReader(get, largest),
    isState: (state): state is ExtremeState =>
      hasKind(state, kind) && typeof state.has === "boolean" && isSlot(state.slot),
    mergeInto: (target, source) => {
      if (!source.has) return;
      if (target.has) {
        const sign = compareSlots(source.slot, target.slot);
        if (largest ? sign <= 0 : sign >= 0) return;
      }
      target.has = true;
      copySlot(target.slot, source.slot);
    },
    clone: (state) => {
      const copy = empty();
      copy.has = state.has;
      copySlot(copy.slot, state.slot);
      return copy;
    },
  };
  return measure;
}

/**
 * A measure that keeps the smallest value, compared exactly. A period without records is `null`.
 *
 * @param accessor - The property name, or a function `(record, index) => value`, giving a {@link Numeric}.
 * @returns The measure.
 * @throws {KpiError} `invalid_argument` when the accessor is neither a property name nor a function.
 * @example
 * ```ts
 * import { min } from "kinerja";
 *
 * const smallest = min("amount");
 * const state = smallest.empty();
 * smallest.add(state, { amount: "10.5" }, 0);
 * smallest.add(state, { amount: 9 }, 1);
 * console.log(smallest.finalize(state)?.toString(), smallest.finalize(smallest.empty()));
 * // 9 null
 * ```
 * @category Aggregation
 */
export function min<R = any>(accessor: Accessor<R>): Measure<ExtremeState> {
  return extreme("min", accessor);
}

/**
 * A measure that keeps the largest value, compared exactly. A period without records is `null`.
 *
 * @param accessor - The property name, or a function `(record, index) => value`, giving a {@link Numeric}.
 * @returns The measure.
 * @throws {KpiError} `invalid_argument` when the accessor is neither a property name nor a function.
 * @example
 * ```ts
 * import { max } from "kinerja";
 *
 * const largest = max("amount");
 * const state = largest.empty();
 * largest.add(state, { amount: "10.5" }, 0);
 * largest.add(state, { amount: 9 }, 1);
 * console.log(largest.finalize(state)?.toString());
 * // 10.5
 * ```
 * @category Aggregation
 */
export function max<R = any>(accessor: Accessor<R>): Measure<ExtremeState> {
  return extreme("max", accessor);
}
