import { type Decimal, KDecimal } from "../core/decimal.js";
import { raise } from "../core/errors.js";
import type { Numeric } from "../core/numeric.js";
import { readCount, readObject, readValue } from "./_read.js";
import { REVIEW_EXPECTED } from "./messages.js";
import { ExactDecimal } from "./precision.js";

/**
 * The mergeable state of a mean of scores (CSAT mean, CES): the count, the sum and the sum of
 * squares, all exact. Two states of disjoint answers merge by adding their fields, so the state of
 * a quarter is the merge of its months' states; it serializes as plain data (`JSON.stringify`
 * writes the decimals as strings).
 *
 * @category Review statistics
 */
export interface MomentState {
  /** The number of answers. */
  readonly n: number;
  /** Σ x, exact. */
  readonly sum: Decimal;
  /** Σ x², exact. */
  readonly sumOfSquares: Decimal;
}

/**
 * A moment state as plain data: the decimals may be numbers, strings, bigints or Decimals (for
 * example read back from JSON).
 *
 * @category Review statistics
 */
export interface MomentStateInput {
  readonly n: Numeric;
  readonly sum: Numeric;
  readonly sumOfSquares: Numeric;
}

const MAX_DIGITS = 100;

function exactValue(value: unknown, subject: string, path: readonly (string | number)[]): Decimal {
  const read = readValue(value, subject, path);
  if (read.sd() > MAX_DIGITS)
    raise("out_of_domain", subject, path, REVIEW_EXPECTED.exactDigits, value);
  return new ExactDecimal(read);
}

/** Reads and checks a moment state (exact, in the exact constructor). @internal */
export function readMomentState(
  value: unknown,
  subject: string,
  path: readonly (string | number)[],
): { n: Decimal; sum: Decimal; sumOfSquares: Decimal } {
  const state = readObject(value, subject, path);
  const n = new ExactDecimal(readCount(state.n, subject, [...path, "n"]));
  const sum = exactValue(state.sum, subject, [...path, "sum"]);
  const sumOfSquares = exactValue(state.sumOfSquares, subject, [...path, "sumOfSquares"]);
  if (n.isZero() && !(sum.isZero() && sumOfSquares.isZero())) {
    raise("inconsistent_inputs", subject, [...path, "sum"], REVIEW_EXPECTED.zeroState, state.sum);
  }
  if (sumOfSquares.isNegative() || n.times(sumOfSquares).lt(sum.times(sum))) {
    raise(
      "inconsistent_inputs",
      subject,
      [...path, "sumOfSquares"],
      REVIEW_EXPECTED.sumOfSquares,
      state.sumOfSquares,
    );
  }
  return { n, sum, sumOfSquares };
}

function toState(n: Decimal, sum: Decimal, sumOfSquares: Decimal): MomentState {
  return {
    n: n.toNumber(),
    sum: new KDecimal(sum.isZero() ? 0 : sum),
    sumOfSquares: new KDecimal(sumOfSquares.isZero() ? 0 : sumOfSquares),
  };
}

/**
 * The exact moment state of a list of scores (or any values), for {@link meanInterval} and
 * {@link compareMeans}.
 *
 * @param values - The scores, each a {@link Numeric} of at most 100 significant digits.
 * @returns The {@link MomentState}: count, sum and sum of squares, exact.
 * @throws {KpiError} `invalid_argument` when `values` is not iterable; `invalid_number` for a value that is not a number; `out_of_domain` for a value of more than 100 significant digits.
 * @example
 * ```ts
 * import { momentState } from "kinerja";
 *
 * const state = momentState([4, 5, 3, "4.5"]);
 * console.log(state.n, state.sum.toString(), state.sumOfSquares.toString());
 * // 4 16.5 70.25
 * ```
 * @category Review statistics
 */
export function momentState(values: Iterable<Numeric>): MomentState {
  const subject = "momentState";
  if (
    values === null ||
    typeof values !== "object" ||
    typeof (values as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== "function"
  ) {
    raise("invalid_argument", subject, ["values"], REVIEW_EXPECTED.values, values);
  }
  let n = 0;
  let sum = new ExactDecimal(0);
  let sumOfSquares = new ExactDecimal(0);
  for (const value of values) {
    const x = exactValue(value, subject, ["values", n]);
    sum = sum.plus(x);
    sumOfSquares = sumOfSquares.plus(x.times(x));
    n++;
  }
  return toState(new ExactDecimal(n), sum, sumOfSquares);
}

/**
 * Merges moment states of disjoint sets of answers (months into a quarter, teams into a company):
 * counts, sums and sums of squares add, exactly.
 *
 * @param states - The states to merge, from {@link momentState} or read back from JSON.
 * @returns The merged {@link MomentState} (the empty state for no states).
 * @throws {KpiError} `invalid_argument` for a state that is not an object; `invalid_number` / `out_of_domain` / `inconsistent_inputs` for a state whose fields cannot be one (a negative count, a sum of squares below sum²/n).
 * @example
 * ```ts
 * import { momentState, mergeMomentStates } from "kinerja";
 *
 * const merged = mergeMomentStates(momentState([4, 5]), momentState([3]), { n: 1, sum: "4.5", sumOfSquares: "20.25" });
 * console.log(merged.n, merged.sum.toString(), merged.sumOfSquares.toString());
 * // 4 16.5 70.25
 * ```
 * @category Review statistics
 */
export function mergeMomentStates(...states: readonly MomentStateInput[]): MomentState {
  let n = new ExactDecimal(0);
  let sum = new ExactDecimal(0);
  let sumOfSquares = new ExactDecimal(0);
  states.forEach((state, index) => {
    const read = readMomentState(state, "mergeMomentStates", ["states", index]);
    n = n.plus(read.n);
    sum = sum.plus(read.sum);
    sumOfSquares = sumOfSquares.plus(read.sumOfSquares);
  });
  if (n.gt(Number.MAX_SAFE_INTEGER)) {
    raise("out_of_domain", "mergeMomentStates", ["states"], REVIEW_EXPECTED.count, n.toString());
  }
  return toState(n, sum, sumOfSquares);
}
