import { createReadStream, readFileSync, statSync } from "node:fs";
import { basename, resolve } from "node:path";
import { createInterface } from "node:readline";
import { parse } from "csv-parse";
import type { KpiErrorCode } from "../core/errors.js";
import { KpiError, makeIssue } from "../core/errors.js";
import { describe } from "../core/messages.js";
import type { SqlCondition } from "../sql/index.js";
import { toCondition } from "./condition.js";
import { dateReader, isIsoInstant } from "./dateFormat.js";
import { fileType } from "./loadSpec.js";
import { measureShape } from "./measures.js";
import * as REPORT_EXPECTED from "./messages.js";
import { numberReader } from "./numberReader.js";
import { groupColumn, sourceColumns } from "./sourceColumns.js";
import type { SpecFileOrigin, SpecSource } from "./types.js";

/** Records of an NDJSON file per batch. */
const BATCH = 4096;

/** A bad row of a source, where it is and what was expected. @internal */
export interface RowIssue {
  readonly source: string;
  readonly file: string;
  /** The line of the row in the file (null for a JSON array). */
  readonly line: number | null;
  /** The 1-based position of the field in a CSV row (null for JSON). */
  readonly column: number | null;
  /** The record's position among the rows (0-based). */
  readonly record: number;
  readonly field: string;
  readonly received: string;
  readonly expected: string;
  readonly message: string;
}

/** Counts of a source read so far. @internal */
export interface ReadCounts {
  /** Rows read. */
  readonly rows: number;
  /** Rows rejected by the checks of this reader (bad dates, amounts, ids, row lengths). */
  readonly rejected: number;
  /** Rows left out by the source's `where`. */
  readonly filtered: number;
  /** Bytes read, and the size of the file. */
  readonly bytes: number;
  readonly size: number;
}

/** The rows of a file source, checked. @internal */
export interface FileRows {
  readonly file: string;
  /** The checked records, in batches (a chunk of the file each), in the order of the file. */
  readonly batches: AsyncIterable<Record<string, unknown>[]>;
  readonly issues: readonly RowIssue[];
  counts(): ReadCounts;
}

/** Options of {@link readFileSource}. @internal */
export interface ReadFileSourceOptions {
  readonly name: string;
  readonly source: SpecSource & SpecFileOrigin;
  readonly dir: string;
  readonly onInvalid: "throw" | "collect";
  /** The spec's groupBy dimension (its column is read and checked: a group is not empty). */
  readonly groupBy?: string;
}

interface Check {
  readonly column: string;
  readonly code: KpiErrorCode;
  readonly expected: string;
  readonly when: SqlCondition | undefined;
  /** The value to keep, or undefined when the value is bad. */
  readonly read: (value: unknown) => unknown;
}

