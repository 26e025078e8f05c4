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
 * The state of {@link min} and {@link max}.
 *
 * @category Aggregation
 */
export interface ExtremeState<K extends "min" | "max" = "min" | "max"> {
  readonly kind: K;
  /** @internal */
  has: boolean;
  /** @internal */
  readonly slot: ExactSlot;
  /** The serialized form (`JSON.stringify(state)` works). */
  toJSON(): SerializedStateOf<K>;
}

interface Extreme {
  has: boolean;
  readonly slot: ExactSlot;
}

/** Whether `value` replaces the extreme kept so far. */
function beats(largest: boolean, value: ExactSlot, kept: Extreme): boolean {
  if (!kept.has) return true;
  const sign = compareSlots(value, kept.slot);
  return largest ? sign > 0 : sign < 0;
}

class ExtremeReader implements MeasureValueReader<Extreme> {
  private readonly slot: ExactSlot = emptySlot();
  constructor(private readonly largest: boolean) {}
  read(value: unknown): boolean {
    return readExact(this.slot, value);
  }
  add(state: Extreme): void {
    if (!beats(this.largest, this.slot, state)) return;
    state.has = true;
    copySlot(state.slot, this.slot);
  }
}

function extreme<K extends "min" | "max">(
  kind: K,
  accessor: unknown,
): Measure<ExtremeState<K>, Decimal | null, K, string | undefined> {
  const largest = kind === "max";
  return defineMeasure({
    kind,
    fill: "null",
    accessor: accessor as string,
    expected: amountExpected,
    reader: () => new ExtremeReader(largest),
    empty: (): Extreme => ({ has: false, slot: emptySlot() }),
    mergeInto: (target, source) => {
      if (!source.has || !beats(largest, source.slot, target)) return;
      target.has = true;
      copySlot(target.slot, source.slot);
    },
    finalize: (state): Decimal | null => (state.has ? slotToDecimal(state.slot) : null),
    toJSON: (state) => ({ value: state.has ? slotText(state.slot) : null }),
    fromJSON: (json) => {
      const state: Extreme = { has: false, slot: emptySlot() };
      if (json.value === null) return state;
      if (typeof json.value !== "string" || !readText(state.slot, json.value)) return undefined;
      state.has = true;
      return state;
    },
    isState: (state) => typeof state.has === "boolean" && isSlot(state.slot),
    consistent: (state, records) => state.has === records > 0,
  }) as unknown as Measure<ExtremeState<K>, Decimal | null, K, string | undefined>;
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
// biome-ignore lint/suspicious/noExplicitAny: untyped records default to any, so an untyped call stays as easy as before
export function min<R = any, const F extends keyof R & string = keyof R & string>(
  accessor: F,
): Measure<ExtremeState<"min">, Decimal | null, "min", F>;
// biome-ignore lint/suspicious/noExplicitAny: untyped records default to any, so an untyped call stays as easy as before
export function min<R = any>(
  accessor: (record: R, index: number) => unknown,
): Measure<ExtremeState<"min">, Decimal | null, "min", undefined>;
export function min(
  accessor: unknown,
): Measure<ExtremeState<"min">, Decimal | null, "min", string | undefined> {
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
// biome-ignore lint/suspicious/noExplicitAny: untyped records default to any, so an untyped call stays as easy as before
export function max<R = any, const F extends keyof R & string = keyof R & string>(
  accessor: F,
): Measure<ExtremeState<"max">, Decimal | null, "max", F>;
// biome-ignore lint/suspicious/noExplicitAny: untyped records default to any, so an untyped call stays as easy as before
export function max<R = any>(
  accessor: (record: R, index: number) => unknown,
): Measure<ExtremeState<"max">, Decimal | null, "max", undefined>;
export function max(
  accessor: unknown,
): Measure<ExtremeState<"max">, Decimal | null, "max", string | undefined> {
  return extreme("max", accessor);
}
