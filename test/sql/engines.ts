import { DuckDBInstance } from "@duckdb/node-api";
import type { SqlDialect, SqlParameter } from "../../src/sql/index.js";

// Real engines for the SQL tests: DuckDB and PGlite in process, a PostgreSQL server through `pg`
// when KINERJA_PG_URL is set, ClickHouse in process through chDB when the `chdb` package is
// installed (npm install --no-save chdb@3.4.0, as .ci/run does), and a ClickHouse server through
// `@clickhouse/client` when KINERJA_CLICKHOUSE_URL is set. No mocks. An engine that is absent is
// skipped with its reason, unless KINERJA_REQUIRE_ENGINES=1 (set by .ci/run): then its absence
// fails the run, so a green CI means every engine ran.

export type Row = Record<string, unknown>;

/** A query's parameters: an array for `$1` placeholders, an object for ClickHouse's named ones. */
export type Parameters =
  | readonly SqlParameter[]
  | readonly unknown[]
  | Readonly<Record<string, unknown>>;

export interface Engine {
  readonly name: string;
  readonly dialect: SqlDialect;
  /** The schema (or database) that unqualified tables are created in. */
  readonly schema: string;
  run(text: string, params?: Parameters): Promise<Row[]>;
  /** Creates a table of these columns (types as in ColumnSpec) and loads the rows. */
  load(
    table: string,
    columns: readonly ColumnSpec[],
    rows: readonly (readonly (string | number | boolean | null)[])[],
  ): Promise<void>;
  close(): Promise<void>;
}

/** Whether an absent engine fails the run (CI) instead of being skipped. */
export const ENGINES_REQUIRED = process.env.KINERJA_REQUIRE_ENGINES === "1";

/** Skips an absent engine with its reason, or throws under KINERJA_REQUIRE_ENGINES=1. */
export function absent(name: string, reason: string): string {
  const message = `${name}: ${reason}`;
  if (ENGINES_REQUIRED) {
    throw new Error(`KINERJA_REQUIRE_ENGINES=1 but the engine is absent: ${message}`);
  }
  return message;
}

function asArray(params: Parameters | undefined): unknown[] {
  return params === undefined ? [] : Array.isArray(params) ? [...params] : Object.values(params);
}

