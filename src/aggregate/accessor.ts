import { fail } from "../core/errors.js";
import { AGGREGATE_EXPECTED, describe } from "../core/messages.js";

/**
 * How a measure, the date or the group reads a value from a record: a property name of the record,
 * or a function `(record, index) => value`.
 * @category Aggregation
 */
export type Accessor<R, V = unknown> = (keyof R & string) | ((record: R, index: number) => V);

/** A compiled accessor: always a function. @internal */
export type ReadFunction = (record: unknown, index: number) => unknown;

/** Turns an accessor into a function, checking its type. @internal */
export function compileAccessor(
  accessor: unknown,
  subject: string,
  path: readonly (string | number)[],
  where: string,
  expected: string = AGGREGATE_EXPECTED.accessor,
): ReadFunction {
  if (typeof accessor === "function") return accessor as ReadFunction;
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
