import { unreachable } from "../../core/unreachable.js";
import { SQL_ENGINE_ERROR, SQL_EXPECTED } from "../messages.js";
import type { DialectDefinition, ParameterRole, SqlParameter } from "./types.js";

/** ClickHouse's integer and decimal types, as `toTypeName` names them (Nullable or not). */
const EXACT_TYPE = /^(?:Nullable\()?(?:U?Int(?:8|16|32|64|128|256)|Decimal\(\d+, ?\d+\))\)?$/;

const INT64 = 2n ** 63n;
const INT256 = 2n ** 255n;

/** The ClickHouse type a value travels as. */
function valueType(value: SqlParameter): string {
  switch (typeof value) {
    case "string":
      return "String";
    case "boolean":
      return "Bool";
    case "number":
      return "Int64";
    case "bigint":
      return value >= -INT64 && value < INT64 ? "Int64" : "Int256";
    default:
      return unreachable(value, "parameter value");
  }
}

function typeOf(value: SqlParameter, role: ParameterRole): string {
  switch (role) {
    case "text":
      return "String";
    case "integer":
      return "Int32";
    case "instant":
      return "Int64";
    case "value":
      return valueType(value);
    default:
      return unreachable(role, "parameter role");
  }
}

/**
 * The sum of `term` (a `Decimal(76, s)` expression) over the group, or an engine error where that
 * sum could be wrong. ClickHouse checks no Decimal256 overflow ("Overflow Checks" in the docs of its
 * Decimal type; measured on chDB 3.4, with `decimal_check_overflow` at its default 1 or at 0): a
 * conversion (`toDecimal256` of 6 × 10^38), a product and a sum's accumulator all wrap modulo
 * 2^256 units silently. So the group's `magnitude` (|x| for a sum, x² for a sum of squares,
 * computed from the column in Float64, which does not wrap) is added up beside it, and `throwIf`
 * stops the query when that reaches 10^(76 - s), the documented range of `Decimal(76, s)`, s read
 * from the sum's type. Every term and every partial sum is then below 10^(76 - s) × (1 + n × 2^-53)
 * over n rows, far from the 2^255 / 10^s (about 5.8 × 10^(76 - s)) where the accumulator wraps.
 * The guard adds 0: the sum's value and type do not change. A float column's term is Float64 (no
 * scale read, so the bound is 10^76); `seriesFromRows` refuses such columns anyway.
 */
function guardedSum(term: string, magnitude: string): string {
  const total = `sum(${term})`;
  const scale = `toUInt8OrZero(extract(toTypeName(${total}), '([0-9]+)[)]+$'))`;
  return `(${total} + throwIf(sum(${magnitude}) >= exp10(76 - ${scale}), '${SQL_ENGINE_ERROR.decimalRange}'))`;
}

/**
 * ClickHouse (26.x; also through chDB): typed `{p1:String}` parameters sent as an object,
 * backquoted identifiers, instants as `DateTime64(3)` and periods by integer arithmetic on
 * `toYear`/`toMonth`/`toDate32` of `toTimeZone` (the start-of-period functions clamp to
 * 1970–2149), non-negative `intDiv`, exact `uniqExact` distinct counts, and sums in
 * `Decimal(76, 38)` so no integer or Decimal128 sum wraps, each guarded by `guardedSum` so that a
 * sum past that type's range is an engine error, never a wrapped number. The supported instants are
 * DateTime64's documented range, 1900-01-01T00:00:00Z up to (not including) 2300-01-01T00:00:00Z.
 * `prefer_column_name_to_alias` keeps a column named like one of the query's aliases a column.
 * @internal
 */
export const CLICKHOUSE = {
  name: "clickhouse",
  engine: "ClickHouse",
  instants: { min: Date.UTC(1900, 0, 1), max: Date.UTC(2300, 0, 1) },
  maxParameters: undefined,
  trailer: " SETTINGS prefer_column_name_to_alias = 1",
  layerFence: "",
  identifierProblem: (): string | undefined => undefined,
  quote: (name: string): string => `\`${name.replaceAll("\\", "\\\\").replaceAll("`", "\\`")}\``,
  valueProblem: (value: SqlParameter): string | undefined =>
    typeof value === "bigint" && (value < -INT256 || value >= INT256)
      ? SQL_EXPECTED.clickhouseValue
      : undefined,
  placeholder: (index: number, value: SqlParameter, role: ParameterRole): string =>
    `{p${index + 1}:${typeOf(value, role)}}`,
  instantValue: (epochMs: number): SqlParameter => epochMs,
  parameters: (values: readonly SqlParameter[]): Readonly<Record<string, SqlParameter>> =>
    Object.fromEntries(values.map((value, index) => [`p${index + 1}`, value])),
  divide: (dividend: string, divisor: number): string => `intDiv(${dividend}, ${divisor})`,
  modulo: (dividend: string, divisor: number): string => `((${dividend}) % ${divisor})`,
  text: (expression: string): string => `toString(${expression})`,
  padded: (expression: string, width: number): string =>
    `leftPad(toString(${expression}), ${width}, '0')`,
  instant: (column: string): string => `toDateTime64(${column}, 3)`,
  local: (instant: string, zone: string): string => `toTimeZone(${instant}, ${zone})`,
  date: (local: string): string => `toDate32(${local})`,
  addDays: (date: string, days: string): string => `addDays(${date}, ${days})`,
  year: (value: string): string => `toInt32(toYear(${value}))`,
  month: (value: string): string => `toInt32(toMonth(${value}))`,
  dayOfMonth: (value: string): string => `toInt32(toDayOfMonth(${value}))`,
  dayOfWeek: (date: string): string => `toInt32(toDayOfWeek(${date}, 2))`,
  dayOfYear: (date: string): string => `toInt32(toDayOfYear(${date}))`,
  epochMilliseconds: (instant: string): string => `toUnixTimestamp64Milli(${instant})`,
  instantParameter: (placeholder: string): string =>
    `fromUnixTimestamp64Milli(${placeholder}, 'UTC')`,
  countIf: (condition: string): string => `countIf(${condition})`,
  count: (expression: string): string => `count(${expression})`,
  sum: (expression: string): string =>
    guardedSum(`toDecimal256(${expression}, 38)`, `abs(toFloat64(${expression}))`),
  countDistinct: (expression: string): string => `uniqExact(${expression})`,
  distinctValues: (expression: string): string =>
    `toJSONString(groupUniqArray(toString(${expression})))`,
  // Integer products wrap silently in ClickHouse: the square is taken in Decimal256 (scale 38 + the
  // column's), whose overflow is silent too, hence the guard.
  sumOfSquares: (expression: string): string =>
    guardedSum(
      `toDecimal256(${expression}, 38) * ${expression}`,
      `toFloat64(${expression}) * toFloat64(${expression})`,
    ),
  jsonRows: (fields: readonly string[], condition: string): string =>
    `toJSONString(groupArrayIf([${fields.map((field) => `toString(${field})`).join(", ")}], ${condition}))`,
  pick: (expression: string, order: readonly string[], latest: boolean): string =>
    `${latest ? "argMax" : "argMin"}(${expression}, tuple(${order.join(", ")}))`,
  typeName: (_aggregate: string, column: string): string => `toTypeName(any(${column}))`,
  isExactType: (typeName: string): boolean => EXACT_TYPE.test(typeName),
} as const satisfies DialectDefinition<Readonly<Record<string, SqlParameter>>>;
