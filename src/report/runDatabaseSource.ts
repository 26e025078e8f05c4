import type { AnyMeasure, Series } from "../aggregate/index.js";
import { isKpiError, KpiError, makeIssue } from "../core/errors.js";
import { describe } from "../core/messages.js";
import { type SqlDialect, seriesFromRows, toSql } from "../sql/index.js";
import type { LoadedSpec } from "./loadSpec.js";
import * as REPORT_EXPECTED from "./messages.js";
import { clickhouseView, duckdbView, type SqlPlansOptions, sqlPlans } from "./sqlPlans.js";
import type { ClickhouseOrigin, DuckdbOrigin, PostgresOrigin, SpecSource } from "./types.js";

type Row = Record<string, unknown>;

/** A connection that runs one query and gives its rows. */
interface Runner {
  readonly dialect: SqlDialect;
  run(text: string, params: readonly unknown[] | Readonly<Record<string, unknown>>): Promise<Row[]>;
  close(): Promise<void>;
}

type DatabaseKind = "duckdb" | "postgres" | "clickhouse";

function missingClient(subject: string, kind: DatabaseKind, error: unknown): never {
  throw new KpiError([
    makeIssue({
      code: "invalid_option",
      subject,
      path: ["sources"],
      where: REPORT_EXPECTED.databaseSourcePlace(kind),
      expected: REPORT_EXPECTED.databaseSource(kind),
      received: describe((error as Error).message ?? error),
    }),
  ]);
}

async function importOptional(name: string): Promise<unknown> {
  return import(/* @vite-ignore */ name);
}

/** A URL given as is, or `${NAME}` read from the environment. */
function urlOf(subject: string, path: readonly (string | number)[], url: string): string {
  const variable = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/.exec(url)?.[1];
  const value = variable === undefined ? url : process.env[variable];
  if (value === undefined || value === "") {
    throw new KpiError([
      makeIssue({
        code: "invalid_option",
        subject,
        path,
        expected: REPORT_EXPECTED.environmentVariable(variable ?? ""),
        received: REPORT_EXPECTED.nothing,
      }),
    ]);
  }
  return value;
}

