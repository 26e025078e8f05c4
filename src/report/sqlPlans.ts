import { basename, resolve } from "node:path";
import type { AnyMeasure } from "../aggregate/index.js";
import { type Granularity, type Period, parsePeriod } from "../period/index.js";
import type { ToSqlOptions } from "../sql/index.js";
import { toCondition } from "./condition.js";
import type { LoadedSpec } from "./loadSpec.js";
import { measureShape, toMeasure } from "./measures.js";
import { groupColumn } from "./sourceColumns.js";
import type { SpecCondition, SpecSource } from "./types.js";

/** One query of a source: the toSql options and the spec measures it computes. @internal */
export interface SqlPlan {
  readonly source: string;
  readonly options: ToSqlOptions<Record<string, AnyMeasure>>;
}

/**
 * The table a database source's query reads: its table, or a view the command creates over a
 * file DuckDB reads or over a query (`kinerja_<source>`); a file source is read as a table named
 * after the source.
 *
 * @param name - The source's name.
 * @param source - The source.
 * @returns The table name.
 * @internal
 */
export function sqlTable(name: string, source: SpecSource): string {
  if ("duckdb" in source && source.duckdb.table !== undefined) return source.duckdb.table;
  if ("clickhouse" in source && source.clickhouse.table !== undefined)
    return source.clickhouse.table;
  if ("postgres" in source) return source.postgres.table;
  if ("file" in source) return name;
  return `kinerja_${name}`;
}

/**
 * The statement that creates the view of a DuckDB source over a file or a query, or undefined.
 *
 * @param name - The source's name.
 * @param source - The source.
 * @param dir - The spec's directory (files are relative to it).
 * @returns The statement, or undefined when the source is a table.
 * @internal
 */
export function duckdbView(name: string, source: SpecSource, dir: string): string | undefined {
  const quote = (text: string): string => `'${text.replaceAll("'", "''")}'`;
  const view = `"${sqlTable(name, source).replaceAll('"', '""')}"`;
  const file = "duckdb" in source ? source.duckdb.file : "file" in source ? source.file : undefined;
  if (file !== undefined) {
    const path = resolve(dir, file);
    const reader = /\.parquet$/i.test(path)
      ? "read_parquet"
      : /\.(ndjson|jsonl|json)$/i.test(path)
        ? "read_json_auto"
        : "read_csv";
    // CSV amounts are read as DECIMAL (DuckDB's sniffer would make 100.50 a DOUBLE, which
    // seriesFromRows rightly refuses to sum): the text is parsed exactly.
    const amounts = [
      ...new Set(
        Object.values(source.measures)
          .map(measureShape)
          .filter((shape) => ["sum", "mean", "min", "max"].includes(shape.kind))
          .map((shape) => shape.column as string),
      ),
    ];
    const types =
      reader === "read_csv" && amounts.length > 0
        ? `, types = {${amounts.map((column) => `${quote(column)}: 'DECIMAL(38, 10)'`).join(", ")}}`
        : "";
    return `CREATE OR REPLACE VIEW ${view} AS SELECT * FROM ${reader}(${quote(path)}${types})`;
  }
  if ("duckdb" in source && source.duckdb.query !== undefined) {
    return `CREATE OR REPLACE VIEW ${view} AS ${source.duckdb.query}`;
  }
  return undefined;
}

/**
 * The statement that creates the view of a ClickHouse source (chDB) over a file or a query, or
 * undefined for a table. A file is read with every column as text (no float ever holds an
 * amount: the amounts are converted from their text to Decimal(38, 10)), its date column parsed
 * as an instant (a date without an offset is wall time in the calendar's zone). A value that is
 * not a number or a date stops the query (ClickHouse's error), never becomes a silent NULL.
 *
 * @param name - The source's name.
 * @param source - The source.
 * @param dir - The spec's directory.
 * @param timeZone - The calendar's time zone.
 * @returns The statement, or undefined.
 * @internal
 */
