import { fail } from "../core/errors.js";
import { describe } from "../core/messages.js";
import { SQL_EXPECTED, SQL_PLACE } from "./messages.js";

/** A result row of the query `toSql` made. @internal */
export type ResultRow = Record<string, unknown>;

/** The subject of every problem found in result rows. @internal */
export const ROWS_SUBJECT = "seriesFromRows";

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/** Throws for a value of a result row that is not what `toSql` makes. @internal */
export function badValue(
  rowIndex: number,
  field: string,
  expected: string,
  value: unknown,
  where?: string,
): never {
  return fail({
    code: "invalid_argument",
    subject: ROWS_SUBJECT,
    path: ["rows", rowIndex, field],
    where: where ?? SQL_PLACE.rowColumn(rowIndex, field),
    expected,
    received: describe(value),
  });
}

/** A safe integer read from a number, a bigint or integer text (non-negative unless `signed`). @internal */
export function readInteger(
  row: ResultRow,
  rowIndex: number,
  field: string,
  signed: boolean,
): number {
  const value = row[field];
  let count: number | undefined;
  if (typeof value === "number") count = value;
  else if (typeof value === "bigint") count = Number(value);
  else if (typeof value === "string" && /^-?\d+$/.test(value)) count = Number(value);
  if (count === undefined || !Number.isSafeInteger(count) || (!signed && count < 0)) {
    return badValue(
      rowIndex,
      field,
      signed ? SQL_EXPECTED.integerText : SQL_EXPECTED.countText,
      value,
    );
  }
  return count === 0 ? 0 : count;
}

/** A non-negative count. @internal */
export function readCount(row: ResultRow, rowIndex: number, field: string): number {
  return readInteger(row, rowIndex, field, false);
}

/** A plain decimal text, or null for NULL. @internal */
export function readDecimalText(row: ResultRow, rowIndex: number, field: string): string | null {
  const value = row[field];
  if (value === null || value === undefined) return null;
  if (typeof value !== "string" || !PLAIN_DECIMAL.test(value)) {
    return badValue(rowIndex, field, SQL_EXPECTED.decimalText, value);
  }
  return value;
}

/** A plain decimal text (or null: 0) as an exact sum state's parts. @internal */
export function sumParts(text: string | null): { integer: string; scale: number } {
  if (text === null) return { integer: "0", scale: 0 };
  const point = text.indexOf(".");
  if (point === -1) return { integer: text, scale: 0 };
  return { integer: text.slice(0, point) + text.slice(point + 1), scale: text.length - point - 1 };
}

/** A JSON column as the client gave it: parsed when text (undefined when not JSON). */
function parsed(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/** The distinct values kept by the query: a JSON array of distinct strings. @internal */
export function readDistinct(row: ResultRow, rowIndex: number, field: string): string[] {
  const value = row[field];
  if (value === null || value === undefined) return [];
  const list = parsed(value);
  if (
    !Array.isArray(list) ||
    list.some((item) => typeof item !== "string") ||
    new Set(list).size !== list.length
  ) {
    return badValue(rowIndex, field, SQL_EXPECTED.distinctList, value);
  }
  return list as string[];
}

const INTEGER = /^-?\d+$/;

/**
 * The rows a per-entity snapshot kept: a JSON array of [entity, epoch ms, index, value] arrays of
 * text, as the state's serialized entities (entities stay text: see docs/sql.md). @internal
 */
export function readEntityRows(
  row: ResultRow,
  rowIndex: number,
  field: string,
): [string, number, number, string][] {
  const value = row[field];
  if (value === null || value === undefined) return [];
  const list = parsed(value);
  const bad = (): never => badValue(rowIndex, field, SQL_EXPECTED.entityRows, value);
  if (!Array.isArray(list)) return bad();
  return list.map((entry: unknown): [string, number, number, string] => {
    if (!Array.isArray(entry) || entry.length !== 4) return bad();
    const [entity, time, index, amount] = entry as unknown[];
    if (
      typeof entity !== "string" ||
      typeof time !== "string" ||
      !INTEGER.test(time) ||
      typeof index !== "string" ||
      !INTEGER.test(index) ||
      typeof amount !== "string" ||
      !PLAIN_DECIMAL.test(amount)
    ) {
      return bad();
    }
    const epochMs = Number(time);
    const position = Number(index);
    if (!Number.isSafeInteger(epochMs) || !Number.isSafeInteger(position)) return bad();
    return [entity, epochMs, position, amount];
  });
}