export async function duckdbEngine(): Promise<Engine> {
  const instance = await DuckDBInstance.create(":memory:", { threads: "2" });
  const connection = await instance.connect();
  const engine: Engine = {
    name: "duckdb",
    dialect: "duckdb",
    schema: "main",
    async run(text, params) {
      const reader = await connection.runAndReadAll(text, asArray(params) as never);
      return reader.getRowObjects() as Row[];
    },
    load: (table, columns, rows) => loadStandard(engine.run, table, columns, rows),
    async close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
  return engine;
}

/** The part of PGlite used here (its own .d.ts needs DOM and Emscripten types this project does not load). */
interface PGliteLike {
  query<T>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
  close(): Promise<void>;
}

export async function pgliteEngine(): Promise<Engine> {
  const name = "@electric-sql/pglite";
  const { PGlite } = (await import(/* @vite-ignore */ name)) as {
    PGlite: new () => PGliteLike;
  };
  const database = new PGlite();
  const engine: Engine = {
    name: "pglite",
    dialect: "postgres",
    schema: "public",
    async run(text, params) {
      return (await database.query<Row>(text, asArray(params))).rows;
    },
    load: (table, columns, rows) => loadStandard(engine.run, table, columns, rows),
    async close() {
      await database.close();
    },
  };
  return engine;
}

/** A PostgreSQL server through `pg`, or the reason it is skipped. */
export async function postgresServerEngine(): Promise<Engine | string> {
  const url = process.env.KINERJA_PG_URL;
  if (url === undefined || url === "") return "KINERJA_PG_URL is not set";
  let module: { default?: unknown; Client?: unknown };
  try {
    const name = "pg";
    module = (await import(/* @vite-ignore */ name)) as typeof module;
  } catch {
    return "KINERJA_PG_URL is set but the `pg` module is not installed (npm install --no-save pg)";
  }
  const Client = ((module.default as { Client?: unknown } | undefined)?.Client ??
    module.Client) as new (options: {
    connectionString: string;
  }) => {
    connect(): Promise<void>;
    query(text: string, params: unknown[]): Promise<{ rows: Row[] }>;
    end(): Promise<void>;
  };
  const client = new Client({ connectionString: url });
  await client.connect();
  // Each run works in its own schema, dropped at the end.
  const schema = `kinerja_test_${process.pid}_${Date.now()}`;
  await client.query(`CREATE SCHEMA "${schema}"`, []);
  await client.query(`SET search_path TO "${schema}"`, []);
  const engine: Engine = {
    name: "postgres-server",
    dialect: "postgres",
    schema,
    async run(text, params) {
      return (await client.query(text, asArray(params))).rows;
    },
    load: (table, columns, rows) => loadStandard(engine.run, table, columns, rows),
    async close() {
      await client.query(`DROP SCHEMA "${schema}" CASCADE`, []);
      await client.end();
    },
  };
  return engine;
}

/** The part of chDB's Session used here. */
interface ChdbSession {
  query(text: string, format?: string): string;
  queryBind(text: string, params: object, format?: string): string;
  cleanup(): void;
}

/** ClickHouse in process (chDB), or the reason it is skipped. */
export async function clickhouseEngine(): Promise<Engine | string> {
  let module: { Session?: new () => ChdbSession };
  try {
    const name = "chdb";
    module = (await import(/* @vite-ignore */ name)) as typeof module;
  } catch {
    return "the `chdb` package is not installed (npm install --no-save chdb@3.4.0, as .ci/run does)";
  }
  const Session = module.Session as new () => ChdbSession;
  const session = new Session();
  const parse = (text: string): Row[] =>
    text
      .split("\n")
      .filter((line) => line.length > 0)
      .map((line) => JSON.parse(line) as Row);
  const engine: Engine = {
    name: "clickhouse-chdb",
    dialect: "clickhouse",
    schema: "default",
    async run(text, params) {
      const output =
        params === undefined || Array.isArray(params)
          ? session.query(text, "JSONEachRow")
          : session.queryBind(text, params as object, "JSONEachRow");
      return parse(output);
    },
    load: (table, columns, rows) => loadClickHouse(engine.run, table, columns, rows),
    async close() {
      session.cleanup();
    },
  };
  return engine;
}

/** The part of @clickhouse/client used here. */
interface ClickHouseClient {
  query(options: {
    query: string;
    query_params?: Record<string, unknown>;
    format: "JSONEachRow";
  }): Promise<{ json<T>(): Promise<T[]> }>;
  command(options: { query: string; query_params?: Record<string, unknown> }): Promise<unknown>;
  close(): Promise<void>;
}

/** A ClickHouse server through @clickhouse/client, or the reason it is skipped. */
export async function clickhouseServerEngine(): Promise<Engine | string> {
  const url = process.env.KINERJA_CLICKHOUSE_URL;
  if (url === undefined || url === "") return "KINERJA_CLICKHOUSE_URL is not set";
  let module: { createClient?: (options: { url: string; database?: string }) => ClickHouseClient };
  try {
    const name = "@clickhouse/client";
    module = (await import(/* @vite-ignore */ name)) as typeof module;
  } catch {
    return "KINERJA_CLICKHOUSE_URL is set but `@clickhouse/client` is not installed (npm install --no-save @clickhouse/client)";
  }
  const createClient = module.createClient as NonNullable<typeof module.createClient>;
  // Each run works in its own database, dropped at the end.
  const database = `kinerja_test_${process.pid}_${Date.now()}`;
  const admin = createClient({ url });
  await admin.command({ query: `CREATE DATABASE \`${database}\`` });
  const client = createClient({ url, database });
  const engine: Engine = {
    name: "clickhouse-server",
    dialect: "clickhouse",
    schema: database,
    async run(text, params) {
      const isObject = params !== undefined && !Array.isArray(params);
      if (!/^\s*SELECT/i.test(text)) {
        await client.command({
          query: text,
          ...(isObject ? { query_params: params as Record<string, unknown> } : {}),
        });
        return [];
      }
      const result = await client.query({
        query: text,
        format: "JSONEachRow",
        ...(isObject ? { query_params: params as Record<string, unknown> } : {}),
      });
      return result.json<Row>();
    },
    load: (table, columns, rows) => loadClickHouse(engine.run, table, columns, rows),
    async close() {
      await client.close();
      await admin.command({ query: `DROP DATABASE \`${database}\`` });
      await admin.close();
    },
  };
  return engine;
}

/**
 * The engines that may be absent, and whether CI requires them: the PostgreSQL server and chDB
 * are started or installed by .ci/run; a ClickHouse server is only used when one is configured.
 */
const OPTIONAL_ENGINES = [
  { name: "postgres-server", make: postgresServerEngine, required: true },
  { name: "clickhouse-chdb", make: clickhouseEngine, required: true },
  { name: "clickhouse-server", make: clickhouseServerEngine, required: false },
] as const;

/** Every engine name the suites know, in order. */
export const ENGINE_NAMES = [
  "duckdb",
  "pglite",
  ...OPTIONAL_ENGINES.map((engine) => engine.name),
] as const;

/** The engines available here: DuckDB and PGlite always, the others when present. */
export async function allEngines(): Promise<{ engines: Engine[]; skipped: string[] }> {
  const engines = [await duckdbEngine(), await pgliteEngine()];
  const skipped: string[] = [];
  for (const { name, make, required } of OPTIONAL_ENGINES) {
    const engine = await make();
    if (typeof engine !== "string") engines.push(engine);
    else if (required) skipped.push(absent(name, engine));
    else skipped.push(`${name}: ${engine}`);
  }
  return { engines, skipped };
}

export interface ColumnSpec {
  readonly name: string;
  /** A type both dialects accept: TIMESTAMPTZ, DECIMAL(18,4), VARCHAR, BOOLEAN, INTEGER. */
  readonly type: string;
}

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** Creates a table and loads rows through parameters (never spliced). */
export function loadTable(
  engine: Engine,
  table: string,
  columns: readonly ColumnSpec[],
  rows: readonly (readonly (string | number | boolean | null)[])[],
): Promise<void> {
  return engine.load(table, columns, rows);
}

/** ClickHouse's type for a column type of the tests (every column nullable, as in SQL). */
const CLICKHOUSE_TYPES: Record<string, string> = {
  TIMESTAMPTZ: "DateTime64(3, 'UTC')",
  "DECIMAL(18,4)": "Decimal(18, 4)",
  "DECIMAL(38,4)": "Decimal(38, 4)",
  VARCHAR: "String",
  BOOLEAN: "Bool",
  INTEGER: "Int32",
  BIGINT: "Int64",
  DOUBLE: "Float64",
  REAL: "Float32",
};

function clickhouseType(type: string): string {
  const mapped = CLICKHOUSE_TYPES[type];
  if (mapped === undefined) throw new Error(`no ClickHouse type for ${type} in the tests`);
  return `Nullable(${mapped})`;
}

const backquote = (name: string): string =>
  `\`${name.replaceAll("\\", "\\\\").replaceAll("`", "\\`")}\``;

/** A value as ClickHouse's parameter text of its type (instants as UTC wall time). */
function clickhouseValue(value: string | number | boolean | null, type: string): unknown {
  if (value === null) return null;
  if (type === "TIMESTAMPTZ") {
    return new Date(value as string).toISOString().replace("T", " ").replace("Z", "");
  }
  return value;
}

/** Creates a ClickHouse table (Memory engine) and loads rows through typed parameters. */
async function loadClickHouse(
  run: Engine["run"],
  table: string,
  columns: readonly ColumnSpec[],
  rows: readonly (readonly (string | number | boolean | null)[])[],
): Promise<void> {
  await run(`DROP TABLE IF EXISTS ${backquote(table)}`);
  await run(
    `CREATE TABLE ${backquote(table)} (${columns.map((c) => `${backquote(c.name)} ${clickhouseType(c.type)}`).join(", ")}) ENGINE = Memory`,
  );
  const chunk = 500;
  for (let start = 0; start < rows.length; start += chunk) {
    const part = rows.slice(start, start + chunk);
    const params: Record<string, unknown> = {};
    let next = 0;
    const tuples = part.map(
      (row) =>
        `(${row
          .map((value, index) => {
            const type = (columns[index] as ColumnSpec).type;
            const name = `v${next++}`;
            params[name] = clickhouseValue(value, type);
            return `{${name}:${clickhouseType(type)}}`;
          })
          .join(", ")})`,
    );
    await run(`INSERT INTO ${backquote(table)} VALUES ${tuples.join(", ")}`, params);
  }
}

async function loadStandard(
  run: Engine["run"],
  table: string,
  columns: readonly ColumnSpec[],
  rows: readonly (readonly (string | number | boolean | null)[])[],
): Promise<void> {
  await run(`DROP TABLE IF EXISTS ${quote(table)}`);
  await run(
    `CREATE TABLE ${quote(table)} (${columns.map((c) => `${quote(c.name)} ${c.type}`).join(", ")})`,
  );
  const chunk = 200;
  for (let start = 0; start < rows.length; start += chunk) {
    const part = rows.slice(start, start + chunk);
    const params: unknown[] = [];
    const tuples = part.map(
      (row) =>
        `(${row
          .map((value, index) => {
            params.push(value);
            return `CAST($${params.length} AS ${(columns[index] as ColumnSpec).type})`;
          })
          .join(", ")})`,
    );
    await run(`INSERT INTO ${quote(table)} VALUES ${tuples.join(", ")}`, params);
  }
}
