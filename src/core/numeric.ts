import { type Decimal, isDecimalInstance, KDecimal } from "./decimal.js";
import { KpiError, type KpiIssue, makeIssue } from "./errors.js";
import { describe, EXPECTED, PLACE } from "./messages.js";

/**
 * A number the library accepts: a finite `number` within the safe range, a plain decimal string
 * (`"1234.56"`, `"-3"`, `"1e3"`), a `bigint`, or a decimal.js `Decimal` from any copy of decimal.js.
 * @category Numbers and errors
 */
export type Numeric = number | string | bigint | Decimal;

const PLAIN_DECIMAL = /^[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const MAX_EXPONENT = 1000;

/**
 * Where a value came from, for the issue it may raise. `where` defaults to the wording of the path
 * (`placeOf`), as in `makeIssue`. @internal
 */
export interface ValueContext {
  readonly subject: string;
  readonly path: readonly (string | number)[];
  readonly where?: string;
}

/**
 * Reads a {@link Numeric} into a Decimal of the private constructor, or describes why it cannot.
 * Returns an issue instead of throwing so callers can collect every problem.
 *
 * @internal
 */
export function readNumeric(value: unknown, context: ValueContext): Decimal | KpiIssue {
  const read = decimalOrExpected(value);
  if (typeof read !== "string") return read;
  return makeIssue({
    code: "invalid_number",
    subject: context.subject,
    path: context.path,
    where: context.where,
    expected: read,
    received: describe(value),
  });
}

/**
 * Reads a {@link Numeric} as {@link readNumeric} does (the same values accepted, the same Decimal),
 * for a caller that only asks whether it is a number: builds no issue.
 *
 * @param value - The value to read.
 * @returns The value as a Decimal (`-0` becomes `0`), or `undefined` when it is not a {@link Numeric}.
 * @internal
 */
export function numericOrUndefined(value: unknown): Decimal | undefined {
  const read = decimalOrExpected(value);
  return typeof read === "string" ? undefined : read;
}

/** The Decimal of a value, or what it was expected to be (the text of the issue). */
function decimalOrExpected(value: unknown): Decimal | string {
  let result: Decimal | undefined;
  let expected: string = EXPECTED.numeric;
  switch (typeof value) {
    case "number":
      if (Number.isFinite(value)) {
        if (Math.abs(value) <= Number.MAX_SAFE_INTEGER) {
          result = new KDecimal(value);
        } else {
          expected = EXPECTED.safeNumber;
        }
      }
      break;
    case "string":
      if (PLAIN_DECIMAL.test(value)) result = new KDecimal(value);
      break;
    case "bigint":
      result = new KDecimal(value.toString());
      break;
    case "object":
      if (value !== null && isDecimalInstance(value)) result = fromDecimalInstance(value);
      break;
    default:
      break;
  }
  if (result !== undefined && !withinExponentRange(result)) {
    result = undefined;
    expected = EXPECTED.exponentRange;
  }
  if (result === undefined) return expected;
  return result.isZero() ? new KDecimal(0) : result;
}

function fromDecimalInstance(value: Decimal): Decimal | undefined {
  // Only the private constructor's own instances are used as they are. Every clone of decimal.js
  // (the user's global Decimal, `Decimal.clone()`) shares one prototype, so `instanceof` is not
  // enough: an instance's own `constructor` carries its precision and rounding into later arithmetic.
  if (value instanceof KDecimal && value.constructor === KDecimal) {
    return value.isFinite() ? value : undefined;
  }
  // Another clone or another copy of decimal.js: go through its text so nothing foreign is trusted.
  const foreign: { toString(): string } = value;
  let text: string;
  try {
    text = foreign.toString();
  } catch {
    return undefined;
  }
  return PLAIN_DECIMAL.test(text) ? new KDecimal(text) : undefined;
}

function withinExponentRange(value: Decimal): boolean {
  return value.isZero() || Math.abs(value.e) <= MAX_EXPONENT;
}

/** Type guard for the result of {@link readNumeric}. @internal */
export function isIssue(value: Decimal | KpiIssue): value is KpiIssue {
  return !isDecimalInstance(value);
}

/**
 * Converts a {@link Numeric} to an exact Decimal, throwing a KpiError when it is not one.
 *
 * @param value - The value to read.
 * @returns The same value as a Decimal (`-0` becomes `0`).
 * @throws {KpiError} `invalid_number` for NaN, Infinity, unsafe integers, malformed strings and other types.
 * @example
 * ```ts
 * import { toDecimal } from "kinerja";
 *
 * console.log(toDecimal("0.1").plus(toDecimal(0.2)).toString());
 * // 0.3
 * ```
 * @category Numbers and errors
 */
export function toDecimal(value: Numeric): Decimal {
  return readDecimal(value, { subject: "toDecimal", path: [], where: PLACE.value });
}

/** {@link readNumeric} that throws, naming the caller's subject and field. @internal */
export function readDecimal(value: unknown, context: ValueContext): Decimal {
  const read = readNumeric(value, context);
  if (isIssue(read)) throwIssue(read);
  return read;
}

/** @internal */
export function throwIssue(issue: KpiIssue): never {
  throw new KpiError([issue]);
}
