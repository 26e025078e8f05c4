// Re-exports of the SQL layer: push the aggregation into DuckDB, PostgreSQL or ClickHouse.
export { type ColumnReference, column, type SqlCondition, type SqlValue } from "./column.js";
export type { SqlDialect, SqlParametersOf } from "./dialects/index.js";
export type { SqlColumn, ToSqlOptions } from "./plan.js";
export { quoteIdentifier } from "./quoteIdentifier.js";
export { seriesFromRows } from "./seriesFromRows.js";
export { type SqlParameter, type SqlQuery, type ToSqlDialectOptions, toSql } from "./toSql.js";
