import { describe, expect, it } from "vitest";
import { aggregate, compare, rollup, sum } from "../../src/aggregate/index.js";
import { NRF_RETAIL_CALENDAR } from "../../src/period/nrfRetailCalendar.js";
import { parsePeriod } from "../../src/period/parsePeriod.js";
import { periodOf } from "../../src/period/periodOf.js";
import { periodRange } from "../../src/period/periodRange.js";
import { periodsNest } from "../../src/period/periodsNest.js";
import { previousPeriod } from "../../src/period/previousPeriod.js";
import { resolveCalendar } from "../../src/period/resolveCalendar.js";
import { samePeriodLastYear } from "../../src/period/samePeriodLastYear.js";
import { shiftPeriod } from "../../src/period/shiftPeriod.js";
import type { CalendarInput, Period } from "../../src/period/types.js";
import { expectKpiError } from "../support/expectKpiError.js";

const day = (date: Date): string => date.toISOString().slice(0, 10);
const span = (period: Period): [string, string, string] => [
  period.key,
  day(period.start),
  day(new Date(period.end.getTime() - 1)),
];
const weeksIn = (key: string, calendar?: CalendarInput): number => {
  const year = parsePeriod(key, calendar);
  return periodRange(year, year, "retail_week", calendar).length;
};

describe("the NRF 4-5-4 calendar (the default retail calendar)", () => {
  // NRF, "4-5-4 Calendar — An Explanation of the 53-Week Year"
  // (https://www.nrf.com/modules.php?name=Pages&sp_id=391): "every five to six years a week is
  // added to the fiscal calendar ... in FY'00, FY'06, FY'12 and will occur in FY'17." Fiscal 2023
  // is the next: it began on Sunday 29 January 2023 and ended on Saturday 3 February 2024, 53 weeks
  // (Coresight, "The 4-5-4 US Retail Calendar, 2023–24": "the fiscal year ending February 3, 2024.
  // Fiscal 2023 comprises 53 weeks ... most recently occurred in fiscal 2017"; retaildogma.com:
  // "starts on Sunday, 29th of January 2023 and ends on Saturday, 3rd of February 2024").
  it("gives NRF's published years, first and last days and 53-week years", () => {
    const years = [
      ["RY2000", "2000-01-30", "2001-02-03", 53],
      ["RY2006", "2006-01-29", "2007-02-03", 53],
      ["RY2011", "2011-01-30", "2012-01-28", 52],
      ["RY2012", "2012-01-29", "2013-02-02", 53],
      ["RY2016", "2016-01-31", "2017-01-28", 52],
      ["RY2017", "2017-01-29", "2018-02-03", 53],
      ["RY2018", "2018-02-04", "2019-02-02", 52],
      ["RY2022", "2022-01-30", "2023-01-28", 52],
      ["RY2023", "2023-01-29", "2024-02-03", 53],
      ["RY2024", "2024-02-04", "2025-02-01", 52],
      ["RY2025", "2025-02-02", "2026-01-31", 52],
    ] as const;
    for (const [key, first, last, weeks] of years) {
      expect([...span(parsePeriod(key)), weeksIn(key)]).toEqual([key, first, last, weeks]);
    }
    // Years 2001-2030: 53 weeks exactly in 2000's successors 2006, 2012, 2017, 2023 and 2028.
    const long = [];
    for (let year = 2001; year <= 2030; year += 1) {
      if (weeksIn(`RY${year}`) === 53) long.push(year);
    }
    expect(long).toEqual([2006, 2012, 2017, 2023, 2028]);
  });

  it("cuts 2023 into 4-5-4 periods with the 53rd week in January (period 12)", () => {
    // NRF 2023: February 29 Jan – 25 Feb, March 26 Feb – 1 Apr, ..., January 31 Dec – 3 Feb (5 weeks).
    const periods = periodRange(parsePeriod("RY2023"), parsePeriod("RY2023"), "retail_period");
    expect(periods.map(span)).toEqual([
      ["RY2023-P01", "2023-01-29", "2023-02-25"],
      ["RY2023-P02", "2023-02-26", "2023-04-01"],
      ["RY2023-P03", "2023-04-02", "2023-04-29"],
      ["RY2023-P04", "2023-04-30", "2023-05-27"],
      ["RY2023-P05", "2023-05-28", "2023-07-01"],
      ["RY2023-P06", "2023-07-02", "2023-07-29"],
      ["RY2023-P07", "2023-07-30", "2023-08-26"],
      ["RY2023-P08", "2023-08-27", "2023-09-30"],
      ["RY2023-P09", "2023-10-01", "2023-10-28"],
      ["RY2023-P10", "2023-10-29", "2023-11-25"],
      ["RY2023-P11", "2023-11-26", "2023-12-30"],
      ["RY2023-P12", "2023-12-31", "2024-02-03"],
    ]);
    expect(
      periodRange(parsePeriod("RY2023"), parsePeriod("RY2023"), "retail_quarter").map(span),
    ).toEqual([
      ["RY2023-Q1", "2023-01-29", "2023-04-29"],
      ["RY2023-Q2", "2023-04-30", "2023-07-29"],
      ["RY2023-Q3", "2023-07-30", "2023-10-28"],
      ["RY2023-Q4", "2023-10-29", "2024-02-03"],
    ]);
    expect(span(parsePeriod("RY2023-H2"))).toEqual(["RY2023-H2", "2023-07-30", "2024-02-03"]);
    expect(span(parsePeriod("RY2023-W53"))).toEqual(["RY2023-W53", "2024-01-28", "2024-02-03"]);
  });

  it("is what an empty retail part resolves to, and the preset itself", () => {
    expect(resolveCalendar({ retail: {} }).retail).toEqual(NRF_RETAIL_CALENDAR);
    expect(resolveCalendar({}).retail).toBeUndefined();
    expect(periodOf("2024-02-03", "retail_week", { retail: NRF_RETAIL_CALENDAR }).key).toBe(
      "RY2023-W53",
    );
    expect(periodOf("2024-02-04", "retail_week").key).toBe("RY2024-W01");
  });
});

