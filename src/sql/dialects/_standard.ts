import { unreachable } from "../../core/unreachable.js";
import { MAX_INSTANT, MIN_INSTANT } from "../../period/instant.js";
import type { DialectDefinition, ParameterRole, SqlParameter } from "./types.js";

/**
 * The members DuckDB and PostgreSQL share (standard SQL with `$1` parameters and double-quoted
 * identifiers); each of those dialects spreads this and writes the rest. @internal
 */
export const STANDARD_SQL = {
  instants: { min: MIN_INSTANT, max: MAX_INSTANT },
  trailer: "",
  quote: (name: string): string => `"${name.replaceAll('"', '""')}"`,
  valueProblem: (_value: SqlParameter): string | undefined => undefined,
  placeholder(index: number, _value: SqlParameter, role: ParameterRole): string {
    const placeholder = `$${index + 1}`;
    switch (role) {
      case "integer":
        return `CAST(${placeholder} AS INTEGER)`;
      case "text":
      case "instant":
      case "value":
        return placeholder;
      default:
        return unreachable(role, "parameter role");
    }
  },
  instantValue: (epochMs: number): SqlParameter => new Date(epochMs).toISOString(),
  parameters: (values: readonly SqlParameter[]): readonly SqlParameter[] => values,
  modulo: (dividend: string, divisor: number): string => `((${dividend}) % ${divisor})`,
  text: (expression: string): string => `CAST(${expression} AS VARCHAR)`,
  padded: (expression: string, width: number): string =>
    `lpad(CAST(${expression} AS VARCHAR), ${width}, '0')`,
  instant: (column: string): string => column,
  local: (instant: string, zone: string): string => `timezone(${zone}, ${instant})`,
  date: (local: string): string => `CAST(${local} AS DATE)`,
  addDays: (date: string, days: string): string => `(${date} + ${days})`,
  year: (value: string): string => part("year", value),
  month: (value: string): string => part("month", value),
  dayOfMonth: (value: string): string => part("day", value),
  dayOfWeek: (date: string): string => part("dow", date),
  dayOfYear: (date: string): string => part("doy", date),
  instantParameter: (placeholder: string): string => `CAST(${placeholder} AS TIMESTAMPTZ)`,
  countIf: (condition: string): string => `count(*) FILTER (WHERE ${condition})`,
  count: (expression: string): string => `count(${expression})`,
  sum: (expression: string): string => `sum(${expression})`,
  countDistinct: (expression: string): string => `count(DISTINCT ${expression})`,
} as const satisfies Partial<DialectDefinition<readonly SqlParameter[]>>;

function part(name: string, value: string): string {
  return `CAST(extract(${name} FROM ${value}) AS INTEGER)`;
}
