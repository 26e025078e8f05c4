import { unreachable } from "../core/unreachable.js";
import type { Calendar, Granularity } from "../period/types.js";
import type { DialectDefinition } from "./dialects/types.js";

/** Adds a parameter and returns its placeholder. @internal */
export type AddParameter = (
  value: string | number | bigint | boolean,
  role: "text" | "integer" | "instant" | "value",
) => string;

/**
 * The SQL of a period in two steps, with the same arithmetic as the period schemes (so the keys
 * are the strings `periodOf(...).key` gives): per row, a cheap **anchor** of the period containing
 * a local wall-clock timestamp (a date for days and weeks, an integer count of periods for the
 * month-based granularities), which the query groups by; then, once per group, the **key** built
 * from the anchor. Calendar settings travel as parameters. Every step is integer arithmetic on
 * non-negative values built from the dialect's primitives (year, month, date, day of week and of
 * year), never a start-of-period function. @internal
 */
export interface PeriodSql {
  /** The anchor of the period of a local timestamp expression. */
  anchor(local: string): string;
  /** The key (text) of an anchor expression. */
  key(anchor: string): string;
}

/** How the key of a month-based granularity reads: its months, and the part after the year. */
interface MonthShape {
  readonly shape: "months";
  /** Months per period. */
  readonly length: 1 | 3 | 6 | 12;
  readonly fiscal: boolean;
  /** The text between the year and the index (`-`, `-Q`, `-H`, `-M`), or null for years. */
  readonly marker: string | null;
  /** The index padded to this width (months), or not padded (quarters, halves). */
  readonly width: number;
}

type Shape = { readonly shape: "day" } | { readonly shape: "week" } | MonthShape;

/** Each granularity's shape: the compiler names this switch when a granularity is added. */
function shapeOf(granularity: Granularity): Shape {
  switch (granularity) {
    case "day":
      return { shape: "day" };
    case "week":
      return { shape: "week" };
    case "month":
      return { shape: "months", length: 1, fiscal: false, marker: "-", width: 2 };
    case "quarter":
      return { shape: "months", length: 3, fiscal: false, marker: "-Q", width: 1 };
    case "half_year":
      return { shape: "months", length: 6, fiscal: false, marker: "-H", width: 1 };
    case "year":
      return { shape: "months", length: 12, fiscal: false, marker: null, width: 1 };
    case "fiscal_month":
      return { shape: "months", length: 1, fiscal: true, marker: "-M", width: 2 };
    case "fiscal_quarter":
      return { shape: "months", length: 3, fiscal: true, marker: "-Q", width: 1 };
    case "fiscal_half_year":
      return { shape: "months", length: 6, fiscal: true, marker: "-H", width: 1 };
    case "fiscal_year":
      return { shape: "months", length: 12, fiscal: true, marker: null, width: 1 };
    default:
      return unreachable(granularity, "granularity");
  }
}

/** @internal */
export function periodSql(
  granularity: Granularity,
  calendar: Calendar,
  dialect: DialectDefinition<unknown>,
  add: AddParameter,
): PeriodSql {
  const d = dialect;
  const join = (...parts: string[]): string => parts.join(" || ");
  const shape = shapeOf(granularity);
  switch (shape.shape) {
    case "day":
      return {
        anchor: (local) => d.date(local),
        key: (day) =>
          join(
            d.padded(d.year(day), 4),
            "'-'",
            d.padded(d.month(day), 2),
            "'-'",
            d.padded(d.dayOfMonth(day), 2),
          ),
      };
    case "week": {
      // The week starts on `weekStartsOn` and is anchored at its fourth day: the week belongs to
      // the year of that day, and its number counts the weeks since the year's first such day
      // (ISO 8601 for Monday).
      const start = add(calendar.weekStartsOn, "integer");
      return {
        anchor: (local) => {
          const day = d.date(local);
          return d.addDays(day, `(3 - ${d.modulo(`${d.dayOfWeek(day)} - ${start} + 7`, 7)})`);
        },
        key: (fourthDay) =>
          join(
            d.padded(d.year(fourthDay), 4),
            "'-W'",
            d.padded(`${d.divide(`${d.dayOfYear(fourthDay)} - 1`, 7)} + 1`, 2),
          ),
      };
    }
    case "months":
      return monthPeriods(shape, calendar, d, add);
    default:
      return unreachable(shape, "period shape");
  }
}

/**
 * Month-based periods: the anchor counts periods of `length` months since year 0, shifted by the
 * fiscal start for fiscal quarters, halves and years (every operand stays non-negative, because
 * engines such as ClickHouse truncate negative quotients toward zero).
 */
function monthPeriods(
  shape: MonthShape,
  calendar: Calendar,
  d: DialectDefinition<unknown>,
  add: AddParameter,
): PeriodSql {
  const { length, fiscal, marker, width } = shape;
  const shifted = fiscal && length !== 1;
  const fiscalStart = fiscal ? `(${add(calendar.fiscalYearStartMonth, "integer")} - 1)` : "0";
  const offset = shifted ? fiscalStart : "0";
  const anchor = (local: string): string =>
    d.divide(`${d.year(local)} * 12 + ${d.month(local)} - 1 - ${offset}`, length);
  const suffix = (index: string): string[] =>
    marker === null ? [] : [`'${marker}'`, width === 1 ? d.text(index) : d.padded(index, width)];
  if (!fiscal) {
    return {
      anchor,
      key: (ordinal) => {
        const monthIndex = `(${ordinal} * ${length})`;
        const year = d.padded(d.divide(monthIndex, 12), 4);
        const index = `${d.divide(d.modulo(monthIndex, 12), length)} + 1`;
        return [year, ...suffix(index)].join(" || ");
      },
    };
  }
  // Fiscal years are named by their start year, plus one with end-year naming unless they are
  // calendar years (both namings name those by their year).
  const nameShift = add(
    calendar.fiscalYearNaming === "end_year" && calendar.fiscalYearStartMonth !== 1 ? 1 : 0,
    "integer",
  );
  return {
    anchor,
    key: (ordinal) => {
      const sinceStart = `(${ordinal} * ${length} + ${offset} - ${fiscalStart})`;
      const fiscalYear = d.divide(sinceStart, 12);
      const index = `${d.divide(`${sinceStart} - ${fiscalYear} * 12`, length)} + 1`;
      return ["'FY'", d.padded(`${fiscalYear} + ${nameShift}`, 4), ...suffix(index)].join(" || ");
    },
  };
}