describe("retail calendar options", () => {
  it("ends the year on the last, or the nearest, week-ending day of the month", () => {
    // The year ending in January 2024: Saturday 27 January is the last Saturday of January;
    // Saturday 3 February is the one nearest 31 January (a Wednesday).
    expect(span(parsePeriod("RY2023", { retail: { yearEnd: "last" } }))[2]).toBe("2024-01-27");
    expect(span(parsePeriod("RY2023", { retail: { yearEnd: "nearest" } }))[2]).toBe("2024-02-03");
    // Weeks Monday to Sunday, years ending on the last Sunday of December (named by that year).
    const december = { weekStartsOn: 1, yearEnd: "last", yearEndMonth: 12 } as const;
    expect(span(parsePeriod("RY2024", { retail: december }))).toEqual([
      "RY2024",
      "2024-01-01",
      "2024-12-29",
    ]);
    expect(
      span(parsePeriod("RY2024", { retail: { ...december, yearNaming: "start_year" } })),
    ).toEqual(["RY2024", "2024-01-01", "2024-12-29"]);
  });

  it("cuts quarters by the pattern and puts the 53rd week where asked", () => {
    const weeks = (retail: CalendarInput["retail"], key: string): number[] =>
      periodRange(parsePeriod(key, { retail }), parsePeriod(key, { retail }), "retail_period", {
        retail,
      }).map((period) => (period.end.getTime() - period.start.getTime()) / (7 * 86_400_000));
    expect(weeks({ pattern: "4-4-5" }, "RY2024")).toEqual([4, 4, 5, 4, 4, 5, 4, 4, 5, 4, 4, 5]);
    expect(weeks({ pattern: "5-4-4" }, "RY2024")).toEqual([5, 4, 4, 5, 4, 4, 5, 4, 4, 5, 4, 4]);
    expect(weeks({ pattern: "4-4-5" }, "RY2023")).toEqual([4, 4, 5, 4, 4, 5, 4, 4, 5, 4, 4, 6]);
    expect(weeks({ pattern: "4-4-5", leapWeekPeriod: 1 }, "RY2023")).toEqual([
      5, 4, 5, 4, 4, 5, 4, 4, 5, 4, 4, 5,
    ]);
  });

  it("names years by their start or by their year-end month", () => {
    const endYear = { retail: { yearNaming: "end_year" } } as const;
    expect(periodOf("2023-06-01", "retail_year", endYear).key).toBe("RY2024");
    expect(span(parsePeriod("RY2024", endYear))).toEqual(["RY2024", "2023-01-29", "2024-02-03"]);
  });

  it("refuses a bad retail part, naming each field", () => {
    expectKpiError(
      () => resolveCalendar(JSON.parse('{ "retail": { "pattern": "4-4-4", "yearEnd": "first" } }')),
      "invalid_calendar",
      {
        message:
          '2 problems:\n  - resolveCalendar: calendar field "retail.yearEnd" must be "last" or "nearest" (the last week-ending day of the year-end month, or the one nearest its end), received "first"\n  - resolveCalendar: calendar field "retail.pattern" must be a pattern of weeks per quarter, "4-4-5", "4-5-4" or "5-4-4", received "4-4-4"',
        path: ["retail", "yearEnd"],
      },
    );
    expectKpiError(
      () => resolveCalendar(JSON.parse('{ "retail": { "leapWeek": 12 } }')),
      "invalid_calendar",
      /calendar field "retail.leapWeek" must be one of the retail calendar fields "weekStartsOn", "yearEnd", "yearEndMonth", "pattern", "leapWeekPeriod", "yearNaming", received "leapWeek"/,
    );
    expectKpiError(
      () => resolveCalendar(JSON.parse('{ "retail": "nrf" }')),
      "invalid_calendar",
      /calendar field "retail" must be a retail calendar object/,
    );
    expectKpiError(
      () => resolveCalendar(JSON.parse('{ "retail": { "leapWeekPeriod": 13 } }')),
      "invalid_calendar",
      /must be an integer period from 1 to 12 to take the 53rd week, received 13/,
    );
  });
});

