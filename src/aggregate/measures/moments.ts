import type { Decimal } from "../../core/decimal.js";
import {
  addBig,
  addScaled,
  addSlot,
  amountExpected,
  type ExactSlot,
  type ExactSum,
  emptySlot,
  emptySum,
  isExactSum,
  mergeSum,
  readExact,
  scaledText,
  sumIntegerText,
  sumToDecimal,
} from "./_exact.js";
import { defineMeasure } from "./defineMeasure.js";
import type { Measure, MeasureValueReader, SerializedStateOf } from "./types.js";

/**
 * The state of {@link moments}: the count, the exact sum and the exact sum of squares of the values
 * read — structurally the `MomentStateInput` that `meanInterval` and `compareMeans` take, so a
 * cell's state (or its JSON form) is passed to them as it is.
 *
 * @category Aggregation
 */
export interface MomentsState {
  readonly kind: "moments";
  /** The number of values. */
  readonly n: number;
  /** Σ x, exact. */
  readonly sum: Decimal;
  /** Σ x², exact. */
  readonly sumOfSquares: Decimal;
  /** The serialized form (`JSON.stringify(state)` works): `{ kind, n, sum, sumOfSquares }`, decimals as text. */
  toJSON(): SerializedStateOf<"moments">;
}

interface Moments {
  n: number;
  readonly total: ExactSum;
  readonly squares: ExactSum;
}

/** The largest safe integer whose square is a safe integer (⌊√(2^53 − 1)⌋). */
const SQUARE_SAFE = 94_906_265;

/** Adds the square of a slot to a sum, exactly (a Decimal by its bigint mantissa). */
function addSquare(sum: ExactSum, slot: ExactSlot): void {
  if (slot.mode === 0) {
    if (slot.m <= SQUARE_SAFE && slot.m >= -SQUARE_SAFE)
      addScaled(sum, slot.m * slot.m, slot.s * 2);
    else addBig(sum, BigInt(slot.m) * BigInt(slot.m), slot.s * 2);
  } else if (slot.mode === 1) {
    addBig(sum, slot.big * slot.big, slot.s * 2);
  } else {
    const text = (slot.dec as Decimal).toFixed();
    const point = text.indexOf(".");
    const mantissa = BigInt(point === -1 ? text : text.slice(0, point) + text.slice(point + 1));
    addBig(sum, mantissa * mantissa, point === -1 ? 0 : (text.length - point - 1) * 2);
  }
}

class MomentsReader implements MeasureValueReader<Moments> {
  private readonly slot: ExactSlot = emptySlot();
  read(value: unknown): boolean {
    return readExact(this.slot, value);
  }
  add(state: Moments): void {
    addSlot(state.total, this.slot);
    addSquare(state.squares, this.slot);
    state.n++;
  }
}

/** The plain decimal text of a sum, without trailing zeros ("0" for zero). */
function sumText(sum: ExactSum): string {
  const text = scaledText(sumIntegerText(sum), sum.scale);
  if (!text.includes(".")) return text === "-0" ? "0" : text;
  const trimmed = text.replace(/\.?0+$/, "");
  return trimmed === "-0" ? "0" : trimmed;
}

const PLAIN = /^-?\d+(?:\.\d+)?$/;

/** A sum from plain decimal text, or undefined when the text is not one. */
function sumFromText(text: unknown): { sum: ExactSum; integer: bigint; scale: number } | undefined {
  if (typeof text !== "string" || !PLAIN.test(text)) return undefined;
  const point = text.indexOf(".");
  const scale = point === -1 ? 0 : text.length - point - 1;
  const integer = BigInt(point === -1 ? text : text.slice(0, point) + text.slice(point + 1));
  const sum = emptySum();
  addBig(sum, integer, scale);
  return { sum, integer, scale };
}

