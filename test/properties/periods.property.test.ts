// Period properties over the whole supported range (instants 0001-01-02 to 9999-01-01) and every time zone the
// runtime knows (test/period/properties.property.test.ts covers 1975-2060 in 13 zones): periodOf(t) contains
// t, its key round-trips through parsePeriod and through JSON, its edges belong to it, and the next
// period starts where it ends.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  GRANULARITIES,
  type Granularity,
  type Period,
  parsePeriod,
  periodOf,
  periodRange,
  shiftPeriod,
} from "../../src/index.js";
import type { CalendarInput } from "../../src/period/types.js";

const MAX = Date.UTC(9996, 11, 31); // the next period (a fiscal year, say) stays inside year 9998

const zones = Intl.supportedValuesOf("timeZone");

const calendarArbitrary: fc.Arbitrary<CalendarInput> = fc.record({
  timeZone: fc.constantFrom(...zones),
  weekStartsOn: fc.constantFrom(0, 1, 2, 3, 4, 5, 6),
  fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }),
  fiscalYearNaming: fc.constantFrom("end_year", "start_year"),
  retail: fc.option(
    fc.record({
      weekStartsOn: fc.constantFrom(0, 1, 2, 3, 4, 5, 6),
      yearEnd: fc.constantFrom("last", "nearest"),
      yearEndMonth: fc.integer({ min: 1, max: 12 }),
      pattern: fc.constantFrom("4-4-5", "4-5-4", "5-4-4"),
      leapWeekPeriod: fc.integer({ min: 1, max: 12 }),
      yearNaming: fc.constantFrom("end_year", "start_year"),
    }),
    { nil: undefined },
  ),
}) as fc.Arbitrary<CalendarInput>;

/** Instants anywhere in the range, and many near today (where DST rules are dense). */
const instantArbitrary = fc.oneof(
  // From year 3: a period of year 1 starts before the first supported instant (0001-01-02T00:00Z).
  fc.integer({ min: new Date("0003-01-01T00:00:00Z").getTime(), max: MAX }),
  fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
);

function sameValue(a: Period, b: Period): void {
  expect(a.key).toBe(b.key);
  expect(a.granularity).toBe(b.granularity);
  expect(a.start.toISOString()).toBe(b.start.toISOString());
  expect(a.end.toISOString()).toBe(b.end.toISOString());
}

describe("periods everywhere", () => {
  it("periodOf(t) contains t; its key round-trips through parsePeriod and JSON; its edges are its own", () => {
    fc.assert(
      fc.property(
        instantArbitrary,
        fc.constantFrom(...GRANULARITIES),
        calendarArbitrary,
        (t, granularity, calendar) => {
          // Dates, not numbers: numbers near 1970 are refused as probable epoch seconds.
          const period = periodOf(new Date(t), granularity as Granularity, calendar);
          expect(period.start.getTime()).toBeLessThanOrEqual(t);
          expect(period.end.getTime()).toBeGreaterThan(t);
          sameValue(parsePeriod(period.key, calendar), period);
          sameValue(shiftPeriod(JSON.parse(JSON.stringify(period)), 0), period);
          // The first and the last millisecond belong to the period; the end belongs to the next one.
          expect(periodOf(period.start, granularity, calendar).key).toBe(period.key);
          expect(periodOf(new Date(period.end.getTime() - 1), granularity, calendar).key).toBe(
            period.key,
          );
          const next = shiftPeriod(period, 1);
          expect(next.start.getTime()).toBe(period.end.getTime());
          if (next.end.getTime() > next.start.getTime()) {
            expect(periodOf(period.end, granularity, calendar).key).toBe(next.key);
          }
          expect(next.key > period.key).toBe(true);
          // periodRange over the period's own span is the period alone.
          expect(
            periodRange(
              period.start,
              new Date(period.end.getTime() - 1),
              granularity,
              calendar,
            ).map((p) => p.key),
          ).toEqual([period.key]);
        },
      ),
    );
  });

  it("ISO strings with an offset name the same instant whatever the zone", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        fc.constantFrom(...GRANULARITIES),
        calendarArbitrary,
        (t, offsetMinutes, granularity, calendar) => {
          const seconds = Math.floor(t / 1000) * 1000;
          const local = new Date(seconds + offsetMinutes * 60_000).toISOString().slice(0, 19);
          const sign = offsetMinutes < 0 ? "-" : "+";
          const magnitude = Math.abs(offsetMinutes);
          const offset = `${sign}${String(Math.floor(magnitude / 60)).padStart(2, "0")}:${String(magnitude % 60).padStart(2, "0")}`;
          expect(periodOf(`${local}${offset}`, granularity, calendar).key).toBe(
            periodOf(new Date(seconds), granularity, calendar).key,
          );
        },
      ),
    );
  });
});

