import { type Decimal, KDecimal } from "../../core/decimal.js";
import { AGGREGATE_EXPECTED } from "../messages.js";
import { EveryReader } from "./_everyReader.js";
import { defineMeasure } from "./defineMeasure.js";
import type { Measure, MeasureValueReader, SerializedStateOf } from "./types.js";

/**
 * The state of {@link count}.
 *
 * @category Aggregation
 */
export interface CountState {
  readonly kind: "count";
  /** @internal */
  count: number;
  /** The serialized form (`JSON.stringify(state)` works). */
  toJSON(): SerializedStateOf<"count">;
}

/** The fields of a count state. @internal */
export interface Count {
  count: number;
}

const isCount = (value: unknown): value is number =>
  typeof value === "number" && Number.isSafeInteger(value) && value >= 0;

/** Counts records whose property is `true` (a non-boolean is invalid). @internal */
export class BooleanReader implements MeasureValueReader<Count> {
  private hit = false;
  read(value: unknown): boolean {
    if (typeof value !== "boolean") return false;
    this.hit = value;
    return true;
  }
  add(state: Count): void {
    if (this.hit) state.count++;
  }
}

/** Counts records whose predicate is truthy. @internal */
export class TruthyReader implements MeasureValueReader<Count> {
  private hit = false;
  read(value: unknown): boolean {
    this.hit = Boolean(value);
    return true;
  }
  add(state: Count): void {
    if (this.hit) state.count++;
  }
}

/**
 * A measure that counts records: all of them, or those matching a predicate. A predicate is a
 * function `(record, index) => boolean` (truthy counts), or the name of a boolean property (a
 * record whose property is not a boolean is invalid, never guessed). A period without records
 * counts 0.
 *
 * @param predicate - Optional: which records to count.
 * @returns The measure.
 * @throws {KpiError} `invalid_argument` when the predicate is neither a property name nor a function.
 * @example
 * ```ts
 * import { count } from "kinerja";
 *
 * const won = count("won");
 * const state = won.empty();
 * won.add(state, { won: true }, 0);
 * won.add(state, { won: false }, 1);
 * console.log(won.finalize(state)?.toString());
 * // 1
 * ```
 * @category Aggregation
 */
// biome-ignore lint/suspicious/noExplicitAny: untyped records default to any, so an untyped call stays as easy as before
export function count<R = any, const F extends keyof R & string = keyof R & string>(
  predicate: F,
): Measure<CountState, Decimal, "count", F>;
// biome-ignore lint/suspicious/noExplicitAny: untyped records default to any, so an untyped call stays as easy as before
export function count<R = any>(
  predicate?: (record: R, index: number) => boolean,
): Measure<CountState, Decimal, "count", undefined>;
export function count(
  predicate?: unknown,
): Measure<CountState, Decimal, "count", string | undefined> {
  const strict = typeof predicate === "string";
  const every = predicate === undefined;
  return defineMeasure({
    kind: "count",
    fill: "zero",
    accessor: predicate as string | undefined,
    predicate: true,
    expected: AGGREGATE_EXPECTED.boolean,
    reader: every
      ? () => new EveryReader()
      : strict
        ? () => new BooleanReader()
        : () => new TruthyReader(),
    empty: (): Count => ({ count: 0 }),
    mergeInto: (target, source) => {
      target.count += source.count;
    },
    finalize: (state): Decimal => new KDecimal(state.count),
    toJSON: (state) => ({ count: state.count }),
    fromJSON: (json) => (isCount(json.count) ? { count: json.count } : undefined),
    isState: (state) => typeof state.count === "number",
    // Every record of a cell is counted by count(); a predicate counts at most all of them.
    consistent: (state, records) => (every ? state.count === records : state.count <= records),
  }) as Measure<CountState, Decimal, "count", string | undefined>;
}
