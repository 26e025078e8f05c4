// Re-exports of the SQL layer: push the aggregation into DuckDB or PostgreSQL.
export { type ColumnReference, column, type SqlCondition, type SqlValue } from "./column.js";
export type { SqlColumn, ToSqlOptions } from "./plan.js";
export { quoteIdentifier, type SqlDialect } from "./quoteIdentifier.js";
export { seriesFromRows } from "./seriesFromRows.js";
export { type SqlParameter, type SqlQuery, type ToSqlDialectOptions, toSql } from "./toSql.js";
