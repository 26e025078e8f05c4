import type { Measures } from "../aggregate/internal.js";
import { fail } from "../core/errors.js";
import { describe } from "../core/messages.js";
import { conditionSql } from "./conditionSql.js";
import type { SqlDialect, SqlParametersOf } from "./dialects/index.js";
import type { ParameterRole, SqlParameter } from "./dialects/types.js";
import { MEASURE_SQL } from "./measureSql.js";
import { SQL_EXPECTED, SQL_PLACE, SQL_RECEIVED } from "./messages.js";
import { type PeriodColumns, periodSql } from "./periodKeySql.js";
import { makePlan, type ToSqlOptions } from "./plan.js";
import { dialectNamed, quoteFor } from "./quoteIdentifier.js";

export type { SqlParameter } from "./dialects/types.js";

/**
 * A parameterized query: the text, and its parameters in the form the dialect's clients take —
 * an array for `$1`, `$2`, … (DuckDB, PostgreSQL), an object of named values for ClickHouse's
 * typed `{p1:String}` placeholders.
 *
 * @category SQL
 */
export interface SqlQuery<P = readonly SqlParameter[]> {
  readonly text: string;
  readonly params: P;
}

/**
 * Options of {@link toSql} that choose the SQL.
 *
 * @category SQL
 */
export interface ToSqlDialectOptions<D extends SqlDialect = SqlDialect> {
  /** `"duckdb"`, `"postgres"` (PostgreSQL and engines speaking its dialect) or `"clickhouse"`. */
  readonly dialect: D;
}

const SUBJECT = "toSql";

/**
 * Writes one parameterized SQL query that aggregates a table the way `aggregate` aggregates
 * records: the same measures, periods cut in the calendar's time zone and fiscal year, and the same
 * period keys (`2025-03`, `2025-W11`, `FY2025-Q1`, …), so the result joins with in-process series
 * and targets by key. Run it with your client and turn the rows into a `Series` with
 * `seriesFromRows` (same options).
 *
 * Every value — time zone, calendar settings, range bounds, condition values — is a parameter
 * (`$1`, `$2`, …); identifiers are quoted for the dialect, so hostile names cannot change the
 * query. Numbers come back as text (exact decimals, never doubles). Result columns:
 * `period_key`, `group_key` (when grouped), `record_count`, `invalid_count` (rows with a NULL in a
 * column the query needs, or an instant outside the dialect's range: 0001-01-02T00:00Z to
 * 9999-01-01T00:00Z for DuckDB and PostgreSQL, 1900-01-01T00:00Z to 2300-01-01T00:00Z for
 * ClickHouse), and per
 * measure `m<i>_value` plus `m<i>_type` (the engine's type of a measured value: `seriesFromRows`
 * refuses floating-point and text values), `m<i>_count` (mean, moments), `m<i>_squares`
 * (moments), `m<i>_time` and `m<i>_index` (first and last); for a per-entity snapshot,
 * `m<i>_value` is the JSON array of each entity's kept row.
 *
 * @param options - The table, date column (TIMESTAMPTZ), granularity, calendar, optional groupBy,
 * the measures (reading columns by name or `column(...)`), and optional range, where, sequence and
 * distinct.
 * @param sql - The dialect: `{ dialect: "duckdb" }`, `"postgres"` or `"clickhouse"`.
 * @returns The query text and its parameters (an array, or for ClickHouse an object of named values).
 * @throws {KpiError} `invalid_option` for a measure whose accessor is a JavaScript function (it
 * cannot run in the database) and for other bad options; `invalid_argument` for bad names;
 * calendar and granularity errors; `invalid_option` for an unknown option (such as `onInvalid`),
 * a condition nested too deep, or (PostgreSQL) more than 65,535 parameters.
 * @example
 * ```ts
 * import { count, sum } from "kinerja";
 * import { toSql } from "kinerja/sql";
 *
 * const query = toSql(
 *   {
 *     table: ["sales", "deals"],
 *     date: "closed_at",
 *     granularity: "month",
 *     calendar: { timeZone: "Asia/Jakarta" },
 *     measures: { revenue: sum("amount"), deals: count() },
 *   },
 *   { dialect: "postgres" },
 * );
 * // The zone, then the bounds of the supported instants:
 * console.log(query.params);
 * // [
 * //   'Asia/Jakarta',
 * //   '0001-01-02T00:00:00.000Z',
 * //   '9999-01-01T00:00:00.000Z'
 * // ]
 * console.log(query.text.includes('FROM "sales"."deals"'), query.text.includes("Asia"));
 * // true false
 * const clickhouse = toSql(
 *   { table: "deals", date: "closed_at", granularity: "month", measures: { deals: count() } },
 *   { dialect: "clickhouse" },
 * );
 * console.log(clickhouse.params);
 * // { p1: 'UTC', p2: -2208988800000, p3: 10413792000000 }
 * console.log(clickhouse.text.includes("toTimeZone(toDateTime64(`closed_at`, 3), {p1:String})"));
 * // true
 * ```
 * @category SQL
 */