describe("retail keys", () => {
  it("round-trip through parsePeriod, and refuse periods the year does not have", () => {
    for (const key of [
      "RY2023-W53",
      "RY2024-W01",
      "RY2024-P12",
      "RY2024-Q4",
      "RY2024-H2",
      "RY2024",
    ]) {
      expect(parsePeriod(key).key).toBe(key);
    }
    for (const key of [
      "RY2024-W53",
      "RY2024-W00",
      "RY2024-P13",
      "RY2024-P00",
      "RY2024-Q5",
      "RY2024-H3",
    ]) {
      expectKpiError(() => parsePeriod(key), "invalid_period", {
        message: `parsePeriod: key must be a period that exists in the calendar (a real date, a week number the week-year has, a month 01-12), received "${key}"`,
      });
    }
    for (const key of ["RY2024-W5", "RY2024-P2", "ry2024", "RY24", "RY2024-M02", "FY2024-P02"]) {
      expectKpiError(() => parsePeriod(key), "invalid_period", { path: ["key"] });
    }
  });

  it("depend on the calendar they are read in", () => {
    const lastSaturday = { retail: { yearEnd: "last" } } as const;
    expect(span(parsePeriod("RY2023-W53"))).toEqual(["RY2023-W53", "2024-01-28", "2024-02-03"]);
    expectKpiError(() => parsePeriod("RY2023-W53", lastSaturday), "invalid_period");
    expect(span(parsePeriod("RY2023-W01", { timeZone: "Asia/Jakarta" }))).toEqual([
      "RY2023-W01",
      "2023-01-28", // 29 January 00:00 in Jakarta is 28 January 17:00 UTC
      "2023-02-04",
    ]);
  });
});