/**
 * A measure of the moments of a numeric field — the count, the exact sum and the exact sum of
 * squares — for intervals and tests of a mean (a CSAT or CES mean): `meanInterval` and
 * `compareMeans` take a cell's **state** as it is (`cell.states.score`, or its JSON form). The
 * value of a cell is the mean, as {@link mean} gives it (`null` for a period without records).
 * States merge by adding their three parts, exactly, so a quarter's state is its months' states
 * merged and an interval from a rollup is the interval of all the quarter's answers.
 *
 * @param accessor - The property name, or a function `(record, index) => value`, giving a {@link Numeric}.
 * @returns The measure.
 * @throws {KpiError} `invalid_argument` when the accessor is neither a property name nor a function.
 * @example
 * ```ts
 * import { aggregate, meanInterval, moments, rollup } from "kinerja";
 *
 * const answers = [
 *   { at: "2025-01-05T00:00:00Z", score: 5 },
 *   { at: "2025-01-20T00:00:00Z", score: 4 },
 *   { at: "2025-02-03T00:00:00Z", score: "3.5" },
 *   { at: "2025-03-11T00:00:00Z", score: 4 },
 * ];
 * const monthly = aggregate(answers, { date: "at", granularity: "month", measures: { csat: moments("score") } });
 * const quarter = rollup(monthly, "quarter").cells[0];
 * console.log(quarter?.values.csat?.toString(), JSON.stringify(quarter?.states.csat));
 * // 4.125 {"kind":"moments","n":4,"sum":"16.5","sumOfSquares":"69.25"}
 * const interval = meanInterval(quarter!.states.csat, { bounds: { min: 1, max: 5 } });
 * console.log(interval.estimate?.toString(), interval.n, interval.smallSample.reason);
 * // 4.125 4 n_below_minimum
 * ```
 * @category Aggregation
 */
// biome-ignore lint/suspicious/noExplicitAny: untyped records default to any, so an untyped call stays as easy as before
export function moments<R = any, const F extends keyof R & string = keyof R & string>(
  accessor: F,
): Measure<MomentsState, Decimal | null, "moments", F>;
// biome-ignore lint/suspicious/noExplicitAny: untyped records default to any, so an untyped call stays as easy as before
export function moments<R = any>(
  accessor: (record: R, index: number) => unknown,
): Measure<MomentsState, Decimal | null, "moments", undefined>;
export function moments(
  accessor: unknown,
): Measure<MomentsState, Decimal | null, "moments", string | undefined> {
  return defineMeasure({
    kind: "moments",
    fill: "null",
    accessor: accessor as string,
    expected: amountExpected,
    reader: () => new MomentsReader(),
    empty: (): Moments => ({ n: 0, total: emptySum(), squares: emptySum() }),
    mergeInto: (target, source) => {
      mergeSum(target.total, source.total);
      mergeSum(target.squares, source.squares);
      target.n += source.n;
    },
    finalize: (state): Decimal | null =>
      state.n === 0 ? null : sumToDecimal(state.total).div(state.n),
    toJSON: (state) => ({
      n: state.n,
      sum: sumText(state.total),
      sumOfSquares: sumText(state.squares),
    }),
    fromJSON: (json) => {
      const { n } = json;
      const total = sumFromText(json.sum);
      const squares = sumFromText(json.sumOfSquares);
      if (
        typeof n !== "number" ||
        !Number.isSafeInteger(n) ||
        n < 0 ||
        total === undefined ||
        squares === undefined ||
        squares.integer < 0n
      ) {
        return undefined;
      }
      // No values, no sums; and (Σx)² ≤ n·Σx² (Cauchy–Schwarz), compared exactly at scale 2s.
      if (n === 0 && (total.integer !== 0n || squares.integer !== 0n)) return undefined;
      const scale = Math.max(total.scale * 2, squares.scale);
      const sumSquared = total.integer * total.integer * 10n ** BigInt(scale - total.scale * 2);
      const nTimesSquares = BigInt(n) * squares.integer * 10n ** BigInt(scale - squares.scale);
      if (sumSquared > nTimesSquares) return undefined;
      return { n: n === 0 ? 0 : n, total: total.sum, squares: squares.sum };
    },
    isState: (state) =>
      typeof state.n === "number" && isExactSum(state.total) && isExactSum(state.squares),
    // Every record of a cell is one value.
    consistent: (state, records) => state.n === records,
    properties: {
      sum: (state) => sumToDecimal(state.total),
      sumOfSquares: (state) => sumToDecimal(state.squares),
    },
  }) as unknown as Measure<MomentsState, Decimal | null, "moments", string | undefined>;
}
