import { TZDate } from "@date-fns/tz";
import {
  addDays,
  addMonths,
  addWeeks,
  differenceInCalendarDays,
  format,
  getISOWeek,
  getISOWeekYear,
  getWeek,
  getWeekYear,
  startOfDay,
  startOfMonth,
  startOfQuarter,
  startOfWeek,
  startOfYear,
} from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createBucketer } from "../../src/period/bucketer.js";
import { GRANULARITIES } from "../../src/period/granularity.js";
import { NRF_RETAIL_CALENDAR } from "../../src/period/nrfRetailCalendar.js";
import { parsePeriod } from "../../src/period/parsePeriod.js";
import { periodOf } from "../../src/period/periodOf.js";
import { resolveCalendar } from "../../src/period/resolveCalendar.js";
import { shiftPeriod } from "../../src/period/shiftPeriod.js";
import type { Calendar, Granularity } from "../../src/period/types.js";

const ZONES = [
  "UTC",
  "Asia/Jakarta",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "America/New_York",
  "Europe/Berlin",
  "Australia/Sydney",
  "Australia/Lord_Howe", // 30-minute DST
  "America/Santiago", // DST at midnight
  "Pacific/Apia", // skipped 2011-12-30 entirely
  "Asia/Tehran",
  "America/St_Johns", // -03:30 with DST
  "Pacific/Chatham", // +12:45 with DST
] as const;

/** Instants from 1975 to 2060, biased towards the hours around midnight and DST changes. */
const instant = fc.integer({ min: Date.UTC(1975, 0, 1), max: Date.UTC(2060, 0, 1) });

