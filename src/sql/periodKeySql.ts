import { unreachable } from "../core/unreachable.js";
import { RETAIL_PATTERN_WEEKS } from "../period/calendarFields.js";
import { type GranularitySpec, granularitySpec } from "../period/granularities.js";
import { retailCalendarOf } from "../period/nrfRetailCalendar.js";
import type { Calendar, Granularity, RetailCalendar } from "../period/types.js";
import type { DialectDefinition } from "./dialects/types.js";

/** Adds a parameter and returns its placeholder. @internal */
export type AddParameter = (
  value: string | number | bigint | boolean,
  role: "text" | "integer" | "instant" | "value",
) => string;

/**
 * Helper columns computed in one `SELECT` layer, each an alias and its expression; a layer reads
 * the columns of the layers before it (and the query's own columns). @internal
 */
export type PeriodColumns = readonly (readonly [alias: string, expression: string])[];

/**
 * The SQL of a period in two steps, with the same arithmetic as the period schemes (so the keys
 * are the strings `periodOf(...).key` gives): per row, a cheap **anchor** of the period containing
 * a local wall-clock timestamp (a date for days and weeks, an integer count of periods for the
 * month-based granularities), which the query groups by; then, once per group, the **key** built
 * from the anchor. Calendar settings travel as parameters. Every step is integer arithmetic on
 * non-negative values built from the dialect's primitives (year, month, date, day of week and of
 * year), never a start-of-period function; what differs between granularities is read from their
 * row in `GRANULARITY_SPECS` (unit, months, fiscal, shifted, key prefix, part and width), so no
 * code here names a granularity. Units that need intermediate values (the retail year of a day)
 * compute them in layers of helper columns, per row before the anchor and per group before the
 * key, so that each value is written once rather than repeated inside one expression. @internal
 */
export interface PeriodSql {
  /** Layers of helper columns computed per row from the local timestamp, before the anchor. */
  rowLayers(local: string): readonly PeriodColumns[];
  /** The anchor of the period of a local timestamp expression (may read the row layers). */
  anchor(local: string): string;
  /** Layers of helper columns computed per group from the anchor, before the key. */
  keyLayers(anchor: string): readonly PeriodColumns[];
  /** The key (text) of an anchor expression (may read the key layers). */
  key(anchor: string): string;
}

