import {
  type AnyMeasure,
  type CellData,
  countedDistinct,
  type GroupKey,
  isGroupKey,
  isIterable,
  type Measures,
  type Series,
  SeriesBuilder,
} from "../aggregate/internal.js";
import { fail } from "../core/errors.js";
import { describe } from "../core/messages.js";
import { sharedBucketer } from "../period/shared.js";
import { badValue, type ResultRow, ROWS_SUBJECT, readCount } from "./_rows.js";
import { SQL_DIALECTS } from "./dialects/index.js";
import { MEASURE_SQL } from "./measureSql.js";
import { SQL_EXPECTED, SQL_PLACE } from "./messages.js";
import { makePlan, type Plan, type PlannedMeasure, type ToSqlOptions } from "./plan.js";

const SUBJECT = ROWS_SUBJECT;

/**
 * The supported instants, worded for the message about invalid rows: the range DuckDB and
 * PostgreSQL share first, then each other range with its engines.
 */
function supportedRanges(): string {
  const iso = (epochMs: number): string => new Date(epochMs).toISOString().replace(".000Z", "Z");
  const ranges = new Map<string, string[]>();
  for (const dialect of Object.values(SQL_DIALECTS)) {
    const range = `from ${iso(dialect.instants.min)} up to (not including) ${iso(dialect.instants.max)}`;
    ranges.set(range, [...(ranges.get(range) ?? []), dialect.engine]);
  }
  return [...ranges]
    .map(([range, engines], index) =>
      index === 0 ? `${range} (${engines.join(", ")}` : `; ${engines.join(", ")}: ${range}`,
    )
    .join("")
    .concat(")");
}

/** Checks that a measured value was computed over an exact type (the `m<i>_type` column). */
function checkExactType(
  row: ResultRow,
  rowIndex: number,
  alias: string,
  planned: PlannedMeasure,
): void {
  const type = row[`${alias}_type`];
  const exact =
    typeof type === "string" &&
    Object.values(SQL_DIALECTS).some((dialect) => dialect.isExactType(type));
  if (!exact) {
    fail({
      code: "invalid_argument",
      subject: SUBJECT,
      path: ["rows", rowIndex, `${alias}_type`],
      where: SQL_PLACE.typeColumn(rowIndex, alias, planned.name, planned.column),
      expected: SQL_EXPECTED.exactType,
      received: describe(type),
    });
  }
}

/** The states of one result row, in measure order, each checked against the row's counts. */
function statesOfRow(
  plan: Plan,
  measures: readonly AnyMeasure[],
  row: ResultRow,
  rowIndex: number,
  records: number,
  bounds: readonly [number, number],
): unknown[] {
  const states = plan.measures.map((planned, m) => {
    const measure = measures[m] as AnyMeasure;
    const alias = `m${m}`;
    const kind = MEASURE_SQL[planned.kind];
    if (kind.typed) checkExactType(row, rowIndex, alias, planned);
    const state = kind.read({ plan, planned, measure, row, rowIndex, alias });
    if (
      measure.consistent !== undefined &&
      !measure.consistent(state, records, bounds[0], bounds[1])
    ) {
      badValue(
        rowIndex,
        `${alias}_value`,
        SQL_EXPECTED.consistentState(planned.kind),
        row[`${alias}_value`],
        `row ${rowIndex} (measure ${JSON.stringify(planned.name)}, record_count ${records})`,
      );
    }
    return state;
  });
  checkExtremes(plan, measures, states, row, rowIndex);
  return states;
}

