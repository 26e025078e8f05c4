import type { Measures } from "../aggregate/measure.js";
import { fail } from "../core/errors.js";
import { describe, SQL_EXPECTED } from "../core/messages.js";
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
 * column the query needs), and per measure `m<i>_value` plus `m<i>_count` (mean), `m<i>_time` and
 * `m<i>_index` (first and last).
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
 * console.log(query.params);
 * // [ 'Asia/Jakarta' ]
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

  // Outer: one row per (period, group).
  const text = (expression: string): string => `CAST(${expression} AS VARCHAR)`;
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
  const columns = ["period_anchor"];
  if (plan.group !== undefined) columns.push("row_group AS group_key");
  columns.push(`${text("count(*)")} AS record_count`);
  columns.push(
    `${text(`count(*) FILTER (WHERE ${needed.map((name) => `${name} IS NULL`).join(" OR ")})`)} AS invalid_count`,
  );
  plan.measures.forEach((measure, m) => {
    const value = `row_m${m}`;
    const alias = `m${m}`;
    switch (measure.kind) {
      case "sum":
        columns.push(`${text(`sum(${value})`)} AS ${alias}_value`);
        break;
      case "mean":
        columns.push(`${text(`sum(${value})`)} AS ${alias}_value`);
        columns.push(`${text(`count(${value})`)} AS ${alias}_count`);
        break;
      case "min":
      case "max":
        columns.push(`${text(`${measure.kind}(${value})`)} AS ${alias}_value`);
        break;
      case "count":
        columns.push(
          `${text(measure.column === undefined && measure.condition === undefined ? "count(*)" : `count(*) FILTER (WHERE ${value})`)} AS ${alias}_value`,
        );
        break;
      case "count_distinct":
        if (plan.distinct === "count") {
          columns.push(`${text(`count(DISTINCT ${value})`)} AS ${alias}_value`);
        } else {
          const list = dialect === "duckdb" ? "list" : "array_agg";
          columns.push(
            `${text(`to_json(${list}(DISTINCT ${text(value)}) FILTER (WHERE ${value} IS NOT NULL))`)} AS ${alias}_value`,
          );
        }
        break;
      default: {
        const latest = measure.kind === "last";
        columns.push(`${pick(text(value), value, latest)} AS ${alias}_value`);
        columns.push(`${text(epoch(`${latest ? "max" : "min"}(row_date)`))} AS ${alias}_time`);
        columns.push(
          `${plan.sequence === undefined ? "CAST('0' AS VARCHAR)" : pick(text("row_sequence"), value, latest)} AS ${alias}_index`,
        );
      }
    }
  });
  const grouping = plan.group === undefined ? "period_anchor" : "period_anchor, row_group";
  const grouped = `SELECT ${columns.join(", ")} FROM (${keyed}) AS keyed_rows GROUP BY ${grouping}`;
  // Last: the key of each group, and the result columns by name.
  const names = columns
    .slice(1)
    .map((expression) => expression.slice(expression.lastIndexOf(" AS ") + 4));
  const ordering = plan.group === undefined ? "period_key" : "period_key, group_key";
  return {
    text: `SELECT ${period.key("period_anchor")} AS period_key, ${names.join(", ")} FROM (${grouped}) AS grouped_rows ORDER BY ${ordering}`,
    params,
  };
}