/** No helper columns. */
const NO_LAYERS = (): readonly PeriodColumns[] => [];

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
        rowLayers: NO_LAYERS,
        keyLayers: NO_LAYERS,
        anchor: (local) => d.date(local),
        key: (day) => key(d.year(day), d.month(day), d.dayOfMonth(day)),
      };
    case "week": {
      // The week starts on `weekStartsOn` and is anchored at its fourth day: the week belongs to
      // the year of that day, and its number counts the weeks since the year's first such day
      // (ISO 8601 for Monday).
      const start = add(calendar.weekStartsOn, "integer");
      return {
        rowLayers: NO_LAYERS,
        keyLayers: NO_LAYERS,
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
    case "retail_week":
      return retailWeeks(retailCalendarOf(calendar), d, add, key);
    case "retail_period":
      return retailPeriods(spec, retailCalendarOf(calendar), d, add, key);
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
      rowLayers: NO_LAYERS,
      keyLayers: NO_LAYERS,
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
    rowLayers: NO_LAYERS,
    keyLayers: NO_LAYERS,
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

type Dialect = DialectDefinition<unknown>;
type KeyOf = (year: string, number: string) => string;

/** `1` when a condition holds, else `0` (a NULL condition gives 0; its NULL operands still make the sum NULL). */
function oneIf(condition: string): string {
  return `CASE WHEN ${condition} THEN 1 ELSE 0 END`;
}

/**
 * A day as a non-negative integer: days since 0400-03-01 BCE (proleptic Gregorian), from its
 * year, month and day (Hinnant's `days_from_civil` with the year shifted by 400, a whole cycle
 * of 146,097 days, so every operand is non-negative from year 1 on). Day numbers ≡ 1 (mod 7)
 * are Thursdays, like 1970-01-01 (which is 865,565).
 */
function dayNumber(d: Dialect, year: string, month: string, day: string): string {
  const beforeMarch = d.divide(`14 - ${month}`, 12);
  const shiftedYear = `(${year} - ${beforeMarch} + 400)`;
  const marchMonth = `(${month} + 12 * ${beforeMarch} - 3)`;
  return `365 * ${shiftedYear} + ${d.divide(shiftedYear, 4)} - ${d.divide(shiftedYear, 100)} + ${d.divide(shiftedYear, 400)} + ${d.divide(`153 * ${marchMonth} + 2`, 5)} + ${day} - 1`;
}

/**
 * The layers that find the retail year of a date (or of the day of a local timestamp: its year,
 * month and day are read directly, with no conversion to a date type), in day numbers (see `retailYears` in the
 * period layer, which this mirrors): the day (`retail_day`), the last days of the retail years
 * ending in the calendar years `year(date) - 2 … year(date) + 1` (each the week-ending weekday
 * before, or nearest, the end of `yearEndMonth`), and from them the end year of the day's retail
 * year (`retail_end_year`), its first day (`retail_first`) and last day (`retail_last`). A
 * year ends at most three days after its year-end month, so the day's year is the first of
 * those whose last day is on or after it, and is one of `year(date) - 1 … year(date) + 1`.
 * Calendar settings travel as parameters.
 */
function retailYearLayers(
  retail: RetailCalendar,
  d: Dialect,
  add: AddParameter,
  date: string,
): PeriodColumns[] {
  const month = retail.yearEndMonth;
  // The day after the year-end month's last day, as year + shift (one cycle of 400 years added)
  // and the constant month term of `dayNumber`; the month's last day is one day before it.
  const nextMonth = (month % 12) + 1;
  const beforeMarch = nextMonth <= 2 ? 1 : 0;
  const yearShift = add((month === 12 ? 1 : 0) - beforeMarch + 400, "integer");
  const monthTerm = add(
    Math.floor((153 * (nextMonth + 12 * beforeMarch - 3) + 2) / 5) - 1,
    "integer",
  );
  const lastWeekday = add((retail.weekStartsOn + 6) % 7, "integer");
  const nearest = add(retail.yearEnd === "nearest" ? 1 : 0, "integer");
  const monthEnd = (year: string): string => {
    const shifted = `(${year} + ${yearShift})`;
    return `365 * ${shifted} + ${d.divide(shifted, 4)} - ${d.divide(shifted, 100)} + ${d.divide(shifted, 400)} + ${monthTerm}`;
  };
  const candidates = [0, 1, 2, 3];
  // Days from the month's last day back to the week-ending weekday (0-6); "nearest" goes
  // forward a week instead when that is more than three days back.
  const back = (end: string): string =>
    d.modulo(`${d.modulo(`${end} + 3`, 7)} + 7 - ${lastWeekday}`, 7);
  const onOrAfter = (k: number): string => `retail_end${k} >= retail_day`;
  const pick = (values: readonly string[]): string =>
    `CASE WHEN ${onOrAfter(1)} THEN ${values[0]} WHEN ${onOrAfter(2)} THEN ${values[1]} ELSE ${values[2]} END`;
  return [
    [
      ["retail_year", d.year(date)],
      ["retail_month", d.month(date)],
      ["retail_month_day", d.dayOfMonth(date)],
    ],
    [["retail_day", dayNumber(d, "retail_year", "retail_month", "retail_month_day")]],
    candidates.map((k) => [`retail_month_end${k}`, monthEnd(`retail_year + ${k} - 2`)] as const),
    candidates.map(
      (k) =>
        [
          `retail_end${k}`,
          `retail_month_end${k} - ${back(`retail_month_end${k}`)} + 7 * ${nearest} * ${d.divide(back(`retail_month_end${k}`), 4)}`,
        ] as const,
    ),
    [
      ["retail_end_year", `retail_year - 1 + ${pick(["0", "1", "2"])}`],
      ["retail_first", `${pick(["retail_end0", "retail_end1", "retail_end2"])} + 1`],
      ["retail_last", pick(["retail_end1", "retail_end2", "retail_end3"])],
    ],
  ];
}

/**
 * The year written in keys of the retail year ending in `endYear`: minus one when years are
 * named by their start year (a year ending in December is named by its own year either way).
 */
function retailName(retail: RetailCalendar, add: AddParameter, endYear: string): string {
  const shift = retail.yearNaming === "start_year" && retail.yearEndMonth !== 12 ? 1 : 0;
  return `${endYear} - ${add(shift, "integer")}`;
}

/**
 * Retail weeks: each row is anchored at the week's first day (a date, as for calendar weeks,
 * from the retail week start); per group, the retail year of that day gives the key's year and
 * the week's number in it.
 */
function retailWeeks(retail: RetailCalendar, d: Dialect, add: AddParameter, key: KeyOf): PeriodSql {
  const start = add(retail.weekStartsOn, "integer");
  return {
    rowLayers: NO_LAYERS,
    anchor: (local) => {
      const day = d.date(local);
      return d.addDays(day, `(0 - ${d.modulo(`${d.dayOfWeek(day)} - ${start} + 7`, 7)})`);
    },
    keyLayers: (firstDay) => retailYearLayers(retail, d, add, firstDay),
    key: () =>
      key(
        retailName(retail, add, "retail_end_year"),
        `${d.divide("retail_day - retail_first", 7)} + 1`,
      ),
  };
}

/**
 * Retail periods, quarters, halves and years: per row, the retail year and the week in it
 * (`retail_week`, 0-51 once the 53rd week is folded into the period that takes it), then an
 * integer anchor, `(end year × 12 + period index) / months`; per group, the key from it.
 */
function retailPeriods(
  spec: GranularitySpec,
  retail: RetailCalendar,
  d: Dialect,
  add: AddParameter,
  key: KeyOf,
): PeriodSql {
  const length = spec.months;
  const perYear = 12 / length;
  const [first, second] = RETAIL_PATTERN_WEEKS[retail.pattern];
  // Weeks of a 52-week year before the period after the one that takes the 53rd week: from
  // there on, a 53-week year's weeks are one later.
  let weeksBefore = 0;
  for (let period = 0; period < retail.leapWeekPeriod; period += 1) {
    weeksBefore += RETAIL_PATTERN_WEEKS[retail.pattern][period % 3] as number;
  }
  return {
    rowLayers: (local) => {
      const years = retailYearLayers(retail, d, add, local);
      const week = d.divide("retail_day - retail_first", 7);
      const longYear = `(${d.divide("retail_last - retail_first + 1", 7)} - 52)`;
      const later = add(weeksBefore, "integer");
      return [
        ...years,
        [["retail_week", `${week} - ${longYear} * ${oneIf(`${week} >= ${later}`)}`]],
      ];
    },
    anchor: () => {
      const inQuarter = d.modulo("retail_week", 13);
      const period = `3 * ${d.divide("retail_week", 13)} + ${oneIf(`${inQuarter} >= ${add(first, "integer")}`)} + ${oneIf(`${inQuarter} >= ${add(first + second, "integer")}`)}`;
      return d.divide(`retail_end_year * 12 + ${period}`, length);
    },
    keyLayers: NO_LAYERS,
    key: (ordinal) =>
      key(retailName(retail, add, d.divide(ordinal, perYear)), `${d.modulo(ordinal, perYear)} + 1`),
  };
}
