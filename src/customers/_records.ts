import { AccessorFailure } from "../aggregate/accessor.js";
import { compileAccessor, isIterable, type ReadFunction } from "../aggregate/internal.js";
import { fail, KpiError, type KpiIssue, makeIssue, raise } from "../core/errors.js";
import { describe } from "../core/messages.js";
import { CUSTOMERS_EXPECTED } from "./messages.js";

/** What a record field reads as when it cannot be read. @internal */
export const INVALID: unique symbol = /* @__PURE__ */ Symbol("invalid");

/** One field every record is read for. @internal */
export interface FieldReader {
  /** The field's name in messages: the property name, else the option's name. */
  readonly name: string;
  readonly get: ReadFunction;
  /** The value, or INVALID. */
  readonly parse: (value: unknown) => unknown;
  readonly expected: string;
}

/** How many records were read, accepted and rejected. @internal */
export interface RecordsReport {
  readonly records: number;
  readonly accepted: number;
  readonly rejected: number;
}

/** What to do with a record that cannot be read. @internal */
export type CustomerOnInvalid = "throw" | "skip";

/**
 * A field reader from an accessor option, checked (an error names the option). @internal
 */
export function fieldReader(
  subject: string,
  option: string,
  accessor: unknown,
  parse: (value: unknown) => unknown,
  expected: string,
): FieldReader {
  const get = compileAccessor(accessor, subject, [option], `option ${JSON.stringify(option)}`);
  return { name: typeof accessor === "string" ? accessor : option, get, parse, expected };
}

/** Checks an options object. @internal */
export function checkOptions(subject: string, options: unknown): void {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    raise("invalid_argument", subject, ["options"], CUSTOMERS_EXPECTED.options, options);
  }
}

/** Reads `onInvalid` (default "throw"). @internal */
export function onInvalidOption(subject: string, value: unknown): CustomerOnInvalid {
  if (value === undefined) return "throw";
  if (value === "throw" || value === "skip") return value;
  return raise(
    "invalid_option",
    subject,
    ["options", "onInvalid"],
    CUSTOMERS_EXPECTED.onInvalid,
    value,
  );
}

/** Reads `indexOffset` (default 0). @internal */
export function indexOffsetOption(subject: string, value: unknown): number {
  if (value === undefined) return 0;
  if (Number.isSafeInteger(value) && (value as number) >= 0) return value as number;
  return raise(
    "invalid_option",
    subject,
    ["options", "indexOffset"],
    CUSTOMERS_EXPECTED.indexOffset,
    value,
  );
}

/**
 * Reads every record: each field of each record, in order; `visit` gets the values of a record
 * whose every field could be read (an invalid record touches nothing). With `"throw"` the first
 * invalid record throws a KpiError `invalid_record` listing its problems; with `"skip"` it is
 * counted in `rejected`. @internal
 */
export function readRecords(
  subject: string,
  records: unknown,
  fields: readonly FieldReader[],
  onInvalid: CustomerOnInvalid,
  indexOffset: number,
  visit: (values: unknown[], index: number) => void,
): RecordsReport {
  const values: unknown[] = new Array(fields.length);
  let count = 0;
  let rejected = 0;
  const one = (record: unknown, position: number): void => {
    const index = position + indexOffset;
    count++;
    const issues: KpiIssue[] = [];
    if (typeof record !== "object" || record === null) {
      issues.push(
        makeIssue({
          code: "invalid_record",
          subject,
          path: [index],
          expected: CUSTOMERS_EXPECTED.record,
          received: describe(record),
        }),
      );
    } else {
      for (let i = 0; i < fields.length; i++) {
        const field = fields[i] as FieldReader;
        const raw = field.get(record, index);
        const failure = raw instanceof AccessorFailure ? raw.issue : undefined;
        const value = failure === undefined ? field.parse(raw) : INVALID;
        if (value === INVALID) {
          issues.push(
            makeIssue({
              code: "invalid_record",
              subject,
              path: [index, field.name],
              expected: failure?.expected ?? field.expected,
              received: failure?.received ?? describe(raw),
            }),
          );
        } else {
          values[i] = value;
        }
      }
    }
    if (issues.length > 0) {
      if (onInvalid === "throw") throw new KpiError(issues);
      rejected++;
      return;
    }
    visit(values, index);
  };
  if (Array.isArray(records)) {
    for (let i = 0; i < records.length; i++) one(records[i], i);
  } else if (isIterable(records)) {
    let i = 0;
    for (const record of records) one(record, i++);
  } else if (
    typeof records === "object" &&
    records !== null &&
    Number.isSafeInteger((records as { length?: unknown }).length) &&
    (records as { length: number }).length >= 0
  ) {
    const list = records as ArrayLike<unknown>;
    for (let i = 0; i < list.length; i++) one(list[i], i);
  } else {
    fail({
      code: "invalid_argument",
      subject,
      path: ["records"],
      expected: CUSTOMERS_EXPECTED.records,
      received: describe(records),
    });
  }
  return { records: count, accepted: count - rejected, rejected };
}

/** Adds two reports. @internal */
export function addReports(a: RecordsReport, b: RecordsReport): RecordsReport {
  return {
    records: a.records + b.records,
    accepted: a.accepted + b.accepted,
    rejected: a.rejected + b.rejected,
  };
}
