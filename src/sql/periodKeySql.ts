import type { Calendar, Granularity } from "../period/types.js";
import type { SqlDialect } from "./quoteIdentifier.js";

/** Adds a parameter and returns its placeholder. @internal */
export type AddParameter = (value: string | number | bigint | boolean) => string;

/**
 * The SQL expression of the period key of a local wall-clock timestamp (`local`, a TIMESTAMP
 * without zone), computed with the same arithmetic as the period schemes: the same strings as
 * `periodOf(...).key`. Calendar settings travel as parameters. @internal
 */
export function periodKeySql(
  granularity: Granularity,
  calendar: Calendar,
  local: string,
  dialect: SqlDialect,
  add: AddParameter,
): string {
  const divide = (a: string, b: number): string =>
    dialect === "duckdb" ? `((${a}) // ${b})` : `((${a}) / ${b})`;
  const text = (expression: string): string => `CAST(${expression} AS VARCHAR)`;
  const padded = (expression: string, width: number): string =>
    `lpad(${text(expression)}, ${width}, '0')`;
  const part = (name: string, value: string): string =>
    `CAST(extract(${name} FROM ${value}) AS INTEGER)`;
  const year = part("year", local);
  const month = part("month", local);

  switch (granularity) {
    case "day":
      return `${padded(year, 4)} || '-' || ${padded(month, 2)} || '-' || ${padded(part("day", local), 2)}`;
    case "month":
      return `${padded(year, 4)} || '-' || ${padded(month, 2)}`;
    case "quarter":
      return `${padded(year, 4)} || '-Q' || ${text(`${divide(`${month} - 1`, 3)} + 1`)}`;
    case "half_year":
      return `${padded(year, 4)} || '-H' || ${text(`${divide(`${month} - 1`, 6)} + 1`)}`;
    case "year":
      return padded(year, 4);
    case "week": {
      // The week starts on `weekStartsOn`; it belongs to the year of its fourth day, and its number
      // counts the weeks since the first fourth day of that year (ISO 8601 for Monday).
      const start = `CAST(${add(calendar.weekStartsOn)} AS INTEGER)`;
      const day = `CAST(${local} AS DATE)`;
      const fourthDay = `(${day} - ((${part("dow", day)} - ${start} + 7) % 7) + 3)`;
      return `${padded(part("year", fourthDay), 4)} || '-W' || ${padded(`${divide(`${part("doy", fourthDay)} - 1`, 7)} + 1`, 2)}`;
    }
    default: {
      const startMonth = `CAST(${add(calendar.fiscalYearStartMonth)} AS INTEGER)`;
      // Fiscal years are named by their start year, plus one with end-year naming unless they are
      // calendar years (both namings name those by their year).
      const nameShift =
        calendar.fiscalYearNaming === "end_year" && calendar.fiscalYearStartMonth !== 1 ? 1 : 0;
      const shift = `CAST(${add(nameShift)} AS INTEGER)`;
      const index = `((${month} - ${startMonth} + 12) % 12)`;
      const fiscalYear = `(${year} - CASE WHEN ${month} < ${startMonth} THEN 1 ELSE 0 END + ${shift})`;
      const name = `'FY' || ${padded(fiscalYear, 4)}`;
      switch (granularity) {
        case "fiscal_month":
          return `${name} || '-M' || ${padded(`${index} + 1`, 2)}`;
        case "fiscal_quarter":
          return `${name} || '-Q' || ${text(`${divide(index, 3)} + 1`)}`;
        case "fiscal_half_year":
          return `${name} || '-H' || ${text(`${divide(index, 6)} + 1`)}`;
        default:
          return name;
      }
    }
  }
}
