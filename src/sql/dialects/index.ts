import { CLICKHOUSE } from "./clickhouse.js";
import { DUCKDB } from "./duckdb.js";
import { POSTGRES } from "./postgres.js";
import type { DialectDefinition } from "./types.js";

/**
 * The SQL dialects, one row each: a dialect is its file plus its line here. The dialect names,
 * the guard and the message listing them derive from this table. @internal
 */
export const SQL_DIALECTS = {
  duckdb: DUCKDB,
  postgres: POSTGRES,
  clickhouse: CLICKHOUSE,
} as const satisfies Record<string, DialectDefinition<unknown>>;

/**
 * The SQL dialects `toSql` writes: `"duckdb"`, `"postgres"` (PostgreSQL and engines that speak its
 * dialect) and `"clickhouse"` (ClickHouse 26 and chDB).
 *
 * @category SQL
 */
export type SqlDialect = keyof typeof SQL_DIALECTS;

/** Every dialect name, in the table's order. @internal */
export const SQL_DIALECT_NAMES = /* @__PURE__ */ Object.keys(SQL_DIALECTS) as readonly SqlDialect[];

/** Whether a value is a dialect name. @internal */
export function isSqlDialect(value: unknown): value is SqlDialect {
  return typeof value === "string" && Object.hasOwn(SQL_DIALECTS, value);
}

/**
 * The parameter list of a dialect's queries: an array for `$1` placeholders (DuckDB, PostgreSQL),
 * an object of named values for ClickHouse's `{p1:String}` placeholders.
 *
 * @category SQL
 */
export type SqlParametersOf<D extends SqlDialect> = ReturnType<
  (typeof SQL_DIALECTS)[D]["parameters"]
>;
