import type { AnyMeasure, Series } from "../aggregate/index.js";
import { KpiError, makeIssue } from "../core/errors.js";
import { describe } from "../core/messages.js";
import { seriesFromRows, toSql } from "../sql/index.js";
import type { LoadedSpec } from "./loadSpec.js";
import * as REPORT_EXPECTED from "./messages.js";
import { duckdbView, sqlPlans } from "./sqlPlans.js";
import type { SpecSource } from "./types.js";

type Row = Record<string, unknown>;

function missingClient(subject: string, kind: "duckdb" | "postgres", error: unknown): never {
  throw new KpiError([
    makeIssue({
      code: "invalid_option",
      subject,
      path: ["sources"],
      where: `the ${kind} source`,
      expected: REPORT_EXPECTED.databaseSource(kind),
      received: describe((error as Error).message ?? error),
    }),
  ]);
}

async function importOptional(name: string): Promise<unknown> {
  return import(/* @vite-ignore */ name);
}

/**
 * Runs the queries of a DuckDB or PostgreSQL source (`toSql`, then `seriesFromRows`): the
 * aggregation happens in the database, and the series come back with the same period keys and
 * exact decimals. The clients are optional: `@duckdb/node-api` and `pg` are loaded only here.
 *
 * @param loaded - The checked spec.
 * @param name - The source's name.
 * @returns The series of each query.
 * @throws {KpiError} when the client is not installed or the URL's environment variable is unset.
 * @internal
 */
export async function runDatabaseSource(
  loaded: LoadedSpec,
  name: string,
): Promise<Series<Record<string, AnyMeasure>>[]> {
  const source = loaded.spec.sources[name] as SpecSource;
  const subject = loaded.file;
  const plans = sqlPlans(loaded, name);
  if ("duckdb" in source) {
    let api: {
      DuckDBInstance: {
        create(path: string, options?: Record<string, string>): Promise<DuckDBInstanceLike>;
      };
    };
    try {
      api = (await importOptional("@duckdb/node-api")) as typeof api;
    } catch (error) {
      return missingClient(subject, "duckdb", error);
    }
    const database =
      source.duckdb.database === undefined ? ":memory:" : `${loaded.dir}/${source.duckdb.database}`;
    const instance = await api.DuckDBInstance.create(database);
    const connection = await instance.connect();
    try {
      const view = duckdbView(name, source, loaded.dir);
      if (view !== undefined) await connection.run(view);
      const result: Series<Record<string, AnyMeasure>>[] = [];
      for (const plan of plans) {
        const query = toSql(plan.options, { dialect: "duckdb" });
        const reader = await connection.runAndReadAll(query.text, [...query.params]);
        result.push(seriesFromRows(reader.getRowObjects() as Row[], plan.options));
      }
      return result;
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  }
  if ("postgres" in source) {
    const variable = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/.exec(source.postgres.url)?.[1];
    const url = variable === undefined ? source.postgres.url : process.env[variable];
    if (url === undefined || url === "") {
      throw new KpiError([
        makeIssue({
          code: "invalid_option",
          subject,
          path: ["sources", name, "postgres", "url"],
          expected: REPORT_EXPECTED.environmentVariable(variable ?? ""),
          received: "nothing",
        }),
      ]);
    }
    let pg: { default?: { Client: PgClientClass }; Client?: PgClientClass };
    try {
      pg = (await importOptional("pg")) as typeof pg;
    } catch (error) {
      return missingClient(subject, "postgres", error);
    }
    const Client = (pg.Client ?? pg.default?.Client) as PgClientClass;
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const result: Series<Record<string, AnyMeasure>>[] = [];
      for (const plan of plans) {
        const query = toSql(plan.options, { dialect: "postgres" });
        const { rows } = await client.query(query.text, [...query.params]);
        result.push(seriesFromRows(rows, plan.options));
      }
      return result;
    } finally {
      await client.end();
    }
  }
  return [];
}

interface DuckDBInstanceLike {
  connect(): Promise<{
    run(sql: string): Promise<unknown>;
    runAndReadAll(sql: string, params: unknown[]): Promise<{ getRowObjects(): unknown[] }>;
    closeSync(): void;
  }>;
  closeSync(): void;
}

type PgClientClass = new (options: {
  connectionString: string;
}) => {
  connect(): Promise<unknown>;
  query(text: string, params: unknown[]): Promise<{ rows: Row[] }>;
  end(): Promise<unknown>;
};