/** A minimum above the maximum of the same column cannot come from one set of rows. */
function checkExtremes(
  plan: Plan,
  measures: readonly AnyMeasure[],
  states: readonly unknown[],
  row: ResultRow,
  rowIndex: number,
): void {
  plan.measures.forEach((low, l) => {
    if (low.kind !== "min") return;
    plan.measures.forEach((high, h) => {
      if (high.kind !== "max" || high.column !== low.column) return;
      const smallest = (measures[l] as AnyMeasure).finalize(states[l]);
      const largest = (measures[h] as AnyMeasure).finalize(states[h]);
      if (smallest !== null && largest !== null && smallest.greaterThan(largest)) {
        badValue(
          rowIndex,
          `m${l}_value`,
          SQL_EXPECTED.notAbove(`the maximum (measure ${JSON.stringify(high.name)})`),
          row[`m${l}_value`],
        );
      }
    });
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
 * Rows with a NULL in the date, group or a measure column, or an instant outside the dialect's
 * supported range, are not dropped silently: the query counts them (`invalid_count`) and this
 * function throws `invalid_record` for them. Measured values must come from integer or DECIMAL /
 * NUMERIC columns (`m<i>_type`): a floating-point sum or a text maximum is refused, never read as
 * exact. Each cell's states must be consistent with its `record_count` (a count or distinct count
 * not above it, no sum without values, first and last inside the period, a minimum not above the
 * maximum of the same column).
 *
 * @param rows - The result rows, as objects keyed by column name (any client: `@duckdb/node-api`'s
 * `getRowObjects()`, `pg`'s `rows`, PGlite's `rows`).
 * @param options - The same options given to `toSql` (an unknown option is refused).
 * @returns The series.
 * @throws {KpiError} `invalid_record` when the query counted invalid rows; `invalid_argument`
 * for rows that are not what `toSql` produces (an unknown period key, one outside `range`, a value
 * not in exact decimal text, a value of a floating-point or text column, states that contradict
 * the row's counts); `invalid_option` for an unknown option, and when
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
      ? (countedDistinct(planned.name, planned.measure) as unknown as AnyMeasure)
      : planned.measure,
  );
  const grouped = plan.group !== undefined;
  const { bucketer } = plan;
  const shared = sharedBucketer(plan.granularity, plan.calendar);
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
  const builder = new SeriesBuilder({
    subject: SUBJECT,
    measures: Object.fromEntries(
      plan.measures.map((planned, m) => [planned.name, measures[m]]),
    ) as unknown as M,
    bucketer,
    grouped,
    fill: plan.fill,
    range: plan.range,
  });
  let total = 0;
  list.forEach((raw, rowIndex) => {
    if (typeof raw !== "object" || raw === null) {
      badValue(rowIndex, "row", SQL_EXPECTED.row, raw, `row ${rowIndex}`);
    }
    const row = raw as ResultRow;
    const records = readCount(row, rowIndex, "record_count");
    const invalid = readCount(row, rowIndex, "invalid_count");
    const key = row.period_key;
    const group = grouped ? row.group_key : null;
    if (invalid > records) {
      badValue(rowIndex, "invalid_count", SQL_EXPECTED.invalidAtMostRecords, invalid);
    }
    if (invalid > 0 || key === null || (grouped && group === null)) {
      const count = Math.max(invalid, 1);
      fail({
        code: "invalid_record",
        subject: SUBJECT,
        path: ["rows", rowIndex],
        where: SQL_PLACE.row(rowIndex, describe(key), grouped ? describe(group) : undefined),
        expected: SQL_EXPECTED.validRows(supportedRanges()),
        received: SQL_EXPECTED.invalidRows(count),
      });
    }
    if (records === 0)
      badValue(rowIndex, "record_count", SQL_EXPECTED.recordCount, row.record_count);
    const ordinal = ordinalOfKey(key);
    if (ordinal === undefined) {
      badValue(rowIndex, "period_key", SQL_EXPECTED.periodKey, key);
      return;
    }
    if (plan.range !== null && (ordinal < plan.range[0] || ordinal > plan.range[1])) {
      badValue(rowIndex, "period_key", SQL_EXPECTED.periodInRange, key);
    }
    if (grouped && !isGroupKey(group)) {
      badValue(rowIndex, "group_key", SQL_EXPECTED.groupValue, group);
    }
    const position = grouped ? builder.addGroup(group as GroupKey) : 0;
    const cells = builder.row(ordinal);
    if (cells[position] !== undefined) {
      badValue(rowIndex, "period_key", SQL_EXPECTED.uniqueCell, key, `row ${rowIndex}`);
    }
    const bounds = [bucketer.startOf(ordinal), bucketer.startOf(ordinal + 1)] as const;
    const cell: CellData = {
      states: statesOfRow(plan, measures, row, rowIndex, records, bounds),
      records,
    };
    cells[position] = cell;
    total += records;
  });
  return builder.build({
    records: total,
    accepted: total,
    rejected: 0,
    outsideRange: 0,
    issues: [],
  });
}
