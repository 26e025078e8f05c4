import type { Decimal } from "../core/decimal.js";
import { type KpiErrorCode, raise } from "../core/errors.js";
import { isIssue, readNumeric, throwIssue } from "../core/numeric.js";
import { REVIEW_EXPECTED } from "./messages.js";
import { high } from "./precision.js";

/**
 * Input readers shared by the review functions: each returns the value in the review layer's
 * high-precision constructor or throws a KpiError naming the function and the path.
 *
 * @internal
 */

/** A Path from the argument down. @internal */
export type Path = readonly (string | number)[];

/** Reads a Numeric (invalid_number when it is not one). @internal */
export function readValue(value: unknown, subject: string, path: Path): Decimal {
  const read = readNumeric(value, { subject, path });
  if (isIssue(read)) throwIssue(read);
  return high(read);
}

/** Reads a non-negative safe integer count. @internal */
export function readCount(value: unknown, subject: string, path: Path): Decimal {
  const count = readValue(value, subject, path);
  if (!count.isInteger() || count.isNegative() || count.gt(Number.MAX_SAFE_INTEGER)) {
    raise("out_of_domain", subject, path, REVIEW_EXPECTED.count, value);
  }
  return count;
}

/** Reads an object argument, or throws invalid_argument. @internal */
export function readObject(value: unknown, subject: string, path: Path): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    raise("invalid_argument", subject, path, REVIEW_EXPECTED.object, value);
  }
  return value as Record<string, unknown>;
}

/** Reads an options object (undefined is no options). @internal */
export function readOptions(value: unknown, subject: string): Record<string, unknown> {
  if (value === undefined) return {};
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    raise("invalid_argument", subject, ["options"], REVIEW_EXPECTED.options, value);
  }
  return value as Record<string, unknown>;
}

const MAX_CONFIDENCE = "0.999999999";

/** Reads a confidence level (default 0.95): 0 < c ≤ 0.999999999. @internal */
export function readConfidence(value: unknown, subject: string, path: Path): Decimal {
  if (value === undefined) return high("0.95");
  const confidence = readValue(value, subject, path);
  if (!confidence.gt(0) || confidence.gt(MAX_CONFIDENCE)) {
    raise("invalid_option", subject, path, REVIEW_EXPECTED.confidence, value);
  }
  return confidence;
}

/** Reads a non-negative integer option (a small-sample minimum), with its default. @internal */
export function readMinimum(value: unknown, subject: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    raise("invalid_option", subject, ["options", "minimum"], REVIEW_EXPECTED.minimum, value);
  }
  return value;
}

/** Reads a value that must satisfy a check, with the code and expectation when it does not. @internal */
export function readChecked(
  value: unknown,
  subject: string,
  path: Path,
  check: (decimal: Decimal) => boolean,
  code: KpiErrorCode,
  expected: string,
): Decimal {
  const decimal = readValue(value, subject, path);
  if (!check(decimal)) raise(code, subject, path, expected, value);
  return decimal;
}
