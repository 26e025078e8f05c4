/**
 * The words of the SQL layer (`toSql`, `seriesFromRows`, `column`, the dialects): what a value was
 * expected to be, keyed by a stable name. Validation code builds issue data and takes its wording
 * from here.
 *
 * @internal
 */

/** Expectations of the SQL layer (src/sql). @internal */
export const SQL_EXPECTED = {
  dialect: (names: readonly string[]): string => {
    const quoted = names.map((name) => JSON.stringify(name));
    return `one of ${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}`;
  },
  options: "an options object",
  knownOption: (names: readonly string[]): string =>
    `one of the options ${names.join(", ")} (onInvalid does not apply: the query counts rows it cannot aggregate, and seriesFromRows refuses them; leave them out with where or range)`,
  identifier: "a non-empty column or table name without NUL characters",
  postgresIdentifier:
    "a name of at most 63 bytes in UTF-8 (PostgreSQL cuts longer names, which could then name another column)",
  table: 'a table name, or an array of 1 to 3 name parts such as ["sales", "deals"]',
  column: 'a column name or column("name")',
  valueAccessor:
    'a column name or column("name"): a function accessor runs in JavaScript and cannot run in the database',
  countPredicate:
    'nothing (count every row), the name of a boolean column, or a condition such as column("stage").eq("won"): a function predicate runs in JavaScript and cannot run in the database',
  condition: 'a condition built with column(...), such as column("stage").eq("won")',
  value: "a string, a boolean, a safe integer or a bigint",
  values: "a non-empty array of strings, booleans, safe integers or bigints",
  clickhouseValue:
    "a bigint within the range of Int256 (ClickHouse parameters are typed; a larger integer has no type to travel as)",
  conditionDepth: (limit: number): string =>
    `a condition nested at most ${limit} levels deep (chains of the same .and() or .or() count as one level; engines refuse deeper SQL)`,
  parameterCount: (limit: number, dialect: string): string =>
    `at most ${limit} query parameters (the ${dialect} protocol numbers them in 16 bits): use fewer values in conditions, or put them in a table and join`,
  distinct: 'one of "values" (keep the distinct values, so rollups can recount) or "count"',
  rows: "an array or another iterable of result rows (objects)",
  row: "an object (one result row of the query toSql made)",
  periodKey: "a period key of the query's granularity, as toSql computes it",
  groupValue: "a string, a finite number, a bigint or a boolean (cast other group columns in SQL)",
  countText: "a non-negative integer (as text, a number or a bigint)",
  recordCount: "a positive integer (GROUP BY makes no group without rows)",
  decimalText: 'a decimal as text, such as "1234.5600" (cast numerics to VARCHAR)',
  distinctList: "a JSON array of distinct strings (the distinct values kept by the query)",
  integerText: "a safe integer (as text, a number or a bigint)",
  validRows: (range: string): string =>
    `no NULL in the date, group or measure columns, and instants ${range} (leave such rows out with where: column("name").isNotNull(), or with a range)`,
  invalidRows: (count: number): string =>
    `${count} ${count === 1 ? "row" : "rows"} with a NULL or an instant outside those years`,
  periodInRange:
    "a period within the option range (the query made for these options leaves the others out)",
  exactType:
    "a value of an integer or DECIMAL / NUMERIC column: floating-point (DOUBLE, REAL, FLOAT, Float32, Float64) and text columns are not aggregated exactly by the engine, so cast them in a view, such as CAST(amount AS DECIMAL(18, 4))",
  uniqueCell: "one row per period and group",
  mergeableDistinct:
    'a distinct count whose values were kept: this query counted them in the database (distinct: "count"), and distinct counts cannot be added up across periods; run toSql with distinct: "values" (the default) or query the coarser granularity directly',
  consistentState: (kind: string): string =>
    `a ${kind} state that the row's record_count of rows inside its period can give (a count or distinct count not above it, no sum or mean of no values, first and last instants inside the period)`,
  entityRows:
    "a JSON array of [entity, epoch milliseconds, index, value] arrays of text, one per entity (the rows kept by the query)",
  momentsSquares: 'a sum of squares as decimal text, such as "12.2500"',
  notAbove: (other: string): string => `a value not above ${other} of the same column`,
  invalidAtMostRecords: "an invalid_count at most the record_count of the row",
} as const;

/**
 * Errors that the query itself makes the engine raise (ClickHouse's `throwIf`). Each is written
 * into the SQL as a string literal, so none holds a quote, a backslash or a brace.
 * @internal
 */
export const SQL_ENGINE_ERROR = {
  decimalRange:
    "kinerja: a sum in this cell reaches the range of the ClickHouse Decimal(76, s) it adds in (10^38 for sum and mean, 10^(38 - S) for the squares of moments over a column of scale S), past which ClickHouse returns a wrong number: sum fewer rows per cell, or a scaled-down column",
} as const;

/** How a received value that is not a value reads. @internal */
export const SQL_RECEIVED = {
  countedDistinct: "a distinct count without its values",
  parameters: (count: number): string => `a query of ${count} parameters`,
  deepCondition: (limit: number): string => `a condition nested more than ${limit} levels deep`,
} as const;

/**
 * How a place reads where its path alone would not say it (a measure of the query, a row of the
 * result, an argument). The row places take the period and group already described. @internal
 */
export const SQL_PLACE = {
  measure: (name: string): string => `measure ${JSON.stringify(name)}`,
  measureOption: (name: string, option: string): string =>
    `measure ${JSON.stringify(name)} option ${option}`,
  typeColumn: (row: number, alias: string, measure: string, column: string | undefined): string =>
    `row ${row} column "${alias}_type" (measure ${JSON.stringify(measure)}, column ${JSON.stringify(column)})`,
  rowColumn: (row: number, column: string): string => `row ${row} column ${JSON.stringify(column)}`,
  row: (row: number, period: string, group: string | undefined): string =>
    `row ${row} (period ${period}${group === undefined ? "" : `, group ${group}`})`,
  option: (name: string): string => `option ${name}`,
  conditionIn: "in",
  secondArgument: "second argument",
  query: "the query",
} as const;