async function duckdbRunner(
  loaded: LoadedSpec,
  name: string,
  source: SpecSource & DuckdbOrigin,
): Promise<Runner> {
  let api: {
    DuckDBInstance: {
      create(path: string, options?: Record<string, string>): Promise<DuckDBInstanceLike>;
    };
  };
  try {
    api = (await importOptional("@duckdb/node-api")) as typeof api;
  } catch (error) {
    return missingClient(loaded.file, "duckdb", error);
  }
  const database =
    source.duckdb.database === undefined ? ":memory:" : `${loaded.dir}/${source.duckdb.database}`;
  const instance = await api.DuckDBInstance.create(database);
  const connection = await instance.connect();
  const view = duckdbView(name, source, loaded.dir);
  if (view !== undefined) await connection.run(view);
  return {
    dialect: "duckdb",
    async run(text, params) {
      const reader = await connection.runAndReadAll(text, [...(params as readonly unknown[])]);
      return reader.getRowObjects() as Row[];
    },
    async close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

async function postgresRunner(
  loaded: LoadedSpec,
  name: string,
  source: SpecSource & PostgresOrigin,
): Promise<Runner> {
  const url = urlOf(loaded.file, ["sources", name, "postgres", "url"], source.postgres.url);
  let pg: { default?: { Client: PgClientClass }; Client?: PgClientClass };
  try {
    pg = (await importOptional("pg")) as typeof pg;
  } catch (error) {
    return missingClient(loaded.file, "postgres", error);
  }
  const Client = (pg.Client ?? pg.default?.Client) as PgClientClass;
  const client = new Client({ connectionString: url });
  await client.connect();
  return {
    dialect: "postgres",
    async run(text, params) {
      return (await client.query(text, [...(params as readonly unknown[])])).rows;
    },
    async close() {
      await client.end();
    },
  };
}

/** Rows of ClickHouse's JSONEachRow output; a line that is not JSON is a KpiError at `path`. */
function jsonEachRow(text: string, subject: string, path: readonly (string | number)[]): Row[] {
  const rows: Row[] = [];
  for (const line of text.split("\n")) {
    if (line.length === 0) continue;
    try {
      rows.push(JSON.parse(line) as Row);
    } catch {
      throw new KpiError([
        makeIssue({
          code: "invalid_option",
          subject,
          path,
          expected: REPORT_EXPECTED.clickhouseRows,
          received: describe(line.slice(0, 300)),
        }),
      ]);
    }
  }
  return rows;
}

/** The message of a failure and of its cause (fetch's "fetch failed" says little alone). */
function failureOf(error: unknown): string {
  const cause = (error as { cause?: unknown } | null)?.cause;
  const causeText =
    cause === undefined || cause === null
      ? undefined
      : String((cause as { message?: unknown }).message ?? cause);
  return REPORT_EXPECTED.networkFailure(String((error as Error)?.message ?? error), causeText);
}

async function clickhouseRunner(
  loaded: LoadedSpec,
  name: string,
  source: SpecSource & ClickhouseOrigin,
): Promise<Runner> {
  const origin = source.clickhouse;
  if (origin.url !== undefined) {
    // A ClickHouse server over HTTP: the query in the body, its parameters as param_<name>. The
    // URL's user and password go in ClickHouse's headers (fetch refuses a URL with credentials),
    // and wait_end_of_query=1 makes an error during the query an HTTP error, not a 200 whose body
    // ends in an exception.
    const urlPath = ["sources", name, "clickhouse", "url"];
    const url = new URL(urlOf(loaded.file, urlPath, origin.url));
    const headers: Record<string, string> = {};
    if (url.username !== "") headers["X-ClickHouse-User"] = decodeURIComponent(url.username);
    if (url.password !== "") headers["X-ClickHouse-Key"] = decodeURIComponent(url.password);
    url.username = "";
    url.password = "";
    return {
      dialect: "clickhouse",
      async run(text, params) {
        const target = new URL(url);
        target.searchParams.set("default_format", "JSONEachRow");
        target.searchParams.set("wait_end_of_query", "1");
        for (const [key, value] of Object.entries(params))
          target.searchParams.set(`param_${key}`, String(value));
        let response: Response;
        let body: string;
        try {
          response = await fetch(target, { method: "POST", body: text, headers });
          body = await response.text();
        } catch (error) {
          throw new KpiError([
            makeIssue({
              code: "invalid_option",
              subject: loaded.file,
              path: urlPath,
              expected: REPORT_EXPECTED.clickhouseReachable(url.href),
              received: failureOf(error),
            }),
          ]);
        }
        if (!response.ok || response.headers.has("X-ClickHouse-Exception-Code")) {
          throw new KpiError([
            makeIssue({
              code: "invalid_option",
              subject: loaded.file,
              path: ["sources", name, "clickhouse"],
              expected: REPORT_EXPECTED.clickhouseAnswer,
              received: describe(body.slice(0, 300)),
            }),
          ]);
        }
        return jsonEachRow(body, loaded.file, ["sources", name, "clickhouse"]);
      },
      async close() {},
    };
  }
  // ClickHouse in process: chDB.
  let chdb: { Session: new (path?: string) => ChdbSession };
  try {
    chdb = (await importOptional("chdb")) as typeof chdb;
  } catch (error) {
    return missingClient(loaded.file, "clickhouse", error);
  }
  const path = ["sources", name, "clickhouse"];
  // chDB throws plain errors: each becomes a KpiError naming the source.
  const inProcess = (error: unknown): KpiError =>
    isKpiError(error)
      ? error
      : new KpiError([
          makeIssue({
            code: "invalid_option",
            subject: loaded.file,
            path,
            expected: REPORT_EXPECTED.clickhouseInProcess,
            received: String((error as Error)?.message ?? error).slice(0, 300),
          }),
        ]);
  let session: ChdbSession;
  try {
    session =
      origin.database === undefined
        ? new chdb.Session()
        : new chdb.Session(`${loaded.dir}/${origin.database}`);
  } catch (error) {
    throw inProcess(error);
  }
  const view = clickhouseView(name, source, loaded.dir, loaded.spec.calendar?.timeZone ?? "UTC");
  try {
    if (view !== undefined) session.query(view);
  } catch (error) {
    session.cleanup();
    throw inProcess(error);
  }
  return {
    dialect: "clickhouse",
    async run(text, params) {
      let answer: string;
      try {
        answer = session.queryBind(text, params as object, "JSONEachRow");
      } catch (error) {
        throw inProcess(error);
      }
      return jsonEachRow(answer, loaded.file, path);
    },
    async close() {
      session.cleanup();
    },
  };
}

/**
 * Runs the queries of a DuckDB, PostgreSQL or ClickHouse source (`toSql`, then `seriesFromRows`):
 * the aggregation happens in the database, and the series come back with the same period keys and
 * exact decimals. The clients are optional and loaded only here: `@duckdb/node-api`, `pg`, and
 * `chdb` for ClickHouse in process (a ClickHouse server with a `url` is reached over HTTP).
 *
 * @param loaded - The checked spec.
 * @param name - The source's name.
 * @param options - Grouped by the spec's `groupBy`, or another granularity and range.
 * @returns The series of each query.
 * @throws {KpiError} when the client is not installed, the URL's environment variable is unset, the
 * server cannot be reached, refuses a query or answers something other than rows, or chDB fails.
 * @internal
 */
export async function runDatabaseSource(
  loaded: LoadedSpec,
  name: string,
  options: SqlPlansOptions = {},
): Promise<Series<Record<string, AnyMeasure>>[]> {
  const source = loaded.spec.sources[name] as SpecSource;
  const plans = sqlPlans(loaded, name, options);
  if (plans.length === 0) return [];
  if ("file" in source) return [];
  const runner =
    "duckdb" in source
      ? await duckdbRunner(loaded, name, source)
      : "postgres" in source
        ? await postgresRunner(loaded, name, source)
        : await clickhouseRunner(loaded, name, source);
  try {
    const result: Series<Record<string, AnyMeasure>>[] = [];
    for (const plan of plans) {
      const query = toSql(plan.options, { dialect: runner.dialect } as { dialect: "duckdb" });
      const rows = await runner.run(query.text, query.params as readonly unknown[]);
      result.push(seriesFromRows(rows, plan.options));
    }
    return result;
  } finally {
    await runner.close();
  }
}

/** The part of chDB's Session used here. */
interface ChdbSession {
  query(text: string, format?: string): string;
  queryBind(text: string, params: object, format?: string): string;
  cleanup(): void;
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
