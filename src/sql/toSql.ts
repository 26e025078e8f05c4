import type { Measures } from "../aggregate/measure.js";
import { fail } from "../core/errors.js";
import { describe, SQL_EXPECTED } from "../core/messages.js";
import { MAX_INSTANT, MIN_INSTANT } from "../period/instant.js";
import type { ConditionNode } from "./column.js";
import { periodSql } from "./periodKeySql.js";
import { makePlan, type ToSqlOptions } from "./plan.js";
import { checkDialect, quoteFor, type SqlDialect } from "./quoteIdentifier.js";

/**
 * A query parameter: values always travel here, never in the query text.
 *
 * @category SQL
 */
export type SqlParameter = string | number | bigint | boolean;

/**
 * A parameterized query: `$1`, `$2`, … in `text`, their values in `params` (in order).
 *
 * @category SQL
 */
export interface SqlQuery {
  readonly text: string;
  readonly params: readonly SqlParameter[];
}

/**
 * Options of {@link toSql} that choose the SQL.
 *
 * @category SQL
 */
export interface ToSqlDialectOptions {
  /** `"duckdb"` or `"postgres"` (PostgreSQL and engines speaking its dialect). */
  readonly dialect: SqlDialect;
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
 * column the query needs, or an instant outside 0001-01-02T00:00Z to 9999-01-01T00:00Z), and per
 * measure `m<i>_value` plus `m<i>_type` (the engine's type of a measured value: `seriesFromRows`
 * refuses floating-point and text values), `m<i>_count` (mean), `m<i>_time` and `m<i>_index`
 * (first and last).
 *
 * @param options - The table, date column (TIMESTAMPTZ), granularity, calendar, optional groupBy,
 * the measures (reading columns by name or `column(...)`), and optional range, where, sequence and
 * distinct.
 * @param sql - The dialect.
 * @returns The query text and its parameters.
 * @throws {KpiError} `invalid_option` for a measure whose accessor is a JavaScript function (it
 * cannot run in the database) and for other bad options; `invalid_argument` for bad names;
 * calendar and granularity errors.
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
 * ```
 * @category SQL
 */
export function toSql<const M extends Measures>(
  options: ToSqlOptions<M>,
  sql: ToSqlDialectOptions,
): SqlQuery {
  if (typeof sql !== "object" || sql === null) {
    fail({
      code: "invalid_argument",
      subject: SUBJECT,
      path: ["dialect"],
      where: "second argument",
      expected: SQL_EXPECTED.options,
      received: describe(sql),
    });
  }
  const dialect = checkDialect(sql.dialect, SUBJECT);
  const plan = makePlan(SUBJECT, options);
  const params: SqlParameter[] = [];
  const add = (value: SqlParameter): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const quote = (name: string, path: (string | number)[], where: string): string =>
    quoteFor(name, dialect, SUBJECT, path, where);

  const table = plan.table
    .map((part, index) => quote(part, ["table", index], "option table"))
    .join(".");
  const condition = (node: ConditionNode, path: (string | number)[]): string => {
    switch (node.op) {
      case "compare":
        return `${quote(node.column, path, "column")} ${node.negated ? "<>" : "="} ${add(node.value)}`;
      case "in":
        return `${quote(node.column, path, "column")} IN (${node.values.map(add).join(", ")})`;
      case "null":
        return `${quote(node.column, path, "column")} IS ${node.negated ? "NOT " : ""}NULL`;
      case "and":
      case "or":
        return `(${condition(node.left, path)} ${node.op === "and" ? "AND" : "OR"} ${condition(node.right, path)})`;
      case "not":
        return `(NOT ${condition(node.operand, path)})`;
    }
  };

  // Innermost: the rows, with the columns the query needs under fixed names.
  const date = quote(plan.date, ["date"], "option date");
  const projection = [
    `${date} AS row_date`,
    `timezone(${add(plan.calendar.timeZone)}, ${date}) AS row_local`,
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
    if (measure.column !== undefined) {
      projection.push(
        `${quote(measure.column, ["measures", measure.name], `measure ${JSON.stringify(measure.name)}`)} AS row_m${m}`,
      );
      needed.push(`row_m${m}`);
    }
    if (measure.condition !== undefined) {
      projection.push(`(${condition(measure.condition, ["measures", measure.name])}) AS row_m${m}`);
    }
  });
  const filters: string[] = [];
  if (plan.where !== undefined) filters.push(condition(plan.where, ["where"]));
  if (plan.range !== null) {
    const from = new Date(plan.bucketer.startOf(plan.range[0])).toISOString();
    const to = new Date(plan.bucketer.startOf(plan.range[1] + 1)).toISOString();
    // A row without a date is not outside the range: it is invalid, and counted as such.
    filters.push(
      `(${date} IS NULL OR (${date} >= CAST(${add(from)} AS TIMESTAMPTZ) AND ${date} < CAST(${add(to)} AS TIMESTAMPTZ)))`,
    );
  }
  const source = `SELECT ${projection.join(", ")} FROM ${table}${filters.length === 0 ? "" : ` WHERE ${filters.join(" AND ")}`}`;

  // Middle: the anchor of each row's period (cheap to group by; the key string is built per group).
  const period = periodSql(plan.granularity, plan.calendar, dialect, add);
  const keyed = `SELECT ${period.anchor("row_local")} AS period_anchor, * FROM (${source}) AS source_rows`;

  // Outer: one row per (period, group). Each entry is an aggregate (in the grouping query) and
  // the result columns built from it (in the last query, which names them).
  const text = (expression: string): string => `CAST(${expression} AS VARCHAR)`;
  const typeName = (expression: string): string =>
    dialect === "duckdb" ? `typeof(${expression})` : `CAST(pg_typeof(${expression}) AS VARCHAR)`;
  const epoch = (expression: string): string =>
    dialect === "duckdb"
      ? `epoch_ms(${expression})`
      : `floor(extract(epoch FROM ${expression}) * 1000)`;
  const order = (value: string, descending: boolean): string => {
    const direction = descending ? " DESC" : "";
    const sequence = plan.sequence === undefined ? "" : `, row_sequence${direction}`;
    return `row_date${direction}${sequence}, ${value}${direction}`;
  };
  const pick = (expression: string, value: string, latest: boolean): string =>
    dialect === "duckdb"
      ? `${latest ? "last" : "first"}(${expression} ORDER BY ${order(value, false)})`
      : `(array_agg(${expression} ORDER BY ${order(value, latest)}))[1]`;
  /** Aggregates of the grouping query, and the result columns of the last query. */
  const aggregates: string[] = [];
  const results: string[] = [];
  /** A result column holding an aggregate as text. */
  const textColumn = (aggregate: string, name: string): void => {
    aggregates.push(`${text(aggregate)} AS ${name}`);
    results.push(name);
  };
  /**
   * A measured value: its aggregate as text, and the type of that aggregate, so `seriesFromRows`
   * can refuse values the engine did not compute exactly (a floating sum, a text maximum).
   */
  const valueColumn = (aggregate: string, alias: string): void => {
    aggregates.push(`${aggregate} AS ${alias}_raw`);
    results.push(
      `${text(`${alias}_raw`)} AS ${alias}_value`,
      `${typeName(`${alias}_raw`)} AS ${alias}_type`,
    );
  };
  if (plan.group !== undefined) {
    aggregates.push("row_group AS group_key");
    results.push("group_key");
  }
  textColumn("count(*)", "record_count");
  // Rows that cannot be aggregated as `aggregate` would: a NULL where a value is needed, or an
  // instant outside the years every period key can name (0001-01-02 to 9999-01-01, bounds as
  // parameters), which would otherwise give keys of the wrong year.
  const first = add(new Date(MIN_INSTANT).toISOString());
  const after = add(new Date(MAX_INSTANT).toISOString());
  const invalid = [
    ...needed.map((name) => `${name} IS NULL`),
    `row_date < CAST(${first} AS TIMESTAMPTZ)`,
    `row_date >= CAST(${after} AS TIMESTAMPTZ)`,
  ];
  textColumn(`count(*) FILTER (WHERE ${invalid.join(" OR ")})`, "invalid_count");
  plan.measures.forEach((measure, m) => {
    const value = `row_m${m}`;
    const alias = `m${m}`;
    switch (measure.kind) {
      case "sum":
        valueColumn(`sum(${value})`, alias);
        break;
      case "mean":
        valueColumn(`sum(${value})`, alias);
        textColumn(`count(${value})`, `${alias}_count`);
        break;
      case "min":
      case "max":
        valueColumn(`${measure.kind}(${value})`, alias);
        break;
      case "count":
        textColumn(
          measure.column === undefined && measure.condition === undefined
            ? "count(*)"
            : `count(*) FILTER (WHERE ${value})`,
          `${alias}_value`,
        );
        break;
      case "count_distinct":
        if (plan.distinct === "count") {
          textColumn(`count(DISTINCT ${value})`, `${alias}_value`);
        } else {
          const list = dialect === "duckdb" ? "list" : "array_agg";
          textColumn(
            `to_json(${list}(DISTINCT ${text(value)}) FILTER (WHERE ${value} IS NOT NULL))`,
            `${alias}_value`,
          );
        }
        break;
      default: {
        const latest = measure.kind === "last";
        valueColumn(pick(value, value, latest), alias);
        textColumn(epoch(`${latest ? "max" : "min"}(row_date)`), `${alias}_time`);
        if (plan.sequence === undefined) {
          aggregates.push(`CAST('0' AS VARCHAR) AS ${alias}_index`);
          results.push(`${alias}_index`);
        } else {
          textColumn(pick("row_sequence", value, latest), `${alias}_index`);
        }
      }
    }
  });
  const grouping = plan.group === undefined ? "period_anchor" : "period_anchor, row_group";
  const grouped = `SELECT period_anchor, ${aggregates.join(", ")} FROM (${keyed}) AS keyed_rows GROUP BY ${grouping}`;
  // Last: the key of each group, and the result columns by name.
  const ordering = plan.group === undefined ? "period_key" : "period_key, group_key";
  return {
    text: `SELECT ${period.key("period_anchor")} AS period_key, ${results.join(", ")} FROM (${grouped}) AS grouped_rows ORDER BY ${ordering}`,
    params,
  };
}
