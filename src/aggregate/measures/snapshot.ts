import type { Decimal } from "../../core/decimal.js";
import {
  amountExpected,
  compareSlots,
  copySlot,
  type ExactSlot,
  emptySlot,
  isSlot,
  readExact,
  readText,
  slotText,
  slotToDecimal,
} from "./_exact.js";
import { defineMeasure } from "./defineMeasure.js";
import type { Measure, MeasureValueReader, SerializedStateOf } from "./types.js";

/**
 * The state of {@link first} and {@link last}: the value of the earliest (latest) record.
 *
 * @category Aggregation
 */
export interface SnapshotState<K extends "first" | "last" = "first" | "last"> {
  readonly kind: K;
  /** @internal */
  has: boolean;
  /** @internal The record's instant, epoch ms. */
  time: number;
  /** @internal The record's index. */
  index: number;
  /** @internal */
  readonly slot: ExactSlot;
  /** The serialized form (`JSON.stringify(state)` works). */
  toJSON(): SerializedStateOf<K>;
}

interface Snapshot {
  has: boolean;
  time: number;
  index: number;
  readonly slot: ExactSlot;
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

/** Whether a value at (time, index) replaces the one kept so far. */
function beats(
  latest: boolean,
  time: number,
  index: number,
  slot: ExactSlot,
  kept: Snapshot,
): boolean {
  if (!kept.has) return true;
  const sign = order(time, index, slot, kept.time, kept.index, kept.slot);
  return latest ? sign > 0 : sign < 0;
}

class SnapshotReader implements MeasureValueReader<Snapshot> {
  private readonly slot: ExactSlot = emptySlot();
  constructor(private readonly latest: boolean) {}
  read(value: unknown): boolean {
    return readExact(this.slot, value);
  }
  add(state: Snapshot, time: number, index: number): void {
    if (beats(this.latest, time, index, this.slot, state)) take(state, time, index, this.slot);
  }
}

function take(state: Snapshot, time: number, index: number, slot: ExactSlot): void {
  state.has = true;
  state.time = time;
  state.index = index;
  copySlot(state.slot, slot);
}

function snapshot<K extends "first" | "last">(
  kind: K,
  accessor: unknown,
): Measure<SnapshotState<K>, Decimal | null, K, string | undefined> {
  const latest = kind === "last";
  return defineMeasure({
    kind,
    fill: latest ? "carry_forward" : "null",
    accessor: accessor as string,
    expected: amountExpected,
    reader: () => new SnapshotReader(latest),
    empty: (): Snapshot => ({ has: false, time: 0, index: 0, slot: emptySlot() }),
    mergeInto: (target, source) => {
      if (source.has && beats(latest, source.time, source.index, source.slot, target)) {
        take(target, source.time, source.index, source.slot);
      }
    },
    finalize: (state): Decimal | null => (state.has ? slotToDecimal(state.slot) : null),
    toJSON: (state) =>
      state.has
        ? { value: slotText(state.slot), time: state.time, index: state.index }
        : { value: null, time: null, index: null },
    fromJSON: (json) => {
      const { value, time, index } = json;
      const state: Snapshot = { has: false, time: 0, index: 0, slot: emptySlot() };
      if (value === null && time === null && index === null) return state;
      if (
        typeof value !== "string" ||
        typeof time !== "number" ||
        !Number.isFinite(time) ||
        typeof index !== "number" ||
        !Number.isSafeInteger(index) ||
        !readText(state.slot, value)
      ) {
        return undefined;
      }
      state.has = true;
      state.time = time;
      state.index = index;
      return state;
    },
    isState: (state) =>
      typeof state.has === "boolean" &&
      typeof state.time === "number" &&
      typeof state.index === "number" &&
      isSlot(state.slot),
    // A snapshot exactly when the cell has records, taken at an instant inside the cell's span.
    consistent: (state, records, from, to) =>
      state.has === records > 0 && (!state.has || (state.time >= from && state.time < to)),
  }) as unknown as Measure<SnapshotState<K>, Decimal | null, K, string | undefined>;
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
// biome-ignore lint/suspicious/noExplicitAny: untyped records default to any, so an untyped call stays as easy as before
export function first<R = any, const F extends keyof R & string = keyof R & string>(
  accessor: F,
): Measure<SnapshotState<"first">, Decimal | null, "first", F>;
// biome-ignore lint/suspicious/noExplicitAny: untyped records default to any, so an untyped call stays as easy as before
export function first<R = any>(
  accessor: (record: R, index: number) => unknown,
): Measure<SnapshotState<"first">, Decimal | null, "first", undefined>;
export function first(
  accessor: unknown,
): Measure<SnapshotState<"first">, Decimal | null, "first", string | undefined> {
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
// biome-ignore lint/suspicious/noExplicitAny: untyped records default to any, so an untyped call stays as easy as before
export function last<R = any, const F extends keyof R & string = keyof R & string>(
  accessor: F,
): Measure<SnapshotState<"last">, Decimal | null, "last", F>;
// biome-ignore lint/suspicious/noExplicitAny: untyped records default to any, so an untyped call stays as easy as before
export function last<R = any>(
  accessor: (record: R, index: number) => unknown,
): Measure<SnapshotState<"last">, Decimal | null, "last", undefined>;
export function last(
  accessor: unknown,
): Measure<SnapshotState<"last">, Decimal | null, "last", string | undefined> {
  return snapshot("last", accessor);
}
