import { fail } from "../core/errors.js";
import { describe, SQL_EXPECTED } from "../core/messages.js";

/**
 * The SQL dialects `toSql` writes: DuckDB, and PostgreSQL (and engines that speak its dialect).
 *
 * @category SQL
 */
export type SqlDialect = "duckdb" | "postgres";

/** Checks a dialect. @internal */
export function checkDialect(dialect: unknown, subject: string): SqlDialect {
  if (dialect === "duckdb" || dialect === "postgres") return dialect;
  return fail({
    code: "invalid_option",
    subject,
    path: ["dialect"],
    where: "option dialect",
    expected: SQL_EXPECTED.dialect,
    received: describe(dialect),
  });
}

/** The longest identifier PostgreSQL keeps (NAMEDATALEN - 1 bytes). */
const POSTGRES_IDENTIFIER_BYTES = 63;

/** Checks and quotes an identifier, naming the caller in errors. @internal */
export function quoteFor(
  name: unknown,
  dialect: SqlDialect,
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
  if (dialect === "postgres" && new TextEncoder().encode(name).length > POSTGRES_IDENTIFIER_BYTES) {
    fail({
      code: "invalid_argument",
      subject,
      path,
      where,
      expected: SQL_EXPECTED.postgresIdentifier,
      received: describe(name),
    });
  }
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Quotes a column or table name for a dialect: in double quotes, with every double quote inside
 * doubled, so any name — `Order Date`, `"weird"; DROP TABLE x` — is one identifier, used exactly
 * as written (case included). PostgreSQL names longer than 63 bytes are refused, because
 * PostgreSQL would cut them and could then name a different column.
 *
 * @param name - The name.
 * @param dialect - `"duckdb"` or `"postgres"`.
 * @returns The quoted identifier.
 * @throws {KpiError} `invalid_argument` for an empty name, a NUL character or (PostgreSQL) a name
 * longer than 63 bytes; `invalid_option` for an unknown dialect.
 * @example
 * ```ts
 * import { quoteIdentifier } from "kinerja/sql";
 *
 * console.log(quoteIdentifier('"weird"; DROP TABLE x', "postgres"));
 * // """weird""; DROP TABLE x"
 * ```
 * @category SQL
 */
export function quoteIdentifier(name: string, dialect: SqlDialect): string {
  return quoteFor(name, checkDialect(dialect, "quoteIdentifier"), "quoteIdentifier", [], "name");
}