export function clickhouseView(
  name: string,
  source: SpecSource,
  dir: string,
  timeZone: string,
): string | undefined {
  if (!("clickhouse" in source)) return undefined;
  const quote = (text: string): string =>
    `'${text.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;
  const identifier = (text: string): string =>
    `\`${text.replaceAll("\\", "\\\\").replaceAll("`", "\\`")}\``;
  const view = identifier(sqlTable(name, source));
  const { file, query } = source.clickhouse;
  if (file !== undefined) {
    const path = resolve(dir, file);
    const format = /\.parquet$/i.test(path)
      ? "Parquet"
      : /\.(ndjson|jsonl)$/i.test(path)
        ? "JSONEachRow"
        : "CSVWithNames";
    const date = identifier(typeof source.date === "string" ? source.date : source.date.column);
    const amounts = [
      ...new Set(
        Object.values(source.measures)
          .map(measureShape)
          .filter((shape) => ["sum", "mean", "min", "max"].includes(shape.kind))
          .map((shape) => identifier(shape.column as string)),
      ),
    ].map((column) => `, toDecimal128(toString(${column}), 10) AS ${column}`);
    return `CREATE OR REPLACE VIEW ${view} AS SELECT * REPLACE (parseDateTime64BestEffort(toString(${date}), 3, ${quote(timeZone)}) AS ${date}${amounts.join("")}) FROM file(${quote(path)}, '${format}') SETTINGS input_format_csv_use_best_effort_in_schema_inference = 0, input_format_json_read_numbers_as_strings = 1`;
  }
  if (query !== undefined) return `CREATE OR REPLACE VIEW ${view} AS ${query}`;
  return undefined;
}

const both = (
  a: SpecCondition | undefined,
  b: SpecCondition | undefined,
): SpecCondition | undefined => (a === undefined ? b : b === undefined ? a : { all: [a, b] });

/** Options of {@link sqlPlans}. @internal */
export interface SqlPlansOptions {
  /** Split by the spec's `groupBy` (when the source has the dimension). */
  readonly grouped?: boolean;
  /** Another granularity and range (the days of a period, for a projection). */
  readonly granularity?: Granularity;
  readonly range?: { readonly from: Period; readonly to: Period };
  /** Only these measures. */
  readonly only?: readonly string[];
}

/**
 * The queries of a source pushed into a database: one for the measures without their own
 * condition (with the source's `where`), and one per distinct `where` of a sum (a JavaScript
 * accessor cannot run in the database, so the condition becomes the query's `WHERE`).
 *
 * @param loaded - The checked spec.
 * @param name - The source's name.
 * @param options - Grouped, another granularity and range, some measures only.
 * @returns The plans, each with the toSql options.
 * @internal
 */
export function sqlPlans(
  loaded: LoadedSpec,
  name: string,
  options: SqlPlansOptions = {},
): SqlPlan[] {
  const { spec } = loaded;
  const source = spec.sources[name] as SpecSource;
  const group = options.grouped === true ? groupColumn(source, spec.groupBy) : undefined;
  const groups = new Map<
    string,
    { where: SpecCondition | undefined; measures: Record<string, AnyMeasure> }
  >();
  for (const [measureName, measure] of Object.entries(source.measures)) {
    // A conversion runs in process (the rate of each row's date): it has no SQL.
    if ("convertedSum" in measure || "customers" in measure) continue;
    if (options.only !== undefined && !options.only.includes(measureName)) continue;
    const own = "where" in measure ? measure.where : undefined;
    const key = own === undefined ? "" : JSON.stringify(own);
    const group = groups.get(key) ?? { where: both(source.where, own), measures: {} };
    group.measures[measureName] = toMeasure(measure, false, false);
    groups.set(key, group);
  }
  const date = typeof source.date === "string" ? source.date : source.date.column;
  const range =
    options.range ??
    (spec.range === undefined
      ? undefined
      : {
          from: parsePeriod(spec.range.from, spec.calendar),
          to: parsePeriod(spec.range.to, spec.calendar),
        });
  return [...groups.values()].map(({ where, measures }) => ({
    source: name,
    options: {
      table: sqlTable(name, source),
      date,
      granularity: options.granularity ?? spec.granularity ?? "month",
      ...(spec.calendar === undefined ? {} : { calendar: spec.calendar }),
      ...(group === undefined ? {} : { groupBy: group }),
      measures,
      ...(range === undefined ? {} : { range }),
      ...(where === undefined ? {} : { where: toCondition(where, false) }),
    },
  }));
}

/** The file name shown for a database source. @internal */
export function databaseLabel(name: string, source: SpecSource): string {
  if ("duckdb" in source) {
    const origin = source.duckdb.file ?? source.duckdb.table ?? name;
    return `duckdb:${basename(origin)}`;
  }
  if ("postgres" in source) return `postgres:${source.postgres.table}`;
  if ("clickhouse" in source) {
    const origin = source.clickhouse.file ?? source.clickhouse.table ?? name;
    return `clickhouse:${basename(origin)}`;
  }
  return name;
}
