// The day table of aggregate's per-record path gives exactly the bucketer's ordinal, for every
// granularity and calendar (zones with daylight saving, half-hour and 45-minute offsets, a skipped
// day), instants in any order, near period boundaries and far apart (beyond the table's reach).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDayOrdinals, dayOrdinalOf } from "../../../src/aggregate/series/_dayOrdinals.js";
import { createBucketer } from "../../../src/period/bucketer.js";
import { GRANULARITIES } from "../../../src/period/granularity.js";
import { MAX_INSTANT, MIN_INSTANT } from "../../../src/period/instant.js";
import { resolveCalendar } from "../../../src/period/resolveCalendar.js";
import { calendarArbitrary } from "../../properties/support.js";

const DAY = 86_400_000;

/** Instants around a center: within days of it (across period boundaries), decades away, anywhere. */
const instantsAround = (center: number) =>
  fc.array(
    fc.oneof(
      fc.integer({ min: -3 * DAY, max: 3 * DAY }).map((delta) => center + delta),
      fc.integer({ min: -40 * 366 * DAY, max: 40 * 366 * DAY }).map((delta) => center + delta),
      fc.integer({ min: MIN_INSTANT, max: MAX_INSTANT - 1 }),
    ),
    { minLength: 1, maxLength: 300 },
  );

describe("dayOrdinalOf", () => {
  it("gives the bucketer's ordinal for every instant, granularity and calendar", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GRANULARITIES),
        calendarArbitrary,
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }).chain(instantsAround),
        (granularity, calendarInput, instants) => {
          const calendar = resolveCalendar(calendarInput);
          const bucketer = createBucketer(granularity, calendar);
          const table = createDayOrdinals(createBucketer(granularity, calendar));
          for (const instant of instants) {
            expect(dayOrdinalOf(table, instant)).toBe(bucketer.ordinalOf(instant));
          }
        },
      ),
    );
  });

  it("asks the bucketer on a UTC day that holds two boundaries", () => {
    // Day periods: Dublin moved from Dublin Mean Time (-00:25) to summer time (+00:35) on
    // 1916-05-21, a local day of 23 hours inside one UTC day; Samoa skipped 2011-12-30.
    const cases: [string, number][] = [
      ["Europe/Dublin", Date.UTC(1916, 4, 21)],
      ["Pacific/Apia", Date.UTC(2011, 11, 30)],
    ];
    for (const [timeZone, day] of cases) {
      const calendar = resolveCalendar({ timeZone });
      const bucketer = createBucketer("day", calendar);
      expect(bucketer.ordinalOf(day + DAY - 1) - bucketer.ordinalOf(day)).toBe(2);
      const table = createDayOrdinals(createBucketer("day", calendar));
      for (let instant = day - DAY; instant < day + 2 * DAY; instant += 5 * 60_000) {
        expect(dayOrdinalOf(table, instant), `${timeZone} ${new Date(instant).toISOString()}`).toBe(
          bucketer.ordinalOf(instant),
        );
      }
    }
  });
});
