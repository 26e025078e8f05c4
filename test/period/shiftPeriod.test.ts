import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/period/parsePeriod.js";
import { periodOf } from "../../src/period/periodOf.js";
import { previousPeriod } from "../../src/period/previousPeriod.js";
import { samePeriodLastYear } from "../../src/period/samePeriodLastYear.js";
import { shiftPeriod } from "../../src/period/shiftPeriod.js";
import { expectKpiError } from "../support/expectKpiError.js";
import { span } from "./helpers.js";

describe("shiftPeriod", () => {
  it.each([
    ["2025-03-14", 20, "2025-04-03"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2025-W52", 1, "2026-W01"],
    ["2021-W01", -1, "2020-W53"],
    ["2025-11", 3, "2026-02"],
    ["2025-01", -13, "2023-12"],
    ["2025-Q1", -1, "2024-Q4"],
    ["2025-H2", 1, "2026-H1"],
    ["2025", 0, "2025"],
    ["2025", -25, "2000"],
    ["FY2025-M12", 1, "FY2026-M01"],
    ["FY2025-Q4", 1, "FY2026-Q1"],
    ["FY2025-H1", -1, "FY2024-H2"],
    ["FY2025", 10, "FY2035"],
  ])("%s shifted by %i is %s", (key, n, expected) => {
    expect(shiftPeriod(parsePeriod(key), n).key).toBe(expected);
  });

  it("keeps the calendar: a New York day after the spring-forward day", () => {
    const calendar = { timeZone: "America/New_York" };
    const day = shiftPeriod(parsePeriod("2025-03-08", calendar), 1);
    expect(span(day)).toEqual([
      "2025-03-09",
      "2025-03-09T05:00:00.000Z",
      "2025-03-10T04:00:00.000Z",
    ]);
    expect(day.calendar.timeZone).toBe("America/New_York");
    const fiscal = shiftPeriod(
      periodOf("2024-05-10", "fiscal_quarter", { fiscalYearStartMonth: 4 }),
      3,
    );
    expect(span(fiscal)).toEqual([
      "FY2025-Q4",
      "2025-01-01T00:00:00.000Z",
      "2025-04-01T00:00:00.000Z",
    ]);
  });

  it("accepts a period that went through JSON (calendar as plain data)", () => {
    const period = periodOf("2024-05-10", "fiscal_month", {
      fiscalYearStartMonth: 4,
      timeZone: "Asia/Jakarta",
    });
    const copy = JSON.parse(JSON.stringify(period));
    expect(shiftPeriod(copy, 1)).toEqual(shiftPeriod(period, 1));
    expect(shiftPeriod(copy, 1).key).toBe("FY2025-M03");
  });

  it("rejects what is not a period and counts that are not integers", () => {
    expectKpiError(() => shiftPeriod({ key: "2025-03" } as never, 1), "invalid_period");
    expectKpiError(() => shiftPeriod(null as never, 1), "invalid_period");
    expectKpiError(() => shiftPeriod("2025-03" as never, 1), "invalid_period");
    expectKpiError(
      () => shiftPeriod({ granularity: "month", key: "2025-W03", calendar: {} } as never, 1),
      "invalid_period",
    );
    expectKpiError(
      () =>
        shiftPeriod(
          { granularity: "month", key: "2025-03", calendar: { timeZone: "X/Y" } } as never,
          1,
        ),
      "invalid_time_zone",
    );
    for (const n of [1.5, Number.NaN, Number.POSITIVE_INFINITY, "1", 2 ** 60]) {
      expectKpiError(() => shiftPeriod(parsePeriod("2025-03"), n as never), "invalid_argument");
    }
  });

  it.each([
    ["fiscal_year", "FY25"],
    ["fiscal_year", "FY202"],
    ["fiscal_year", "FY+2025"],
    ["fiscal_quarter", "FY25-Q1"],
    ["fiscal_month", "FY2025-M1"],
    ["year", "202"],
    ["year", "25"],
    ["quarter", "25-Q1"],
    ["half_year", "202-H1"],
    ["month", "25-03"],
    ["day", "25-03-14"],
    ["week", "25-W11"],
    ["month", "2025-03 "],
  ])("refuses the %s key %j, which would not read back unchanged", (granularity, key) => {
    const error = expectKpiError(
      () => shiftPeriod({ granularity, key, calendar: {} } as never, 0),
      "invalid_period",
    );
    expect(error.message).toBe(
      `shiftPeriod: period key must be a period that exists in the calendar (a real date, a week number the week-year has, a month 01-12), of granularity ${granularity}, received ${JSON.stringify(key)}`,
    );
    expectKpiError(
      () => samePeriodLastYear({ granularity, key, calendar: {} } as never),
      "invalid_period",
    );
  });

  it("refuses to leave the supported years", () => {
    expectKpiError(() => shiftPeriod(parsePeriod("9998"), 1), "invalid_period");
    expectKpiError(() => shiftPeriod(parsePeriod("0001-01-02"), -1), "invalid_period");
    expectKpiError(() => shiftPeriod(parsePeriod("2025-03"), 10_000_000), "invalid_period");
  });
});

describe("previousPeriod", () => {
  it.each([
    ["2025-03-01", "2025-02-28"],
    ["2024-03-01", "2024-02-29"],
    ["2021-W01", "2020-W53"],
    ["2025-01", "2024-12"],
    ["2025-Q1", "2024-Q4"],
    ["2025-H1", "2024-H2"],
    ["2025", "2024"],
    ["FY2025-M01", "FY2024-M12"],
  ])("before %s is %s", (key, expected) => {
    expect(previousPeriod(parsePeriod(key)).key).toBe(expected);
  });

  it("is shiftPeriod by -1", () => {
    const period = periodOf("2025-10-26T12:00:00Z", "day", { timeZone: "Europe/Berlin" });
    expect(previousPeriod(period)).toEqual(shiftPeriod(period, -1));
  });
});

describe("samePeriodLastYear", () => {
  it.each([
    ["2025-03-14", "2024-03-14"],
    ["2024-02-29", "2023-02-28"],
    ["2025-02-28", "2024-02-28"],
    ["2025-W11", "2024-W11"],
    ["2021-W01", "2020-W01"],
    ["2020-W53", "2019-W52"], // 2019 has no week 53
    ["2015-W53", "2014-W52"],
    ["2026-W53", "2025-W52"], // two consecutive week-years never both have a week 53
    ["2021-W52", "2020-W52"],
    ["2025-03", "2024-03"],
    ["2025-Q1", "2024-Q1"],
    ["2025-H2", "2024-H2"],
    ["2025", "2024"],
    ["FY2025-M02", "FY2024-M02"],
    ["FY2025-Q3", "FY2024-Q3"],
    ["FY2025-H1", "FY2024-H1"],
    ["FY2025", "FY2024"],
  ])("%s -> %s", (key, expected) => {
    expect(samePeriodLastYear(parsePeriod(key)).key).toBe(expected);
  });

  it("uses the period's own calendar (fiscal April, Sunday weeks)", () => {
    const april = { fiscalYearStartMonth: 4, timeZone: "Asia/Jakarta" } as const;
    expect(span(samePeriodLastYear(parsePeriod("FY2025-Q1", april)))).toEqual([
      "FY2024-Q1",
      "2023-03-31T17:00:00.000Z",
      "2023-06-30T17:00:00.000Z",
    ]);
    const sunday = { weekStartsOn: 0 } as const;
    // Sunday weeks: 2026-01-01 is in 2025-W53; 2024 has 52 such weeks.
    expect(samePeriodLastYear(periodOf("2026-01-01", "week", sunday)).key).toBe("2024-W52");
  });

  it("refuses to leave the supported years", () => {
    expectKpiError(() => samePeriodLastYear(parsePeriod("0001-05")), "invalid_period");
    expectKpiError(() => samePeriodLastYear({} as never), "invalid_period");
  });
});
