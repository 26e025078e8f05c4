import { SQL_EXPECTED } from "../messages.js";
import { STANDARD_SQL } from "./_standard.js";
import type { DialectDefinition, SqlParameter } from "./types.js";

/** PostgreSQL's integer and numeric types, as `pg_typeof` names them. */
const EXACT_TYPE = /^(?:smallint|integer|bigint|numeric)$/;

/** The longest identifier PostgreSQL keeps (NAMEDATALEN - 1 bytes). */
const IDENTIFIER_BYTES = 63;

/**
 * PostgreSQL (and engines speaking its dialect, such as PGlite): `$1` parameters (at most 65,535,
 * the protocol's 16-bit count), names of at most 63 bytes, `array_agg` for first and last,
 * layers of helper columns kept apart with `OFFSET 0`.
 * @internal
 */
export const POSTGRES = {
  ...STANDARD_SQL,
  name: "postgres",
  engine: "PostgreSQL",
  maxParameters: 65_535,
  // The planner pulls a plain subquery up into the query around it, substituting each helper
  // column's expression wherever it is read: nested layers then repeat their expressions many
  // times over (60 times slower on retail periods). OFFSET 0 keeps a subquery a step of its own.
  layerFence: " OFFSET 0",
  identifierProblem: (name: string): string | undefined =>
    new TextEncoder().encode(name).length > IDENTIFIER_BYTES
      ? SQL_EXPECTED.postgresIdentifier
      : undefined,
  divide: (dividend: string, divisor: number): string => `((${dividend}) / ${divisor})`,
  epochMilliseconds: (instant: string): string => `floor(extract(epoch FROM ${instant}) * 1000)`,
  distinctValues: (expression: string): string =>
    `to_json(array_agg(DISTINCT CAST(${expression} AS VARCHAR)) FILTER (WHERE ${expression} IS NOT NULL))`,
  // numeric has no fixed precision: the product of integers or numerics is exact and never wraps.
  sumOfSquares: (expression: string): string =>
    `sum(CAST(${expression} AS numeric) * CAST(${expression} AS numeric))`,
  jsonRows: (fields: readonly string[], condition: string): string =>
    `json_agg(json_build_array(${fields.map((field) => `CAST(${field} AS VARCHAR)`).join(", ")})) FILTER (WHERE ${condition})`,
  pick: (expression: string, order: readonly string[], latest: boolean): string =>
    `(array_agg(${expression} ORDER BY ${order.map((part) => (latest ? `${part} DESC` : part)).join(", ")}))[1]`,
  typeName: (aggregate: string): string => `CAST(pg_typeof(${aggregate}) AS VARCHAR)`,
  isExactType: (typeName: string): boolean => EXACT_TYPE.test(typeName),
} as const satisfies DialectDefinition<readonly SqlParameter[]>;