describe("retail periods through the period functions", () => {
  it("shift, step back and compare a year earlier", () => {
    expect(shiftPeriod(parsePeriod("RY2023-W52"), 1).key).toBe("RY2023-W53");
    expect(shiftPeriod(parsePeriod("RY2023-W53"), 1).key).toBe("RY2024-W01");
    expect(shiftPeriod(parsePeriod("RY2024-P12"), 1).key).toBe("RY2025-P01");
    expect(previousPeriod(parsePeriod("RY2024-Q1")).key).toBe("RY2023-Q4");
    expect(samePeriodLastYear(parsePeriod("RY2024-P05")).key).toBe("RY2023-P05");
    expect(samePeriodLastYear(parsePeriod("RY2024-H2")).key).toBe("RY2023-H2");
    expect(samePeriodLastYear(parsePeriod("RY2024")).key).toBe("RY2023");
    // The non-restated rule's week 53 has no counterpart of its own: samePeriodLastYear maps it
    // to week 52, as it does for ISO weeks (retailComparisonPeriod reports null instead).
    expect(samePeriodLastYear(parsePeriod("RY2023-W53")).key).toBe("RY2022-W52");
  });

  it("take retail periods and keys as range bounds", () => {
    expect(periodRange("RY2024-Q1", "RY2024-Q1", "retail_period").map((p) => p.key)).toEqual([
      "RY2024-P01",
      "RY2024-P02",
      "RY2024-P03",
    ]);
    expect(periodRange("2024-01-31", "2024-02-05", "retail_week").map((p) => p.key)).toEqual([
      "RY2023-W53",
      "RY2024-W01",
    ]);
  });

  it("nest: retail weeks in retail periods; retail periods in longer ones; not in calendar months", () => {
    const calendar = resolveCalendar({});
    expect(periodsNest("retail_week", "retail_period", calendar)).toBe(true);
    expect(periodsNest("retail_period", "retail_quarter", calendar)).toBe(true);
    expect(periodsNest("retail_quarter", "retail_year", calendar)).toBe(true);
    expect(periodsNest("retail_week", "month", calendar)).toBe(false);
    expect(periodsNest("retail_period", "quarter", calendar)).toBe(false);
    // ISO weeks (Monday) do not nest in NRF weeks (Sunday); Sunday weeks do.
    expect(periodsNest("week", "retail_period", calendar)).toBe(false);
    expect(periodsNest("week", "retail_period", resolveCalendar({ weekStartsOn: 0 }))).toBe(true);
  });
});

describe("retail periods in aggregate and rollup", () => {
  const sales = [
    { at: "2024-01-28T10:00:00Z", amount: "5" }, // RY2023-W53, period 12
    { at: "2024-02-03T23:00:00Z", amount: "7" }, // RY2023-W53
    { at: "2024-02-04T00:00:00Z", amount: "11" }, // RY2024-W01
    { at: "2024-03-02T12:00:00Z", amount: "13" }, // RY2024-W04, period 1
    { at: "2024-03-03T00:00:00Z", amount: "17" }, // RY2024-W05, period 2
  ];

  it("bucket records into retail weeks and roll them up to periods, quarters and years", () => {
    const weekly = aggregate(sales, {
      date: "at",
      granularity: "retail_week",
      measures: { revenue: sum("amount") },
    });
    expect(weekly.cells.map((cell) => [cell.period.key, cell.values.revenue.toString()])).toEqual([
      ["RY2023-W53", "12"],
      ["RY2024-W01", "11"],
      ["RY2024-W02", "0"],
      ["RY2024-W03", "0"],
      ["RY2024-W04", "13"],
      ["RY2024-W05", "17"],
    ]);
    const periods = rollup(weekly, "retail_period");
    expect(periods.cells.map((cell) => [cell.period.key, cell.values.revenue.toString()])).toEqual([
      ["RY2023-P12", "12"],
      ["RY2024-P01", "24"],
      ["RY2024-P02", "17"],
    ]);
    const years = rollup(periods, "retail_year");
    expect(years.cells.map((cell) => [cell.period.key, cell.values.revenue.toString()])).toEqual([
      ["RY2023", "12"],
      ["RY2024", "41"],
    ]);
    expectKpiError(() => rollup(weekly, "month"), "invalid_argument");
  });

  it("compare with the same period last year through samePeriodLastYear", () => {
    const periods = aggregate(sales, {
      date: "at",
      granularity: "retail_period",
      measures: { revenue: sum("amount") },
    });
    const rows = compare(periods, "same_period_last_year").map((row) => [
      row.period.key,
      row.previousPeriod.key,
    ]);
    expect(rows).toEqual([
      ["RY2023-P12", "RY2022-P12"],
      ["RY2024-P01", "RY2023-P01"],
      ["RY2024-P02", "RY2023-P02"],
    ]);
  });
});
