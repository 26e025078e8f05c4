/**
 * A query parameter: values always travel here, never in the query text.
 *
 * @category SQL
 */
export type SqlParameter = string | number | bigint | boolean;

/**
 * What a parameter stands for, so a dialect with typed placeholders (ClickHouse's `{p1:String}`)
 * can type it: the time zone (`text`), a calendar setting (`integer`), a bound in epoch
 * milliseconds (`instant`), or a value a condition compares with (`value`, typed from its
 * JavaScript type). @internal
 */
export type ParameterRole = "text" | "integer" | "instant" | "value";

/**
 * One SQL dialect: everything `toSql` and `seriesFromRows` need that differs between engines, as
 * primitives the shared query builder assembles (periods in `periodKeySql.ts`, measures in
 * `measureSql.ts`). A new dialect is one file implementing this plus one line in the registry
 * (`dialects/index.ts`); the compiler names every member left to write. `P` is the form of the
 * parameter list the engine's clients take (an array for `$1`, an object for named parameters).
 * @internal
 */
export interface DialectDefinition<P> {
  /** The name users pass (`dialect: "…"`). */
  readonly name: string;
  /** The name of the engine in messages and docs. */
  readonly engine: string;
  /** The supported instants, epoch milliseconds: `min` inclusive, `max` exclusive; other rows are invalid. */
  readonly instants: { readonly min: number; readonly max: number };
  /** The most parameters one query may have, or `undefined` when the engine has no such limit. */
  readonly maxParameters: number | undefined;
  /** Text appended to the whole query (settings), or "". */
  readonly trailer: string;
  /**
   * Text appended to a subquery of helper columns (the retail year of a row) so the engine keeps
   * it a step of its own instead of substituting its expressions into the query around it (which
   * repeats them), or "".
   */
  readonly layerFence: string;

  /** Why a (non-empty, NUL-free) name cannot be an identifier here, or `undefined` when it can. */
  identifierProblem(name: string): string | undefined;
  /** The name as one quoted identifier. */
  quote(name: string): string;
  /** Why a value cannot travel as a parameter here, or `undefined` when it can. */
  valueProblem(value: SqlParameter): string | undefined;
  /** The placeholder of the parameter at `index` (0-based). */
  placeholder(index: number, value: SqlParameter, role: ParameterRole): string;
  /** How an instant travels as a parameter (with role `instant`). */
  instantValue(epochMs: number): SqlParameter;
  /** The parameter list in the form the engine's clients take. */
  parameters(values: readonly SqlParameter[]): P;

  /** Integer division of a non-negative integer expression by a positive constant. */
  divide(dividend: string, divisor: number): string;
  /** Remainder of a non-negative integer expression by a positive constant. */
  modulo(dividend: string, divisor: number): string;
  /** An expression as text. */
  text(expression: string): string;
  /** A non-negative integer expression as text, padded with zeros to `width`. */
  padded(expression: string, width: number): string;

  /** The instant column as the dialect's timestamp (millisecond precision or finer). */
  instant(column: string): string;
  /** The wall-clock timestamp of an instant in a zone (a parameter). */
  local(instant: string, zone: string): string;
  /** The calendar date of a wall-clock timestamp. */
  date(local: string): string;
  /** A date plus a number of days (an integer expression). */
  addDays(date: string, days: string): string;
  /** The year, month (1-12), day of month, day of week (0 = Sunday) or day of year (1-366), as an integer. */
  year(value: string): string;
  month(value: string): string;
  dayOfMonth(value: string): string;
  dayOfWeek(date: string): string;
  dayOfYear(date: string): string;
  /** Epoch milliseconds (an integer) of an instant expression. */
  epochMilliseconds(instant: string): string;
  /** A timestamp parameter (the placeholder of an `instant` parameter) as an instant. */
  instantParameter(placeholder: string): string;

  /** Rows where a condition is true (unknown is not counted). */
  countIf(condition: string): string;
  /** Non-null values of an expression. */
  count(expression: string): string;
  /** The exact sum of an integer or decimal expression. */
  sum(expression: string): string;
  /** The exact count of distinct non-null values. */
  countDistinct(expression: string): string;
  /** The distinct non-null values, as text, in one JSON array. */
  distinctValues(expression: string): string;
  /** The exact sum of the squares of an integer or decimal expression (widened: no product wraps). */
  sumOfSquares(expression: string): string;
  /**
   * The rows where `condition` holds, each a JSON array of the fields as text, in one JSON array
   * (NULL or `[]` when no row holds).
   */
  jsonRows(fields: readonly string[], condition: string): string;
  /** The value of `expression` in the first row by `order` (each ascending), or the last one. */
  pick(expression: string, order: readonly string[], latest: boolean): string;
  /**
   * The engine's name of the type of a measured value, given the aggregate and the value column
   * it aggregates (a dialect that widens sums checks the column's own type).
   */
  typeName(aggregate: string, column: string): string;
  /** Whether a type name (as `typeName` gives it) is an exact integer or decimal type. */
  isExactType(typeName: string): boolean;
}
