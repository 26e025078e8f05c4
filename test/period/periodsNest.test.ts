import { describe, expect, it } from "vitest";
import { createBucketer } from "../../src/period/bucketer.js";
import { GRANULARITIES } from "../../src/period/granularity.js";
import { periodRange } from "../../src/period/periodRange.js";
import { periodsNest } from "../../src/period/periodsNest.js";
import { resolveCalendar } from "../../src/period/resolveCalendar.js";
import type { Calendar, Granularity } from "../../src/period/types.js";

/** Whether every period of `fine` over three years lies inside one period of `coarse`. */
function nestsOverThreeYears(fine: Granularity, coarse: Granularity, calendar: Calendar): boolean {
  const outer = createBucketer(coarse, calendar);
  return periodRange("2023-01-01", "2025-12-31", fine, calendar).every(
    (period) =>
      outer.ordinalOf(period.start.getTime()) === outer.ordinalOf(period.end.getTime() - 1),
  );
}

describe("periodsNest", () => {
  it("agrees with the periods themselves for every pair, fiscal start and week start", () => {
    let pairs = 0;
    for (const fiscalYearStartMonth of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const) {
      for (const weekStartsOn of [0, 1] as const) {
        const calendar = resolveCalendar({
          timeZone: "America/New_York",
          fiscalYearStartMonth,
          weekStartsOn,
        });
        for (const fine of GRANULARITIES) {
          for (const coarse of GRANULARITIES) {
            pairs += 1;
            expect([
              fine,
              coarse,
              fiscalYearStartMonth,
              periodsNest(fine, coarse, calendar),
            ]).toEqual([
              fine,
              coarse,
              fiscalYearStartMonth,
              nestsOverThreeYears(fine, coarse, calendar),
            ]);
          }
        }
      }
    }
    expect(pairs).toBe(5400);
  });

  it("nests months in fiscal quarters, and quarters in fiscal years only on quarter starts", () => {
    const april = resolveCalendar({ fiscalYearStartMonth: 4 });
    const may = resolveCalendar({ fiscalYearStartMonth: 5 });
    expect(periodsNest("month", "fiscal_quarter", may)).toBe(true);
    expect(periodsNest("quarter", "fiscal_year", april)).toBe(true);
    expect(periodsNest("quarter", "fiscal_year", may)).toBe(false);
    expect(periodsNest("week", "month", april)).toBe(false);
    expect(periodsNest("fiscal_month", "month", may)).toBe(true);
  });
});
