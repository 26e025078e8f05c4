import { unreachable } from "../../core/unreachable.js";
import { SQL_EXPECTED } from "../messages.js";
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
 * ClickHouse (26.x; also through chDB): typed `{p1:String}` parameters sent as an object,
 * backquoted identifiers, instants as `DateTime64(3)` and periods by integer arithmetic on
 * `toYear`/`toMonth`/`toDate32` of `toTimeZone` (the start-of-period functions clamp to
 * 1970–2149), non-negative `intDiv`, exact `uniqExact` distinct counts, and sums in
 * `Decimal(76, 38)` so no integer or Decimal128 sum wraps. The supported instants are
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
  sum: (expression: string): string => `sum(toDecimal256(${expression}, 38))`,
  countDistinct: (expression: string): string => `uniqExact(${expression})`,
  distinctValues: (expression: string): string =>
    `toJSONString(groupUniqArray(toString(${expression})))`,
  // Integer products wrap silently in ClickHouse: the square is taken in Decimal256, whose
  // overflow is an error.
  sumOfSquares: (expression: string): string =>
    `sum(toDecimal256(${expression}, 38) * ${expression})`,
  jsonRows: (fields: readonly string[], condition: string): string =>
    `toJSONString(groupArrayIf([${fields.map((field) => `toString(${field})`).join(", ")}], ${condition}))`,
  pick: (expression: string, order: readonly string[], latest: boolean): string =>
    `${latest ? "argMax" : "argMin"}(${expression}, tuple(${order.join(", ")}))`,
  typeName: (_aggregate: string, column: string): string => `toTypeName(any(${column}))`,
  isExactType: (typeName: string): boolean => EXACT_TYPE.test(typeName),
} as const satisfies DialectDefinition<Readonly<Record<string, SqlParameter>>>;
