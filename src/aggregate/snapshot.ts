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
 * The state of {@link first} and {@link last}: the value of the earliest (latest) record.
 *
 * @category Aggregation
 */
export interface SnapshotState {
  readonly kind: "first" | "last";
  /** @internal */
  has: boolean;
  /** @internal The record's instant, epoch ms. */
  time: number;
  /** @internal The record's index. */
  index: number;
  /** @internal */
  readonly slot: ExactSlot;
  /** The serialized form (`JSON.stringify(state)` works). */
  toJSON(): SerializedState;
}

/**
 * Orders two snapshots: by time, then record index, then value, so the choice never depends on the
 * order in which records or states arrive. Negative when `a` comes first.
 */
function order(
  aTime: number,
  aIndex: number,
  aSlot: ExactSlot,
  bTime: number,
  bIndex: number,
  bSlot: ExactSlot,
): number {
  if (aTime !== bTime) return aTime - bTime;
  if (aIndex !== bIndex) return aIndex - bIndex;
  return compareSlots(aSlot, bSlot);
}

class SnapshotReader implements MeasureReader<SnapshotState> {
  raw: unknown = undefined;
  readonly expected = AGGREGATE_EXPECTED.amount;
  private readonly slot = emptySlot();
  constructor(
    private readonly get: ReadFunction,
    private readonly latest: boolean,
  ) {}
  read(record: unknown, index: number): boolean {
    const raw = this.get(record, index);
    this.raw = raw;
    return readExact(this.slot, raw);
  }
  apply(state: SnapshotState, time: number, index: number): void {
    if (state.has) {
      const sign = order(time, index, this.slot, state.time, state.index, state.slot);
      if (this.latest ? sign <= 0 : sign >= 0) return;
    }
    state.has = true;
    state.time = time;
    state.index = index;
    copySlot(state.slot, this.slot);
  }
}

function snapshot(kind: "first" | "last", accessor: unknown): Measure<SnapshotState> {
  const get = compileAccessor(accessor, kind, ["accessor"], "accessor");
  const latest = kind === "last";
  const make = stateFactory<SnapshotState>((state) => measure.serialize(state));
  const empty = (): SnapshotState =>
    make({ kind, has: false, time: 0, index: 0, slot: emptySlot() });
  const measure: Measure<SnapshotState> = {
    type: "measure",
    kind,
    field: typeof accessor === "string" ? accessor : undefined,
    accessor,
    fill: latest ? "carry_forward" : "null",
    empty,
    add: (state, record, index, time) => addWithReader(measure, state, record, index, time),
    merge: (a, b) => mergeWith(measure, a, b),
    finalize: (state): Decimal | null => {
      checkState(measure, state);
      return state.has ? slotToDecimal(state.slot) : null;
    },
    serialize: (state): SerializedState => {
      checkState(measure, state);
      return state.has
        ? { kind, value: slotText(state.slot), time: state.time, index: state.index }
        : { kind, value: null, time: null, index: null };
    },
    deserialize: (json) => {
      const { value, time, index } = stateObject(kind, json);
      const state = empty();
      if (value === null && time === null && index === null) return state;
      if (
        typeof value !== "string" ||
        typeof time !== "number" ||
        !Number.isFinite(time) ||
        typeof index !== "number" ||
        !Number.isSafeInteger(index) ||
        !readText(state.slot, value)
      ) {
        return badState(kind, json);
      }
      state.has = true;
      state.time = time;
      state.index = index;
      return state;
    },
    reader: () => new SnapshotReader(get, latest),
    isState: (state): state is SnapshotState =>
      hasKind(state, kind) &&
      typeof state.has === "boolean" &&
      typeof state.time === "number" &&
      typeof state.index === "number" &&
      isSlot(state.slot),
    mergeInto: (target, source) => {
      if (!source.has) return;
      if (target.has) {
        const sign = order(
          source.time,
          source.index,
          source.slot,
          target.time,
          target.index,
          target.slot,
        );
        if (latest ? sign <= 0 : sign >= 0) return;
      }
      target.has = true;
      target.time = source.time;
      target.index = source.index;
      copySlot(target.slot, source.slot);
    },
    clone: (state) => {
      const copy = empty();
      copy.has = state.has;
      copy.time = state.time;
      copy.index = state.index;
      copySlot(copy.slot, state.slot);
      return copy;
    },
  };
  return measure;
}

/**
 * A measure that keeps the value of the earliest record: the opening snapshot (customers at the
 * start, the first balance). Records are ordered by their instant; records at the same instant by
 * their index (the earlier record wins), then by value (the smaller), so the result never depends on
 * arrival order. A period without records is `null` (nothing is invented).
 *
 * @param accessor - The property name, or a function `(record, index) => value`, giving a {@link Numeric}.
 * @returns The measure.
 * @throws {KpiError} `invalid_argument` when the accessor is neither a property name nor a function.
 * @example
 * ```ts
 * import { first } from "kinerja";
 *
 * const opening = first("balance");
 * const state = opening.empty();
 * opening.add(state, { balance: "200" }, 0, Date.UTC(2025, 0, 20));
 * opening.add(state, { balance: "150" }, 1, Date.UTC(2025, 0, 5));
 * console.log(opening.finalize(state)?.toString());
 * // 150
 * ```
 * @category Aggregation
 */
export function first<R = any>(accessor: Accessor<R>): Measure<SnapshotState> {
  return snapshot("first", accessor);
}

/**
 * A measure that keeps the value of the latest record: the closing snapshot (customers at the end,
 * open pipeline). Records at the same instant are ordered by index (the later record wins), then by
 * value (the larger). In a filled series a period without records carries the previous period's
 * closing value forward.
 *
 * @param accessor - The property name, or a function `(record, index) => value`, giving a {@link Numeric}.
 * @returns The measure.
 * @throws {KpiError} `invalid_argument` when the accessor is neither a property name nor a function.
 * @example
 * ```ts
 * import { last } from "kinerja";
 *
 * const closing = last("balance");
 * const state = closing.empty();
 * closing.add(state, { balance: "200" }, 0, Date.UTC(2025, 0, 20));
 * closing.add(state, { balance: "150" }, 1, Date.UTC(2025, 0, 5));
 * console.log(closing.finalize(state)?.toString());
 * // 200
 * ```
 * @category Aggregation
 */
export function last<R = any>(accessor: Accessor<R>): Measure<SnapshotState> {
  return snapshot("last", accessor);
}