function checks(source: SpecSource, asText: boolean, groupBy: string | undefined): Check[] {
  const date = typeof source.date === "string" ? { column: source.date } : source.date;
  const format = date.format ?? "iso";
  const pattern = format === "iso" ? undefined : dateReader(format);
  const result: Check[] = [
    {
      column: date.column,
      code: "invalid_date",
      expected: REPORT_EXPECTED.dateText(format),
      when: undefined,
      read: (value) => {
        if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
        if (typeof value !== "string") return undefined;
        if (pattern !== undefined) return pattern(value);
        return isIsoInstant(value) ? value : undefined;
      },
    },
  ];
  const group = groupColumn(source, groupBy);
  if (group !== undefined) {
    result.push({
      column: group,
      code: "invalid_record",
      expected: REPORT_EXPECTED.groupValue,
      when: undefined,
      read: (value) => (value === null || value === undefined || value === "" ? undefined : value),
    });
  }
  if (
    source.customer !== undefined &&
    Object.values(source.measures).some((measure) => "customers" in measure)
  ) {
    result.push({
      column: source.customer,
      code: "invalid_record",
      expected: REPORT_EXPECTED.entityId,
      when: undefined,
      read: (value) => (value === null || value === undefined || value === "" ? undefined : value),
    });
  }
  const numbers = numberReader(source.numberLocale);
  const seen = new Set<string>();
  for (const measure of Object.values(source.measures)) {
    const { kind, column } = measureShape(measure);
    if (column === undefined) continue;
    const when =
      "where" in measure && measure.where !== undefined
        ? toCondition(measure.where, asText)
        : undefined;
    const key = `${kind === "countDistinct" ? "id" : "number"}:${column}:${when === undefined ? "" : JSON.stringify(measure)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (kind === "countDistinct") {
      result.push({
        column,
        code: "invalid_record",
        expected: REPORT_EXPECTED.entityId,
        when,
        read: (value) =>
          value === null || value === undefined || value === "" ? undefined : value,
      });
    } else {
      result.push({
        column,
        code: "invalid_number",
        expected: REPORT_EXPECTED.numberText(source.numberLocale, numbers.example),
        when,
        read: (value) =>
          typeof value === "number"
            ? Number.isFinite(value)
              ? value
              : undefined
            : typeof value === "string"
              ? numbers.read(value)
              : undefined,
      });
    }
  }
  return result;
}

/**
 * Reads the rows of a CSV, NDJSON or JSON file source as batches of records for `aggregate` (CSV
 * through csv-parse's streaming parser, a chunk of the file at a time, and NDJSON line by line, so
 * memory does not grow with the file; a JSON array is read whole). Each row is checked — its date in the source's
 * format, its amounts in the source's number locale (turned into plain decimals), its entity ids —
 * and a bad row either stops the read with a `KpiError` naming the file, line, column and what was
 * expected (`onInvalid: "throw"`), or is listed in `issues` and left out (`"collect"`). Empty CSV
 * cells are `null`. Rows not matching the source's `where` are left out and counted.
 *
 * @param options - The source, its name, the spec's directory and the policy for bad rows.
 * @returns The rows, the issues found so far and the counts.
 * @internal
 */
export function readFileSource(options: ReadFileSourceOptions): FileRows {
  const { name, source, dir, onInvalid, groupBy } = options;
  const path = resolve(dir, source.file);
  const file = basename(path);
  const type = fileType(source.file, source.type) ?? "csv";
  const asText = type === "csv";
  const rowChecks = checks(source, asText, groupBy);
  const where = source.where === undefined ? undefined : toCondition(source.where, asText);
  const needed = sourceColumns(source, groupBy);
  const issues: RowIssue[] = [];
  let rows = 0;
  let rejected = 0;
  let filtered = 0;
  let bytes = 0;
  let size = 0;

  const fail = (code: KpiErrorCode, where: string, expected: string, received: unknown): never => {
    throw new KpiError([
      makeIssue({ code, subject: file, path: [], where, expected, received: describe(received) }),
    ]);
  };
  /** Rejects a row: throws with onInvalid "throw", else counts it and collects its problem. */
  const reject = (
    code: KpiErrorCode,
    where: string,
    expected: string,
    value: unknown,
    received: string,
    at: { line: number | null; column: number | null; record: number; field: string },
  ): void => {
    if (onInvalid === "throw") fail(code, where, expected, value);
    rejected++;
    issues.push({
      source: name,
      file,
      ...at,
      received,
      expected,
      message: makeIssue({ code, subject: file, path: [], where, expected, received }).message,
    });
  };
  const placeOfRow = (
    line: number | null,
    column: number | null,
    record: number,
    field: string,
  ): string =>
    line === null
      ? `record ${record} field ${JSON.stringify(field)}`
      : column === null
        ? `line ${line} field ${JSON.stringify(field)}`
        : `line ${line} column ${column} (${JSON.stringify(field)})`;

  /** The checked record, or undefined when it was rejected or filtered out. */
  const accept = (
    record: Record<string, unknown>,
    line: number | null,
    columnOf: (field: string) => number | null,
  ): Record<string, unknown> | undefined => {
    const index = rows++;
    if (where !== undefined && !where(record)) {
      filtered++;
      return undefined;
    }
    for (const check of rowChecks) {
      if (check.when !== undefined && !check.when(record)) continue;
      const value = record[check.column];
      const read = check.read(value);
      if (read === undefined) {
        const column = columnOf(check.column);
        const where = placeOfRow(line, column, index, check.column);
        reject(check.code, where, check.expected, value, describe(value), {
          line,
          column,
          record: index,
          field: check.column,
        });
        return undefined;
      }
      record[check.column] = read;
    }
    return record;
  };

  const checkHeader = (columns: readonly string[], where: string): void => {
    const missing = needed.filter((column) => !columns.includes(column));
    if (missing.length > 0) {
      throw new KpiError(
        missing.map((column) =>
          makeIssue({
            code: "invalid_record",
            subject: file,
            path: [],
            where,
            expected: REPORT_EXPECTED.column(columns),
            received: `no column ${JSON.stringify(column)}`,
          }),
        ),
      );
    }
  };

  async function* csvRows(): AsyncGenerator<Record<string, unknown>[]> {
    // The file is read in chunks; each chunk is written to csv-parse's parser and its records are
    // drained at once (no await per record), so a batch of records goes to aggregate per chunk.
    // No `info` option: csv-parse would copy its info object for every record (a sixth of the
    // time of a large file). The line of a record is counted here instead: each record takes one
    // line plus the line breaks inside its quoted fields, and an empty line is a record [""].
    const parser = parse({
      bom: true,
      relax_column_count: true,
      ...(source.delimiter === undefined ? {} : { delimiter: source.delimiter }),
    });
    let failure: unknown;
    parser.on("error", (error) => {
      failure = error;
    });
    const csvFailure = (error: unknown): never => {
      const lines = (error as { lines?: unknown }).lines;
      if (typeof lines !== "number") throw error;
      return fail(
        "invalid_record",
        `line ${lines}`,
        REPORT_EXPECTED.csvText,
        (error as Error).message,
      );
    };
    let header: string[] | undefined;
    /** The positions of the columns the report reads, and their names (the record's keys). */
    let read: number[] = [];
    let names: string[] = [];
    let nextLine = 1;
    let batch: Record<string, unknown>[] = [];
    const handle = (fields: string[]): void => {
      const line = nextLine;
      nextLine += 1;
      for (let i = 0; i < fields.length; i++) {
        const field = fields[i] as string;
        let at = field.indexOf("\n");
        while (at !== -1) {
          nextLine += 1;
          at = field.indexOf("\n", at + 1);
        }
      }
      if (fields.length === 1 && fields[0] === "") return;
      if (header === undefined) {
        header = fields;
        checkHeader(header, `line ${line} (the header)`);
        names = needed.filter((name) => fields.includes(name));
        read = names.map((name) => fields.indexOf(name));
        return;
      }
      const columns = header;
      if (fields.length !== columns.length) {
        const index = rows++;
        const where = `line ${line}`;
        const received = `${fields.length} fields`;
        const expected = `${REPORT_EXPECTED.csvRow} (${columns.length})`;
        reject("invalid_record", where, expected, received, received, {
          line,
          column: null,
          record: index,
          field: "",
        });
        return;
      }
      // Only the columns the report reads, always in the same order (one object shape).
      const record: Record<string, unknown> = {};
      for (let i = 0; i < read.length; i++) {
        const value = fields[read[i] as number] as string;
        record[names[i] as string] = value === "" ? null : value;
      }
      const accepted = accept(record, line, (field) => columns.indexOf(field) + 1);
      if (accepted !== undefined) batch.push(accepted);
    };
    const drain = (): void => {
      for (let fields = parser.read() as string[] | null; fields !== null; fields = parser.read())
        handle(fields);
      if (failure !== undefined) csvFailure(failure);
    };
    const input = createReadStream(path);
    for await (const chunk of input) {
      bytes = input.bytesRead;
      parser.write(chunk);
      drain();
      if (batch.length > 0) {
        yield batch;
        batch = [];
      }
    }
    parser.end();
    try {
      for await (const fields of parser as AsyncIterable<string[]>) handle(fields);
    } catch (error) {
      csvFailure(error);
    }
    if (failure !== undefined) csvFailure(failure);
    if (batch.length > 0) yield batch;
    bytes = size;
    if (header === undefined) checkHeader([], "line 1 (the header)");
  }

  async function* ndjsonRows(): AsyncGenerator<Record<string, unknown>[]> {
    let batch: Record<string, unknown>[] = [];
    const input = createReadStream(path);
    const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
    let line = 0;
    let headerChecked = false;
    for await (const text of lines) {
      line++;
      bytes = input.bytesRead;
      if (text.trim() === "") continue;
      let record: unknown;
      try {
        record = JSON.parse(text);
      } catch {
        record = undefined;
      }
      if (record === null || typeof record !== "object" || Array.isArray(record)) {
        const index = rows++;
        const where = `line ${line}`;
        reject("invalid_record", where, REPORT_EXPECTED.jsonRecord, text, describe(text), {
          line,
          column: null,
          record: index,
          field: "",
        });
        continue;
      }
      if (!headerChecked) {
        headerChecked = true;
        checkHeader(Object.keys(record), `line ${line} (the first record)`);
      }
      const accepted = accept(record as Record<string, unknown>, line, () => null);
      if (accepted !== undefined) batch.push(accepted);
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
    bytes = size;
  }

  async function* jsonRows(): AsyncGenerator<Record<string, unknown>[]> {
    const batch: Record<string, unknown>[] = [];
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path, "utf8"));
    } catch (error) {
      fail("invalid_record", "the file", REPORT_EXPECTED.jsonRecords, (error as Error).message);
    }
    if (!Array.isArray(data))
      return fail("invalid_record", "the file", REPORT_EXPECTED.jsonRecords, data);
    bytes = size;
    for (const [index, record] of data.entries()) {
      if (record === null || typeof record !== "object" || Array.isArray(record)) {
        const where = `record ${index}`;
        rows++;
        reject("invalid_record", where, REPORT_EXPECTED.jsonRecord, record, describe(record), {
          line: null,
          column: null,
          record: index,
          field: "",
        });
        continue;
      }
      if (index === 0) checkHeader(Object.keys(record), "record 0 (the first record)");
      const accepted = accept({ ...(record as Record<string, unknown>) }, null, () => null);
      if (accepted !== undefined) batch.push(accepted);
    }
    if (batch.length > 0) yield batch;
  }

  async function* open(): AsyncGenerator<Record<string, unknown>[]> {
    try {
      size = statSync(path).size;
    } catch (error) {
      fail("invalid_argument", "the file", REPORT_EXPECTED.readableFile, (error as Error).message);
    }
    if (type === "csv") yield* csvRows();
    else if (type === "ndjson") yield* ndjsonRows();
    else yield* jsonRows();
  }
  return {
    file,
    batches: open(),
    issues,
    counts: () => ({ rows, rejected, filtered, bytes, size }),
  };
}
