import type { AnyMeasure, Measure, Measures, SerializedState } from "../aggregate/measure.js";
import { checkFillSize, isIterable } from "../aggregate/options.js";
import {
  type CellData,
  compareGroups,
  type GroupKey,
  isGroupKey,
  makeSeries,
  type Series,
  type SeriesRow,
} from "../aggregate/series.js";
import { type Decimal, KDecimal } from "../core/decimal.js";
import { fail } from "../core/errors.js";
import { describe, SQL_EXPECTED } from "../core/messages.js";
import { sharedBucketer } from "../period/shared.js";
import type { Granularity } from "../period/types.js";
import { makePlan, type Plan, type PlannedMeasure, type ToSqlOptions } from "./plan.js";

const SUBJECT = "seriesFromRows";

/** The state of a distinct count whose values the query did not keep. */
interface CountedDistinctState {
  readonly kind: "count_distinct";
  readonly count: number;
  toJSON(): SerializedState;
}

function notAdditive(name: string): never {
  return fail({
    code: "not_additive",
    subject: SUBJECT,
    path: ["measures", name],
    where: `measure ${JSON.stringify(name)}`,
    expected: SQL_EXPECTED.mergeableDistinct,
    received: "a distinct count without its values",
  });
}

/**
 * A distinct count computed in the database (`distinct: "count"`): it reads as a value, but merging
 * it (rollup, totals, rolling windows, mergeSeries) or serializing it is a `not_additive` error,
 * because the values that would be needed to recount were not kept.
 */
function countedDistinct(name: string, original: AnyMeasure): Measure<CountedDistinctState> {
  const make = (count: number): CountedDistinctState => ({
    kind: "count_distinct",
    count,
    toJSON: () => notAdditive(name),
  });
  return {
    type: "measure",
    kind: "count_distinct",
    field: original.field,
    accessor: original.accessor,
    fill: "zero",
    empty: () => make(0),
    add: () => notAdditive(name),
    merge: () => notAdditive(name),
    finalize: (state): Decimal => new KDecimal(state.count),
    serialize: () => notAdditive(name),
    deserialize: () => notAdditive(name),
    reader: () => notAdditive(name),
    isState: (state): state is CountedDistinctState =>
      typeof state === "object" &&
      state !== null &&
      (state as { kind?: unknown }).kind === "count_distinct" &&
      Number.isSafeInteger((state as { count?: unknown }).count),
    mergeInto: () => notAdditive(name),
    clone: (state) => make(state.count),
  };
}

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * The types of aggregated values that are exact: integers and fixed-point decimals, as DuckDB's
 * `typeof` and PostgreSQL's `pg_typeof` name them. A floating-point value (summed by the engine in
 * binary floating point) or a text value (whose minimum and maximum are alphabetical) is not.
 */
const EXACT_TYPE =
  /^(?:TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|DECIMAL\(\d+,\d+\)|smallint|integer|bigint|numeric)$/;

function badValue(
  rowIndex: number,
  field: string,
  expected: string,
  value: unknown,
  where?: string,
): never {
  return fail({
    code: "invalid_argument",
    subject: SUBJECT,
    path: ["rows", rowIndex, field],
    where: where ?? `row ${rowIndex} column ${JSON.stringify(field)}`,
    expected,
    received: describe(value),
  });
}