// Retail (week-based fiscal) calendars, for every rule, pattern, week start, month and naming, over
// years 1900-2100: the years, periods, quarters, halves and weeks partition time with no gap or
// overlap; a year has 53 weeks exactly when the year-end rule says so (checked against the
// textbook statement of the rule, not the implementation's); every key round-trips.
const DAY = 86_400_000;
const retailArbitrary = fc.record({
  weekStartsOn: fc.constantFrom(0, 1, 2, 3, 4, 5, 6),
  yearEnd: fc.constantFrom("last", "nearest"),
  yearEndMonth: fc.integer({ min: 1, max: 12 }),
  pattern: fc.constantFrom("4-4-5", "4-5-4", "5-4-4"),
  leapWeekPeriod: fc.integer({ min: 1, max: 12 }),
  yearNaming: fc.constantFrom("end_year", "start_year"),
}) as fc.Arbitrary<NonNullable<CalendarInput["retail"]>>;

describe("retail calendars 1900-2100", () => {
  it.each(
    (["last", "nearest"] as const).flatMap((yearEnd) =>
      (["4-4-5", "4-5-4", "5-4-4"] as const).map((pattern) => [yearEnd, pattern] as const),
    ),
  )(
    "%s year-end, %s: partition time into years, periods and weeks, 53 weeks exactly when the rule says so",
    (yearEnd, pattern) => {
      fc.assert(
        fc.property(retailArbitrary, (options) => {
          const retail = { ...options, yearEnd, pattern };
          for (let name = 1900; name <= 2100; name += 1) checkRetailYear(retail, name);
        }),
        { numRuns: 3 },
      );
    },
  );
});

function checkRetailYear(retail: NonNullable<CalendarInput["retail"]>, name: number): void {
  const calendar = { retail };
  const year = parsePeriod(`RY${name}`, calendar);
  const next = parsePeriod(`RY${name + 1}`, calendar);
  expect(next.start.getTime()).toBe(year.end.getTime());
  const weeks = periodRange(year, year, "retail_week", calendar);
  // The rule, as stated: the year ends on the week's last day; with "last", the last such
  // day in the year-end month; with "nearest", the one nearest the month's last day. So
  // the year has 53 weeks when at least 7 ("last") or 4 ("nearest") days of the month
  // remain after its 52nd week.
  const endYear = name + (retail.yearNaming === "start_year" && retail.yearEndMonth !== 12 ? 1 : 0);
  const monthEnd = Date.UTC(endYear, retail.yearEndMonth ?? 1, 0);
  const lastDay = year.end.getTime() - DAY;
  expect(new Date(lastDay).getUTCDay()).toBe(((retail.weekStartsOn ?? 0) + 6) % 7);
  if (retail.yearEnd === "last") {
    expect(monthEnd - lastDay).toBeGreaterThanOrEqual(0);
    expect(monthEnd - lastDay).toBeLessThan(7 * DAY);
  } else {
    expect(Math.abs(monthEnd - lastDay)).toBeLessThanOrEqual(3 * DAY);
  }
  const left = (monthEnd - (year.start.getTime() + 364 * DAY - DAY)) / DAY;
  const expected = left >= (retail.yearEnd === "last" ? 7 : 4) ? 53 : 52;
  expect([name, weeks.length]).toEqual([name, expected]);
  for (const granularity of [
    "retail_week",
    "retail_period",
    "retail_quarter",
    "retail_half_year",
  ] as const) {
    const periods = periodRange(year, year, granularity, calendar);
    expect(periods[0]?.start.getTime()).toBe(year.start.getTime());
    expect(periods.at(-1)?.end.getTime()).toBe(year.end.getTime());
    periods.forEach((period, index) => {
      if (index > 0) expect(period.start.getTime()).toBe(periods[index - 1]?.end.getTime());
      expect((period.end.getTime() - period.start.getTime()) % (7 * DAY)).toBe(0);
      expect(parsePeriod(period.key, calendar).start.getTime()).toBe(period.start.getTime());
      expect(period.key.startsWith(`RY${name}`)).toBe(true);
    });
  }
  expect(weeks.map((week) => week.key).at(-1)).toBe(`RY${name}-W${expected}`);
}
