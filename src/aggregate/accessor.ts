import { fail, isKpiError, type KpiIssue } from "../core/errors.js";
import { describe } from "../core/messages.js";
import { AGGREGATE_EXPECTED } from "./messages.js";

/**
 * How a measure, the date or the group reads a value from a record: a property name of the record,
 * or a function `(record, index) => value`.
 * @category Aggregation
 */
export type Accessor<R, V = unknown> = (keyof R & string) | ((record: R, index: number) => V);

/** A compiled accessor: always a function. @internal */
export type ReadFunction = (record: unknown, index: number) => unknown;

/**
 * What a function accessor returns in place of a value when it threw a KpiError (for example
 * `parseDecimal` on a malformed cell): the record is invalid, and the issue says why. @internal
 */
export class AccessorFailure {
  constructor(readonly issue: KpiIssue) {}
}

/** Turns an accessor into a function, checking its type. @internal */
export function compileAccessor(
  accessor: unknown,
  subject: string,
  path: readonly (string | number)[],
  where: string,
  expected: string = AGGREGATE_EXPECTED.accessor,
): ReadFunction {
  if (typeof accessor === "function") {
    const read = accessor as ReadFunction;
    // A KpiError thrown by the accessor makes the record invalid (reported by onInvalid) instead
    // of aborting the whole aggregation; any other exception is a bug and propagates.
    return (record, index) => {
      try {
        return read(record, index);
      } catch (error) {
        if (isKpiError(error)) return new AccessorFailure(error.issues[0] as KpiIssue);
        throw error;
      }
    };
  }
  if (typeof accessor === "string" && accessor.length > 0) {
    const key = accessor;
    return (record) => (record as Record<string, unknown>)[key];
  }
  return fail({
    code: "invalid_argument",
    subject,
    path,
    where,
    expected,
    received: describe(accessor),
  });
}

/** The field name used in messages: the property name, or the fallback for a function. @internal */
export function fieldName(accessor: unknown, fallback: string): string {
  return typeof accessor === "string" ? accessor : fallback;
}