function readInteger(
  row: Record<string, unknown>,
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

function readCount(row: Record<string, unknown>, rowIndex: number, field: string): number {
  return readInteger(row, rowIndex, field, false);
}

/** Checks that a measured value was computed over an exact type (the `m<i>_type` column). */
function checkExactType(
  row: Record<string, unknown>,
  rowIndex: number,
  alias: string,
  planned: PlannedMeasure,
): void {
  const type = row[`${alias}_type`];
  if (typeof type !== "string" || !EXACT_TYPE.test(type)) {
    fail({
      code: "invalid_argument",
      subject: SUBJECT,
      path: ["rows", rowIndex, `${alias}_type`],
      where: `row ${rowIndex} column "${alias}_type" (measure ${JSON.stringify(planned.name)}, column ${JSON.stringify(planned.column)})`,
      expected: SQL_EXPECTED.exactType,
      received: describe(type),
    });
  }
}

function readDecimalText(
  row: Record<string, unknown>,
  rowIndex: number,
  field: string,
): string | null {
  const value = row[field];
  if (value === null || value === undefined) return null;
  if (typeof value !== "string" || !PLAIN_DECIMAL.test(value)) {
    return badValue(rowIndex, field, SQL_EXPECTED.decimalText, value);
  }
  return value;
}

/** A plain decimal text as an exact sum state's parts. */
function sumParts(text: string | null): { integer: string; scale: number; decimal: null } {
  if (text === null) return { integer: "0", scale: 0, decimal: null };
  const point = text.indexOf(".");
  if (point === -1) return { integer: text, scale: 0, decimal: null };
  return {
    integer: text.slice(0, point) + text.slice(point + 1),
    scale: text.length - point - 1,
    decimal: null,
  };
}

function readDistinct(row: Record<string, unknown>, rowIndex: number, field: string): string[] {
  const value = row[field];
  if (value === null || value === undefined) return [];
  let list: unknown = value;
  if (typeof value === "string") {
    try {
      list = JSON.parse(value);
    } catch {
      list = undefined;
    }
  }
  if (!Array.isArray(list) || list.some((item) => typeof item !== "string")) {
    return badValue(rowIndex, field, SQL_EXPECTED.distinctList, value);
  }
  return list as string[];
}

/** The states of one result row, in measure order. */
function statesOfRow(
  plan: Plan,
  measures: readonly AnyMeasure[],
  row: Record<string, unknown>,
  rowIndex: number,
): unknown[] {
  return plan.measures.map((planned: PlannedMeasure, m) => {
    const measure = measures[m] as AnyMeasure;
    const field = `m${m}_value`;
    if (planned.kind !== "count" && planned.kind !== "count_distinct") {
      checkExactType(row, rowIndex, `m${m}`, planned);
    }
    switch (planned.kind) {
      case "sum":
        return measure.deserialize({
          kind: "sum",
          ...sumParts(readDecimalText(row, rowIndex, field)),
        });
      case "mean":
        return measure.deserialize({
          kind: "mean",
          ...sumParts(readDecimalText(row, rowIndex, field)),
          count: readCount(row, rowIndex, `m${m}_count`),
        });
      case "count":
        return measure.deserialize({ kind: "count", count: readCount(row, rowIndex, field) });
      case "count_distinct":
        if (plan.distinct === "count") {
          return measure.clone({ kind: "count_distinct", count: readCount(row, rowIndex, field) });
        }
        return measure.deserialize({
          kind: "count_distinct",
          strings: readDistinct(row, rowIndex, field),
          numbers: [],
          bigints: [],
        });
      case "min":
      case "max":
        return measure.deserialize({
          kind: planned.kind,
          value: readDecimalText(row, rowIndex, field),
        });
      default: {
        const value = readDecimalText(row, rowIndex, field);
        if (value === null) return measure.empty();
        const time = readInteger(row, rowIndex, `m${m}_time`, true);
        const index = readInteger(row, rowIndex, `m${m}_index`, true);
        return measure.deserialize({ kind: planned.kind, value, time, index });
      }
    }
  });
}

/**
 * Turns the rows of a query made by `toSql` into a {@link Series} — the same type `aggregate`
 * returns — so rollups, comparisons, `metricSeries`, `evaluateSeries` and `mergeSeries` work on
 * it, and its keys join with in-process series and targets. Decimals are read from their text
 * exactly; distinct counts keep their values (unless the query used `distinct: "count"`, in which
 * case merging that measure is a `not_additive` error); periods and groups are filled as in
 * `aggregate` (option `fill`, default `true`).
 *
 * Rows with a NULL in the date, group or a measure column, or an instant outside the supported
 * years, are not dropped silently: the query counts them (`invalid_count`) and this function
 * throws `invalid_record` for them. Measured values must come from integer or DECIMAL / NUMERIC
 * columns (`m<i>_type`): a floating-point sum or a text maximum is refused, never read as exact.
 *
 * @param rows - The result rows, as objects keyed by column name (any client: `@duckdb/node-api`'s
 * `getRowObjects()`, `pg`'s `rows`, PGlite's `rows`).
 * @param options - The same options given to `toSql`.
 * @returns The series.
 * @throws {KpiError} `invalid_record` when the query counted invalid rows; `invalid_argument`
 * for rows that are not what `toSql` produces (an unknown period key, one outside `range`, a value
 * not in exact decimal text, a value of a floating-point or text column); `invalid_option` when
 * filling would create more than 1,000,000 cells (give a range, or `fill: false`); the option
 * errors of `toSql`.
 * @example
 * ```ts
 * import { count, sum } from "kinerja";
 * import { seriesFromRows } from "kinerja/sql";
 *
 * const options = {
 *   table: "deals",
 *   date: "closed_at",
 *   granularity: "month",
 *   measures: { revenue: sum("amount"), deals: count() },
 * } as const;
 * // What the query returned (for example from DuckDB or PostgreSQL):
 * const rows = [
 *   { period_key: "2025-01", record_count: "2", invalid_count: "0", m0_value: "150.5000", m0_type: "DECIMAL(38,4)", m1_value: "2" },
 *   { period_key: "2025-03", record_count: "1", invalid_count: "0", m0_value: "0.1000", m0_type: "DECIMAL(38,4)", m1_value: "1" },
 * ];
 * const series = seriesFromRows(rows, options);
 * console.log(series.cells.map((cell) => `${cell.period.key} ${cell.values.revenue} ${cell.values.deals}`));
 * // [ '2025-01 150.5 2', '2025-02 0 0', '2025-03 0.1 1' ]
 * ```
 * @category SQL
 */
export function seriesFromRows<const M extends Measures>(
  rows: Iterable<Record<string, unknown>> | ArrayLike<Record<string, unknown>>,
  options: ToSqlOptions<M>,
): Series<M> {
  const plan = makePlan(SUBJECT, options);
  const list: unknown[] | undefined = Array.isArray(rows)
    ? rows
    : isIterable(rows)
      ? [...rows]
      : undefined;
  if (list === undefined) return badValue(0, "rows", SQL_EXPECTED.rows, rows, "rows");
  const measures: AnyMeasure[] = plan.measures.map((planned) =>
    planned.kind === "count_distinct" && plan.distinct === "count"
      ? countedDistinct(planned.name, planned.measure)
      : planned.measure,
  );
  const grouped = plan.group !== undefined;
  const { bucketer, granularity } = plan;
  const shared = sharedBucketer(granularity, plan.calendar);
  // A key counts only when it reads back to itself within the supported years (so a key the
  // engine built from a year it could not write in four digits is refused, not misfiled).
  const ordinalOfKey = (key: unknown): number | undefined => {
    if (typeof key !== "string") return undefined;
    let ordinal: number | undefined;
    try {
      ordinal = shared.scheme.ordinalOfKey(key);
    } catch {
      return undefined;
    }
    return ordinal !== undefined &&
      ordinal >= shared.minOrdinal &&
      ordinal <= shared.maxOrdinal &&
      shared.scheme.keyOf(ordinal) === key
      ? ordinal
      : undefined;
  };
  const byOrdinal = new Map<number, Map<GroupKey | null, CellData>>();
  const groupSet = new Map<unknown, GroupKey>();
  let total = 0;
  list.forEach((raw, rowIndex) => {
    if (typeof raw !== "object" || raw === null) {
      badValue(rowIndex, "row", SQL_EXPECTED.row, raw, `row ${rowIndex}`);
    }
    const row = raw as Record<string, unknown>;
    const records = readCount(row, rowIndex, "record_count");
    const invalid = readCount(row, rowIndex, "invalid_count");
    const key = row.period_key;
    const group = grouped ? row.group_key : null;
    if (invalid > 0 || key === null || (grouped && group === null)) {
      const count = Math.max(invalid, 1);
      fail({
        code: "invalid_record",
        subject: SUBJECT,
        path: ["rows", rowIndex],
        where: `row ${rowIndex} (period ${describe(key)}${grouped ? `, group ${describe(group)}` : ""})`,
        expected: SQL_EXPECTED.validRows,
        received: SQL_EXPECTED.invalidRows(count),
      });
    }
    const ordinal = ordinalOfKey(key);
    if (ordinal === undefined) {
      return badValue(rowIndex, "period_key", SQL_EXPECTED.periodKey, key);
    }
    if (plan.range !== null && (ordinal < plan.range[0] || ordinal > plan.range[1])) {
      badValue(rowIndex, "period_key", SQL_EXPECTED.periodInRange, key);
    }
    if (grouped && !isGroupKey(group)) {
      badValue(rowIndex, "group_key", SQL_EXPECTED.groupValue, group);
    }
    const groupKey = grouped ? ((group as GroupKey) === 0 ? 0 : (group as GroupKey)) : null;
    if (groupKey !== null && !groupSet.has(groupKey)) groupSet.set(groupKey, groupKey);
    let cells = byOrdinal.get(ordinal);
    if (cells === undefined) {
      cells = new Map();
      byOrdinal.set(ordinal, cells);
    }
    if (cells.has(groupKey)) {
      badValue(rowIndex, "period_key", SQL_EXPECTED.uniqueCell, key, `row ${rowIndex}`);
    }
    cells.set(groupKey, { states: statesOfRow(plan, measures, row, rowIndex), records });
    total += records;
  });

  const groups = [...groupSet.values()].sort(compareGroups);
  const positions: (GroupKey | null)[] = grouped ? groups : [null];
  let ordinals = [...byOrdinal.keys()].sort((a, b) => a - b);
  if (plan.fill) {
    const low = plan.range === null ? ordinals[0] : plan.range[0];
    const high = plan.range === null ? ordinals[ordinals.length - 1] : plan.range[1];
    ordinals = [];
    if (low !== undefined && high !== undefined) {
      checkFillSize(SUBJECT, bucketer, low, high, positions.length);
      for (let ordinal = low; ordinal <= high; ordinal++) ordinals.push(ordinal);
    }
  }
  const seriesRows: SeriesRow[] = ordinals.map((ordinal) => {
    const cells = byOrdinal.get(ordinal);
    return {
      ordinal,
      period: bucketer.period(ordinal),
      cells: positions.map(
        (group) =>
          cells?.get(group) ??
          (plan.fill
            ? { states: measures.map((measure) => measure.empty()), records: 0 }
            : undefined),
      ),
    };
  });
  return makeSeries({
    granularity: granularity as Granularity,
    calendar: plan.calendar,
    measures: Object.fromEntries(
      plan.measures.map((planned, m) => [planned.name, measures[m]]),
    ) as unknown as M,
    grouped,
    filled: plan.fill,
    groups: grouped ? groups : [],
    rows: seriesRows,
    report: { records: total, accepted: total, rejected: 0, outsideRange: 0, issues: [] },
  });
}
