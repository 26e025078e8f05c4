import { DuckDBInstance } from "@duckdb/node-api";
import type { SqlDialect, SqlParameter } from "../../src/sql/index.js";

// Real engines for the SQL tests: DuckDB and PGlite in process, and a PostgreSQL server through
// `pg` when KINERJA_PG_URL is set (and `pg` is installed). No mocks.

export type Row = Record<string, unknown>;

export interface Engine {
  readonly name: string;
  readonly dialect: SqlDialect;
  run(text: string, params?: readonly SqlParameter[] | readonly unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

export async function duckdbEngine(): Promise<Engine> {
  const instance = await DuckDBInstance.create(":memory:", { threads: "2" });
  const connection = await instance.connect();
  return {
    name: "duckdb",
    dialect: "duckdb",
    async run(text, params = []) {
      const reader = await connection.runAndReadAll(text, [...params] as never);
      return reader.getRowObjects() as Row[];
    },
    async close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
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
  return {
    name: "pglite",
    dialect: "postgres",
    async run(text, params = []) {
      return (await database.query<Row>(text, [...params])).rows;
    },
    async close() {
      await database.close();
    },
  };
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
  return {
    name: "postgres-server",
    dialect: "postgres",
    async run(text, params = []) {
      return (await client.query(text, [...params])).rows;
    },
    async close() {
      await client.query(`DROP SCHEMA "${schema}" CASCADE`, []);
      await client.end();
    },
  };
}

/** The engines available here: DuckDB and PGlite always, the server when configured. */
export async function allEngines(): Promise<{ engines: Engine[]; skipped: string[] }> {
  const engines = [await duckdbEngine(), await pgliteEngine()];
  const skipped: string[] = [];
  const server = await postgresServerEngine();
  if (typeof server === "string") skipped.push(`postgres-server: ${server}`);
  else engines.push(server);
  return { engines, skipped };
}

export interface ColumnSpec {
  readonly name: string;
  /** A type both dialects accept: TIMESTAMPTZ, DECIMAL(18,4), VARCHAR, BOOLEAN, INTEGER. */
  readonly type: string;
}

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** Creates a table and loads rows through parameters (never spliced). */
export async function loadTable(
  engine: Engine,
  table: string,
  columns: readonly ColumnSpec[],
  rows: readonly (readonly (string | number | boolean | null)[])[],
): Promise<void> {
  await engine.run(`DROP TABLE IF EXISTS ${quote(table)}`);
  await engine.run(
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
    await engine.run(`INSERT INTO ${quote(table)} VALUES ${tuples.join(", ")}`, params);
  }
}