const calendarInput = fc.record({
  timeZone: fc.constantFrom(...ZONES),
  weekStartsOn: fc.constantFrom(0, 1, 2, 3, 4, 5, 6),
  fiscalYearStartMonth: fc.constantFrom(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
  fiscalYearNaming: fc.constantFrom("end_year", "start_year"),
  retail: fc.option(
    fc.record({
      weekStartsOn: fc.constantFrom(0, 1, 2, 3, 4, 5, 6),
      yearEnd: fc.constantFrom("last", "nearest"),
      yearEndMonth: fc.constantFrom(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
      pattern: fc.constantFrom("4-4-5", "4-5-4", "5-4-4"),
      leapWeekPeriod: fc.constantFrom(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
      yearNaming: fc.constantFrom("end_year", "start_year"),
    }),
    { nil: undefined },
  ),
});
const granularity = fc.constantFrom(...GRANULARITIES);

describe("period properties", () => {
  it("periodOf(t) contains t, and its key round-trips through parsePeriod", () => {
    fc.assert(
      fc.property(instant, granularity, calendarInput, (t, size, input) => {
        const calendar = resolveCalendar(input as Partial<Calendar>);
        const period = periodOf(t, size, calendar);
        expect(period.start.getTime()).toBeLessThanOrEqual(t);
        expect(period.end.getTime()).toBeGreaterThan(t);
        const parsed = parsePeriod(period.key, calendar);
        expect(parsed.granularity).toBe(size);
        expect(parsed.key).toBe(period.key);
        expect(parsed.start.getTime()).toBe(period.start.getTime());
        expect(parsed.end.getTime()).toBe(period.end.getTime());
        // The end of one period is the start of the next.
        expect(periodOf(period.end, size, calendar).start.getTime()).toBe(period.end.getTime());
      }),
    );
  });

  it("keys sort like starts", () => {
    fc.assert(
      fc.property(instant, instant, granularity, calendarInput, (a, b, size, input) => {
        const calendar = resolveCalendar(input as Partial<Calendar>);
        const first = periodOf(a, size, calendar);
        const second = periodOf(b, size, calendar);
        const byKey = Math.sign(first.key < second.key ? -1 : first.key > second.key ? 1 : 0);
        const byStart = Math.sign(first.start.getTime() - second.start.getTime());
        expect(byKey).toBe(byStart);
      }),
    );
  });

  it("shiftPeriod(shiftPeriod(p, n), -n) is p, and shifting moves by whole periods", () => {
    fc.assert(
      fc.property(
        instant,
        granularity,
        calendarInput,
        fc.integer({ min: -400, max: 400 }),
        (t, size, input, n) => {
          const calendar = resolveCalendar(input as Partial<Calendar>);
          const period = periodOf(t, size, calendar);
          const shifted = shiftPeriod(period, n);
          expect(shiftPeriod(shifted, -n)).toEqual(period);
          if (n > 0) expect(shifted.key > period.key).toBe(true);
          if (n === 1) expect(shifted.start.getTime()).toBe(period.end.getTime());
        },
      ),
    );
  });

  it("bucketer.ordinalOf agrees with periodOf, and consecutive periods differ by 1", () => {
    fc.assert(
      fc.property(
        fc.array(instant, { minLength: 1, maxLength: 40 }),
        granularity,
        calendarInput,
        (instants, size, input) => {
          const calendar = resolveCalendar(input as Partial<Calendar>);
          const bucketer = createBucketer(size, calendar);
          const other = createBucketer(size, calendar);
          for (const t of instants) {
            const ordinal = bucketer.ordinalOf(t);
            const period = periodOf(t, size, calendar);
            expect(bucketer.period(ordinal)).toEqual(period);
            expect(bucketer.startOf(ordinal)).toBe(period.start.getTime());
            expect(bucketer.startOf(ordinal + 1)).toBe(period.end.getTime());
            expect(bucketer.ordinalOfPeriod(period)).toBe(ordinal);
            expect(other.ordinalOf(t)).toBe(ordinal);
            expect(bucketer.ordinalOf(period.end.getTime())).toBe(ordinal + 1);
            // The instant before the start is in the previous period; only a day skipped entirely
            // (Pacific/Apia, 2011-12-30) is an empty period in between, whose end is this start.
            const previous = bucketer.ordinalOf(period.start.getTime() - 1);
            expect(previous).toBeLessThan(ordinal);
            expect(bucketer.startOf(previous + 1)).toBe(period.start.getTime());
          }
        },
      ),
    );
  });
});

/** What date-fns (with @date-fns/tz) says, computed independently per instant. */
function dateFnsPeriod(t: number, size: Granularity, calendar: Calendar): [string, number] {
  const local = new TZDate(t, calendar.timeZone);
  const weekStartsOn = calendar.weekStartsOn;
  switch (size) {
    case "day":
      return [format(local, "yyyy-MM-dd"), startOfDay(local).getTime()];
    case "week": {
      const start = startOfWeek(local, { weekStartsOn });
      const year =
        weekStartsOn === 1
          ? getISOWeekYear(local)
          : getWeekYear(local, { weekStartsOn, firstWeekContainsDate: 4 });
      const week =
        weekStartsOn === 1
          ? getISOWeek(local)
          : getWeek(local, { weekStartsOn, firstWeekContainsDate: 4 });
      return [`${year}-W${String(week).padStart(2, "0")}`, start.getTime()];
    }
    case "month":
      return [format(local, "yyyy-MM"), startOfMonth(local).getTime()];
    case "quarter":
      return [format(local, "yyyy-'Q'Q"), startOfQuarter(local).getTime()];
    case "year":
      return [format(local, "yyyy"), startOfYear(local).getTime()];
    case "half_year": {
      const half = local.getMonth() < 6 ? 1 : 2;
      const start = addMonths(startOfYear(local), (half - 1) * 6);
      return [`${format(local, "yyyy")}-H${half}`, start.getTime()];
    }
    case "retail_week":
    case "retail_period":
    case "retail_quarter":
    case "retail_half_year":
    case "retail_year":
      return dateFnsRetail(local, size, calendar);
    default: {
      // Fiscal: shift the local date back by the fiscal start, then read calendar fields.
      const startMonth = calendar.fiscalYearStartMonth - 1;
      const shifted = addMonths(startOfMonth(local), -startMonth);
      const startYear = shifted.getFullYear();
      const name =
        startYear + (calendar.fiscalYearNaming === "end_year" && startMonth !== 0 ? 1 : 0);
      const month = shifted.getMonth(); // 0-11 within the fiscal year
      const length = { fiscal_month: 1, fiscal_quarter: 3, fiscal_half_year: 6, fiscal_year: 12 }[
        size
      ];
      const index = Math.floor(month / length);
      const start = addMonths(startOfMonth(local), -(month - index * length));
      const suffix = {
        fiscal_month: `-M${String(index + 1).padStart(2, "0")}`,
        fiscal_quarter: `-Q${index + 1}`,
        fiscal_half_year: `-H${index + 1}`,
        fiscal_year: "",
      }[size];
      return [`FY${name}${suffix}`, start.getTime()];
    }
  }
}

/**
 * The retail period of a local date, by date-fns alone: the year's last day is found from the end
 * of its year-end month (the last week-ending day on or before it, or the nearest one), and the
 * periods counted in weeks from the year's first day.
 */
function dateFnsRetail(local: TZDate, size: Granularity, calendar: Calendar): [string, number] {
  const retail = calendar.retail ?? NRF_RETAIL_CALENDAR;
  const lastWeekday = (retail.weekStartsOn + 6) % 7;
  const yearEndOf = (year: number): TZDate => {
    const monthEnd = new TZDate(year, retail.yearEndMonth, 0, calendar.timeZone);
    const back = (monthEnd.getDay() - lastWeekday + 7) % 7;
    const offset = retail.yearEnd === "nearest" && back > 3 ? 7 - back : -back;
    return addDays(monthEnd, offset);
  };
  let endYear = local.getFullYear() - 1;
  while (differenceInCalendarDays(yearEndOf(endYear), local) < 0) endYear += 1;
  const first = addDays(yearEndOf(endYear - 1), 1);
  const weeks = differenceInCalendarDays(addDays(yearEndOf(endYear), 1), first) / 7;
  const week = Math.floor(differenceInCalendarDays(local, first) / 7);
  const name = endYear - (retail.yearNaming === "start_year" && retail.yearEndMonth !== 12 ? 1 : 0);
  if (size === "retail_week") {
    return [`RY${name}-W${String(week + 1).padStart(2, "0")}`, addWeeks(first, week).getTime()];
  }
  const quarter = retail.pattern.split("-").map(Number);
  const periodWeeks = Array.from(
    { length: 12 },
    (_, index) =>
      (quarter[index % 3] as number) +
      (weeks === 53 && index === retail.leapWeekPeriod - 1 ? 1 : 0),
  );
  const length = { retail_period: 1, retail_quarter: 3, retail_half_year: 6, retail_year: 12 }[
    size as "retail_period"
  ];
  let before = 0;
  let index = 0;
  for (;;) {
    const span = periodWeeks
      .slice(index * length, index * length + length)
      .reduce((total, each) => total + each, 0);
    if (week < before + span) break;
    before += span;
    index += 1;
  }
  const suffix = {
    retail_period: `-P${String(index + 1).padStart(2, "0")}`,
    retail_quarter: `-Q${index + 1}`,
    retail_half_year: `-H${index + 1}`,
    retail_year: "",
  }[size as "retail_period"];
  return [`RY${name}${suffix}`, addWeeks(first, before).getTime()];
}

describe("agreement with date-fns + @date-fns/tz (an independent implementation)", () => {
  // Zones and years where local midnight always exists: date-fns' start of day is then the same
  // instant. (Where midnight is skipped — Santiago, Apia 2011-12-30, Kathmandu 1986-01-01 — date-fns
  // returns an instant of the previous day; periodOf returns the first instant of the day.)
  const regularZones = ZONES.filter(
    (zone) => zone !== "America/Santiago" && zone !== "Pacific/Apia",
  );
  it("gives the same key and start", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }),
        granularity,
        calendarInput.map((input) => ({
          ...input,
          timeZone: regularZones[input.timeZone.length % regularZones.length] as string,
        })),
        (t, size, input) => {
          const calendar = resolveCalendar(input as Partial<Calendar>);
          const period = periodOf(t, size, calendar);
          const [key, start] = dateFnsPeriod(t, size, calendar);
          expect([period.key, period.start.getTime()]).toEqual([key, start]);
        },
      ),
    );
  });

  it("day lengths match date-fns across a year of days in DST zones", () => {
    for (const timeZone of ["America/New_York", "Europe/Berlin", "Australia/Lord_Howe"]) {
      const calendar = resolveCalendar({ timeZone });
      let day = new TZDate(2025, 0, 1, timeZone);
      for (let i = 0; i < 366; i += 1) {
        const period = periodOf(day.getTime(), "day", calendar);
        expect(period.start.getTime()).toBe(day.getTime());
        const next = addDays(day, 1);
        expect(period.end.getTime()).toBe(next.getTime());
        day = next;
      }
    }
  });
});
