import { basename, resolve } from "node:path";
import type { AnyMeasure } from "../aggregate/index.js";
import { parsePeriod } from "../period/index.js";
import type { ToSqlOptions } from "../sql/index.js";
import { toCondition } from "./condition.js";
import type { LoadedSpec } from "./loadSpec.js";
import { toMeasure } from "./measures.js";
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
    return `CREATE OR REPLACE VIEW ${view} AS SELECT * FROM ${reader}(${quote(path)})`;
  }
  if ("duckdb" in source && source.duckdb.query !== undefined) {
    return `CREATE OR REPLACE VIEW ${view} AS ${source.duckdb.query}`;
  }
  return undefined;
}

const both = (
  a: SpecCondition | undefined,
  b: SpecCondition | undefined,
): SpecCondition | undefined => (a === undefined ? b : b === undefined ? a : { all: [a, b] });

/**
 * The queries of a source pushed into a database: one for the measures without their own
 * condition (with the source's `where`), and one per distinct `where` of a sum (a JavaScript
 * accessor cannot run in the database, so the condition becomes the query's `WHERE`).
 *
 * @param loaded - The checked spec.
 * @param name - The source's name.
 * @returns The plans, each with the toSql options.
 * @internal
 */
export function sqlPlans(loaded: LoadedSpec, name: string): SqlPlan[] {
  const { spec } = loaded;
  const source = spec.sources[name] as SpecSource;
  const groups = new Map<
    string,
    { where: SpecCondition | undefined; measures: Record<string, AnyMeasure> }
  >();
  for (const [measureName, measure] of Object.entries(source.measures)) {
    const own = "where" in measure ? measure.where : undefined;
    const key = own === undefined ? "" : JSON.stringify(own);
    const group = groups.get(key) ?? { where: both(source.where, own), measures: {} };
    group.measures[measureName] = toMeasure(measure, false, false);
    groups.set(key, group);
  }
  const date = typeof source.date === "string" ? source.date : source.date.column;
  const range =
    spec.range === undefined
      ? undefined
      : {
          from: parsePeriod(spec.range.from, spec.calendar),
          to: parsePeriod(spec.range.to, spec.calendar),
        };
  return [...groups.values()].map(({ where, measures }) => ({
    source: name,
    options: {
      table: sqlTable(name, source),
      date,
      granularity: spec.granularity ?? "month",
      ...(spec.calendar === undefined ? {} : { calendar: spec.calendar }),
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
  return name;
}
