import { STANDARD_SQL } from "./_standard.js";
import type { DialectDefinition, SqlParameter } from "./types.js";

/** DuckDB's integer and fixed-point types, as `typeof` names them. */
const EXACT_TYPE =
  /^(?:TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|DECIMAL\(\d+,\d+\))$/;

/** DuckDB: `$1` parameters, `//` integer division, ordered `first`/`last` aggregates. @internal */
export const DUCKDB = {
  ...STANDARD_SQL,
  name: "duckdb",
  engine: "DuckDB",
  maxParameters: undefined,
  layerFence: "",
  identifierProblem: (): string | undefined => undefined,
  divide: (dividend: string, divisor: number): string => `((${dividend}) // ${divisor})`,
  epochMilliseconds: (instant: string): string => `epoch_ms(${instant})`,
  distinctValues: (expression: string): string =>
    `to_json(list(DISTINCT CAST(${expression} AS VARCHAR)) FILTER (WHERE ${expression} IS NOT NULL))`,
  // Multiplying by a HUGEINT 1 first widens the product to HUGEINT or DECIMAL(38, s) (an integer
  // square would overflow its own type); an overflow there is an error, never a wrap.
  sumOfSquares: (expression: string): string =>
    `sum(${expression} * (${expression} * CAST(1 AS HUGEINT)))`,
  jsonRows: (fields: readonly string[], condition: string): string =>
    `to_json(list([${fields.map((field) => `CAST(${field} AS VARCHAR)`).join(", ")}]) FILTER (WHERE ${condition}))`,
  pick: (expression: string, order: readonly string[], latest: boolean): string =>
    `${latest ? "last" : "first"}(${expression} ORDER BY ${order.join(", ")})`,
  typeName: (aggregate: string): string => `typeof(${aggregate})`,
  isExactType: (typeName: string): boolean => EXACT_TYPE.test(typeName),
} as const satisfies DialectDefinition<readonly SqlParameter[]>;
