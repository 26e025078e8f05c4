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
