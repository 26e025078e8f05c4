import { unreachable } from "../core/unreachable.js";
import { type GranularitySpec, granularitySpec } from "../period/granularities.js";
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
 * year), never a start-of-period function; what differs between granularities is read from their
 * row in `GRANULARITY_SPECS` (unit, months, fiscal, shifted, key prefix, part and width), so no
 * code here names a granularity. @internal
 */
export interface PeriodSql {
  /** The anchor of the period of a local timestamp expression. */
  anchor(local: string): string;
  /** The key (text) of an anchor expression. */
  key(anchor: string): string;
}

/** @internal */
export function periodSql(
  granularity: Granularity,
  calendar: Calendar,
  dialect: DialectDefinition<unknown>,
  add: AddParameter,
): PeriodSql {
  const spec = granularitySpec(granularity);
  const d = dialect;
  // The key, from the row of the granularity: `{prefix}{YYYY}`, then `-{part}{number}` padded to
  // `partWidth` digits, then `-{DD}` for days.
  const key = (year: string, number: string, day?: string): string =>
    [
      ...(spec.prefix === "" ? [] : [`'${spec.prefix}'`]),
      d.padded(year, 4),
      ...(spec.partWidth === 0
        ? []
        : [
            `'-${spec.part}'`,
            spec.partWidth === 1 ? d.text(number) : d.padded(number, spec.partWidth),
          ]),
      ...(day === undefined ? [] : ["'-'", d.padded(day, 2)]),
    ].join(" || ");
  switch (spec.unit) {
    case "day":
      return {
        anchor: (local) => d.date(local),
        key: (day) => key(d.year(day), d.month(day), d.dayOfMonth(day)),
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
          key(d.year(fourthDay), `${d.divide(`${d.dayOfYear(fourthDay)} - 1`, 7)} + 1`),
      };
    }
    case "month":
      return monthPeriods(spec, calendar, d, add, key);
    default:
      return unreachable(spec.unit, "period unit");
  }
}

/**
 * Month-based periods: the anchor counts periods of `months` months since year 0, shifted by the
 * fiscal start for fiscal quarters, halves and years (every operand stays non-negative, because
 * engines such as ClickHouse truncate negative quotients toward zero).
 */
function monthPeriods(
  spec: GranularitySpec,
  calendar: Calendar,
  d: DialectDefinition<unknown>,
  add: AddParameter,
  key: (year: string, number: string) => string,
): PeriodSql {
  const length = spec.months;
  const fiscalStart = spec.fiscal ? `(${add(calendar.fiscalYearStartMonth, "integer")} - 1)` : "0";
  const offset = spec.shifted ? fiscalStart : "0";
  const anchor = (local: string): string =>
    d.divide(`${d.year(local)} * 12 + ${d.month(local)} - 1 - ${offset}`, length);
  if (!spec.fiscal) {
    return {
      anchor,
      key: (ordinal) => {
        const monthIndex = `(${ordinal} * ${length})`;
        return key(d.divide(monthIndex, 12), `${d.divide(d.modulo(monthIndex, 12), length)} + 1`);
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
      return key(
        `${fiscalYear} + ${nameShift}`,
        `${d.divide(`${sinceStart} - ${fiscalYear} * 12`, length)} + 1`,
      );
    },
  };
}
