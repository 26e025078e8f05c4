import type { Calendar, Granularity } from "../period/types.js";
import type { SqlDialect } from "./quoteIdentifier.js";

/** Adds a parameter and returns its placeholder. @internal */
export type AddParameter = (value: string | number | bigint | boolean) => string;

/**
 * The SQL of a period in two steps, with the same arithmetic as the period schemes (so the keys
 * are the strings `periodOf(...).key` gives): per row, a cheap **anchor** of the period containing
 * a local wall-clock timestamp (a DATE for days and weeks, an integer count of periods for the
 * month-based granularities), which the query groups by; then, once per group, the **key** built
 * from the anchor. Calendar settings travel as parameters. @internal
 */
export interface PeriodSql {
  /** The anchor of the period of a local TIMESTAMP expression. */
  anchor(local: string): string;
  /** The key (VARCHAR) of an anchor expression. */
  key(anchor: string): string;
}

/** @internal */
export function periodSql(
  granularity: Granularity,
  calendar: Calendar,
  dialect: SqlDialect,
  add: AddParameter,
): PeriodSql {
  const divide = (a: string, b: number): string =>
    dialect === "duckdb" ? `((${a}) // ${b})` : `((${a}) / ${b})`;
  const text = (expression: string): string => `CAST(${expression} AS VARCHAR)`;
  const padded = (expression: string, width: number): string =>
    `lpad(${text(expression)}, ${width}, '0')`;
  const part = (name: string, value: string): string =>
    `CAST(extract(${name} FROM ${value}) AS INTEGER)`;
  const integer = (value: number): string => `CAST(${add(value)} AS INTEGER)`;

  if (granularity === "day") {
    return {
      anchor: (local) => `CAST(${local} AS DATE)`,
      key: (day) =>
        `${padded(part("year", day), 4)} || '-' || ${padded(part("month", day), 2)} || '-' || ${padded(part("day", day), 2)}`,
    };
  }
  if (granularity === "week") {
    // The week starts on `weekStartsOn` and is anchored at its fourth day: the week belongs to the
    // year of that day, and its number counts the weeks since the year's first such day (ISO 8601
    // for Monday).
    const start = integer(calendar.weekStartsOn);
    return {
      anchor: (local) => {
        const day = `CAST(${local} AS DATE)`;
        return `(${day} - ((${part("dow", day)} - ${start} + 7) % 7) + 3)`;
      },
      key: (fourthDay) =>
        `${padded(part("year", fourthDay), 4)} || '-W' || ${padded(`${divide(`${part("doy", fourthDay)} - 1`, 7)} + 1`, 2)}`,
    };
  }
  // Month-based: the anchor counts periods of `length` months since year 0, shifted by `offset`
  // months (the fiscal start for fiscal quarters, halves and years).
  const fiscal = granularity.startsWith("fiscal_");
  const length =
    granularity === "quarter" || granularity === "fiscal_quarter"
      ? 3
      : granularity === "half_year" || granularity === "fiscal_half_year"
        ? 6
        : granularity === "year" || granularity === "fiscal_year"
          ? 12
          : 1;
  const shifted = fiscal && granularity !== "fiscal_month";
  const fiscalStart = fiscal ? `(${integer(calendar.fiscalYearStartMonth)} - 1)` : "0";
  const offset = shifted ? fiscalStart : "0";
  const anchor = (local: string): string =>
    divide(`${part("year", local)} * 12 + ${part("month", local)} - 1 - ${offset}`, length);
  if (!fiscal) {
    return {
      anchor,
      key: (ordinal) => {
        const monthIndex = `(${ordinal} * ${length})`;
        const year = padded(divide(monthIndex, 12), 4);
        const month = `(${monthIndex} % 12)`;
        switch (granularity) {
          case "month":
            return `${year} || '-' || ${padded(`${month} + 1`, 2)}`;
          case "quarter":
            return `${year} || '-Q' || ${text(`${divide(month, 3)} + 1`)}`;
          case "half_year":
            return `${year} || '-H' || ${text(`${divide(month, 6)} + 1`)}`;
          default:
            return year;
        }
      },
    };
  }
  // Fiscal years are named by their start year, plus one with end-year naming unless they are
  // calendar years (both namings name those by their year).
  const nameShift = integer(
    calendar.fiscalYearNaming === "end_year" && calendar.fiscalYearStartMonth !== 1 ? 1 : 0,
  );
  return {
    anchor,
    key: (ordinal) => {
      const sinceStart = `(${ordinal} * ${length} + ${offset} - ${fiscalStart})`;
      const fiscalYear = divide(sinceStart, 12);
      const name = `'FY' || ${padded(`${fiscalYear} + ${nameShift}`, 4)}`;
      const index = `${divide(`${sinceStart} - ${fiscalYear} * 12`, length)} + 1`;
      switch (granularity) {
        case "fiscal_month":
          return `${name} || '-M' || ${padded(index, 2)}`;
        case "fiscal_quarter":
          return `${name} || '-Q' || ${text(index)}`;
        case "fiscal_half_year":
          return `${name} || '-H' || ${text(index)}`;
        default:
          return name;
      }
    },
  };
}
