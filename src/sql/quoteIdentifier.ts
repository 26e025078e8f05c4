import { fail } from "../core/errors.js";
import { describe } from "../core/messages.js";
import {
  isSqlDialect,
  SQL_DIALECT_NAMES,
  SQL_DIALECTS,
  type SqlDialect,
} from "./dialects/index.js";
import type { DialectDefinition } from "./dialects/types.js";
import { SQL_EXPECTED, SQL_PLACE } from "./messages.js";

/** Checks a dialect name and returns its definition. @internal */
export function dialectNamed(dialect: unknown, subject: string): DialectDefinition<unknown> {
  if (isSqlDialect(dialect)) return SQL_DIALECTS[dialect];
  return fail({
    code: "invalid_option",
    subject,
    path: ["dialect"],
    where: SQL_PLACE.option("dialect"),
    expected: SQL_EXPECTED.dialect(SQL_DIALECT_NAMES),
    received: describe(dialect),
  });
}

/** Checks and quotes an identifier, naming the caller in errors. @internal */
export function quoteFor(
  name: unknown,
  dialect: DialectDefinition<unknown>,
  subject: string,
  path: readonly (string | number)[],
  where: string,
): string {
  if (typeof name !== "string" || name.length === 0 || name.includes("\u0000")) {
    return fail({
      code: "invalid_argument",
      subject,
      path,
      where,
      expected: SQL_EXPECTED.identifier,
      received: describe(name),
    });
  }
  const problem = dialect.identifierProblem(name);
  if (problem !== undefined) {
    fail({
      code: "invalid_argument",
      subject,
      path,
      where,
      expected: problem,
      received: describe(name),
    });
  }
  return dialect.quote(name);
}

/**
 * Quotes a column or table name for a dialect, so any name — `Order Date`,
 * `"weird"; DROP TABLE x` — is one identifier, used exactly as written (case included): in double
 * quotes with every double quote doubled (DuckDB, PostgreSQL), or in backquotes with every
 * backslash and backquote escaped by a backslash (ClickHouse). PostgreSQL names longer than 63
 * bytes are refused, because PostgreSQL would cut them and could then name a different column.
 *
 * @param name - The name.
 * @param dialect - `"duckdb"`, `"postgres"` or `"clickhouse"`.
 * @returns The quoted identifier.
 * @throws {KpiError} `invalid_argument` for an empty name, a NUL character or (PostgreSQL) a name
 * longer than 63 bytes; `invalid_option` for an unknown dialect.
 * @example
 * ```ts
 * import { quoteIdentifier } from "kinerja/sql";
 *
 * console.log(quoteIdentifier('"weird"; DROP TABLE x', "postgres"));
 * // """weird""; DROP TABLE x"
 * console.log(quoteIdentifier("it`s \\ odd", "clickhouse"));
 * // `it\`s \\ odd`
 * ```
 * @category SQL
 */
export function quoteIdentifier(name: string, dialect: SqlDialect): string {
  return quoteFor(name, dialectNamed(dialect, "quoteIdentifier"), "quoteIdentifier", [], "name");
}