export function toSql<const M extends Measures, const D extends SqlDialect>(
  options: ToSqlOptions<M>,
  sql: ToSqlDialectOptions<D>,
): SqlQuery<SqlParametersOf<D>> {
  if (typeof sql !== "object" || sql === null) {
    fail({
      code: "invalid_argument",
      subject: SUBJECT,
      path: ["dialect"],
      where: SQL_PLACE.secondArgument,
      expected: SQL_EXPECTED.options,
      received: describe(sql),
    });
  }
  const dialect = dialectNamed(sql.dialect, SUBJECT);
  const plan = makePlan(SUBJECT, options);
  const values: SqlParameter[] = [];
  const add = (value: SqlParameter, role: ParameterRole): string => {
    values.push(value);
    return dialect.placeholder(values.length - 1, value, role);
  };
  const quote = (name: string, path: (string | number)[], where: string): string =>
    quoteFor(name, dialect, SUBJECT, path, where);
  const instant = (epochMs: number): string =>
    dialect.instantParameter(add(dialect.instantValue(epochMs), "instant"));

  const table = plan.table
    .map((part, index) => quote(part, ["table", index], "option table"))
    .join(".");
  const condition = (node: Parameters<typeof conditionSql>[0], path: (string | number)[]): string =>
    conditionSql(node, {
      subject: SUBJECT,
      path,
      quote: (column) => quote(column, path, "column"),
      value: (value) => {
        const problem = dialect.valueProblem(value);
        if (problem !== undefined) {
          fail({
            code: "invalid_option",
            subject: SUBJECT,
            path,
            expected: problem,
            received: describe(value),
          });
        }
        return add(value, "value");
      },
    });

  // Innermost: the rows, with the columns the query needs under fixed names.
  const date = quote(plan.date, ["date"], "option date");
  const projection = [
    `${dialect.instant(date)} AS row_date`,
    `${dialect.local(dialect.instant(date), add(plan.calendar.timeZone, "text"))} AS row_local`,
  ];
  const needed = ["row_date"];
  if (plan.group !== undefined) {
    projection.push(`${quote(plan.group, ["groupBy"], "option groupBy")} AS row_group`);
    needed.push("row_group");
  }
  if (plan.sequence !== undefined) {
    projection.push(`${quote(plan.sequence, ["sequence"], "option sequence")} AS row_sequence`);
    needed.push("row_sequence");
  }
  plan.measures.forEach((measure, m) => {
    const where = `measure ${JSON.stringify(measure.name)}`;
    if (measure.column !== undefined) {
      projection.push(`${quote(measure.column, ["measures", measure.name], where)} AS row_m${m}`);
      needed.push(`row_m${m}`);
    }
    if (measure.entity !== undefined) {
      projection.push(
        `${quote(measure.entity, ["measures", measure.name, "entity"], where)} AS row_m${m}_entity`,
      );
      needed.push(`row_m${m}_entity`);
    }
    if (measure.condition !== undefined) {
      projection.push(`(${condition(measure.condition, ["measures", measure.name])}) AS row_m${m}`);
    }
  });
  const filters: string[] = [];
  if (plan.where !== undefined) filters.push(condition(plan.where, ["where"]));
  if (plan.range !== null) {
    const from = plan.bucketer.startOf(plan.range[0]);
    const to = plan.bucketer.startOf(plan.range[1] + 1);
    // A row without a date is not outside the range: it is invalid, and counted as such.
    filters.push(`(${date} IS NULL OR (${date} >= ${instant(from)} AND ${date} < ${instant(to)}))`);
  }
  const source = `SELECT ${projection.join(", ")} FROM ${table}${filters.length === 0 ? "" : ` WHERE ${filters.join(" AND ")}`}`;

  // Middle: the anchor of each row's period (cheap to group by; the key string is built per group).
  const period = periodSql(plan.granularity, plan.calendar, dialect, add);
  const prepared = layered(
    source,
    period.rowLayers("row_local"),
    "period_rows",
    dialect.layerFence,
  );
  const keyed = `SELECT ${period.anchor("row_local")} AS period_anchor, * FROM (${prepared}) AS source_rows`;

  // Outer: one row per (period, group). Each entry is an aggregate (in the grouping query) and
  // the result columns built from it (in the last query, which names them).
  const aggregates: string[] = [];
  const results: string[] = [];
  // Columns computed over the rows before grouping (the per-entity snapshots' ranks).
  const windows: string[] = [];
  const text = (aggregate: string, name: string): void => {
    aggregates.push(`${dialect.text(aggregate)} AS ${name}`);
    results.push(name);
  };
  if (plan.group !== undefined) {
    aggregates.push("row_group AS group_key");
    results.push("group_key");
  }
  text("count(*)", "record_count");
  // Rows that cannot be aggregated as `aggregate` would: a NULL where a value is needed, or an
  // instant outside the dialect's supported range (bounds as parameters), which would otherwise
  // give keys of the wrong year.
  const first = instant(dialect.instants.min);
  const after = instant(dialect.instants.max);
  const invalid = [
    ...needed.map((name) => `${name} IS NULL`),
    `row_date < ${first}`,
    `row_date >= ${after}`,
  ];
  text(dialect.countIf(invalid.join(" OR ")), "invalid_count");
  plan.measures.forEach((planned, m) => {
    const value = `row_m${m}`;
    const alias = `m${m}`;
    MEASURE_SQL[planned.kind].write({
      dialect,
      plan,
      planned,
      value,
      alias,
      text,
      // A measured value: its aggregate as text, and the engine's type of it, so
      // `seriesFromRows` can refuse values the engine did not compute exactly.
      measured: (aggregate) => {
        aggregates.push(
          `${dialect.text(aggregate)} AS ${alias}_value`,
          `${dialect.typeName(aggregate, value)} AS ${alias}_type`,
        );
        results.push(`${alias}_value`, `${alias}_type`);
      },
      typed: (aggregate) => {
        aggregates.push(`${dialect.typeName(aggregate, value)} AS ${alias}_type`);
        results.push(`${alias}_type`);
      },
      window: (expression, name) => {
        windows.push(`${expression} AS ${name}`);
      },
    });
  });
  if (dialect.maxParameters !== undefined && values.length > dialect.maxParameters) {
    fail({
      code: "invalid_option",
      subject: SUBJECT,
      path: ["where"],
      where: SQL_PLACE.query,
      expected: SQL_EXPECTED.parameterCount(dialect.maxParameters, dialect.engine),
      received: SQL_RECEIVED.parameters(values.length),
    });
  }
  const grouping = plan.group === undefined ? "period_anchor" : "period_anchor, row_group";
  const ranked =
    windows.length === 0 ? keyed : `SELECT ${windows.join(", ")}, * FROM (${keyed}) AS ranked_rows`;
  const grouped = `SELECT period_anchor, ${aggregates.join(", ")} FROM (${ranked}) AS keyed_rows GROUP BY ${grouping}`;
  // Last: the key of each group, and the result columns by name.
  const ordering = plan.group === undefined ? "period_key" : "period_key, group_key";
  const keyLayers = period.keyLayers("period_anchor");
  const keying = layered(grouped, keyLayers, "period_groups", dialect.layerFence);
  return {
    text: `SELECT ${period.key("period_anchor")} AS period_key, ${results.join(", ")} FROM (${keying}) AS grouped_rows ORDER BY ${ordering}${dialect.trailer}`,
    params: dialect.parameters(values) as SqlParametersOf<D>,
  };
}

/**
 * A query wrapped in one `SELECT` per layer of helper columns, each adding its columns to all of
 * the query's (`*`), so a later layer, and the query around, can read them; each layer ends with
 * the dialect's fence, which keeps the engine from substituting its expressions into the next.
 */
function layered(
  query: string,
  layers: readonly PeriodColumns[],
  name: string,
  fence: string,
): string {
  return layers.reduce(
    (inner, columns, index) =>
      `SELECT ${columns.map(([alias, expression]) => `${expression} AS ${alias}`).join(", ")}, * FROM (${inner}) AS ${name}_${index + 1}${fence}`,
    query,
  );
}
