import { type Decimal, KDecimal } from "../core/decimal.js";
import { AGGREGATE_EXPECTED } from "../core/messages.js";
import { compileAccessor, type ReadFunction } from "./accessor.js";
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
 * The state of {@link count}.
 *
 * @category Aggregation
 */
export interface CountState {
  readonly kind: "count";
  /** @internal */
  count: number;
  /** The serialized form (`JSON.stringify(state)` works). */
  toJSON(): SerializedState;
}

class CountAll implements MeasureReader<CountState> {
  raw: unknown = undefined;
  readonly expected = AGGREGATE_EXPECTED.boolean;
  read(): boolean {
    return true;
  }
  apply(state: CountState): void {
    state.count++;
  }
}

class CountWhere implements MeasureReader<CountState> {
  raw: unknown = undefined;
  readonly expected = AGGREGATE_EXPECTED.boolean;
  private hit = false;
  constructor(
    private readonly get: ReadFunction,
    private readonly strict: boolean,
  ) {}
  read(record: unknown, index: number): boolean {
    const raw = this.get(record, index);
    if (this.strict) {
      if (typeof raw !== "boolean") {
        this.raw = raw;
        return false;
      }
      this.hit = raw;
    } else {
      this.hit = Boolean(raw);
    }
    return true;
  }
  apply(state: CountState): void {
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
export function count<R = any>(
  predicate?: (keyof R & string) | ((record: R, index: number) => boolean),
): Measure<CountState> {
  const get =
    predicate === undefined
      ? undefined
      : compileAccessor(
          predicate,
          "count",
          ["predicate"],
          "predicate",
          AGGREGATE_EXPECTED.predicate,
        );
  const strict = typeof predicate === "string";
  const make = stateFactory<CountState>((state) => measure.serialize(state));
  const measure: Measure<CountState> = {
    type: "measure",
    kind: "count",
    field: typeof predicate === "string" ? predicate : undefined,
    accessor: predicate,
    fill: "zero",
    empty: () => make({ kind: "count", count: 0 }),
    add: (state, record, index, time) => addWithReader(measure, state, record, index, time),
    merge: (a, b) => mergeWith(measure, a, b),
    finalize: (state): Decimal => {
      checkState(measure, state);
      return new KDecimal(state.count);
    },
    serialize: (state): SerializedState => {
      checkState(measure, state);
      return { kind: "count", count: state.count };
    },
    deserialize: (json) => {
      const value = stateObject("count", json).count;
      if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0)
        return badState("count", json);
      return make({ kind: "count", count: value });
    },
    isState: (state): state is CountState =>
      hasKind(state, "count") && typeof state.count === "number",
    reader: () => (get === undefined ? new CountAll() : new CountWhere(get, strict)),
    mergeInto: (target, source) => {
      target.count += source.count;
    },
    clone: (state) => make({ kind: "count", count: state.count }),
  };
  return measure;
}
