import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/period/parsePeriod.js";
import { expectKpiError } from "../support/expectKpiError.js";
import { span } from "./helpers.js";

describe("parsePeriod", () => {
  it.each([
    ["2025-03-14", "day", "2025-03-14T00:00:00.000Z", "2025-03-15T00:00:00.000Z"],
    ["2025-W11", "week", "2025-03-10T00:00:00.000Z", "2025-03-17T00:00:00.000Z"],
    ["2020-W53", "week", "2020-12-28T00:00:00.000Z", "2021-01-04T00:00:00.000Z"],
    ["2025-03", "month", "2025-03-01T00:00:00.000Z", "2025-04-01T00:00:00.000Z"],
    ["2024-02", "month", "2024-02-01T00:00:00.000Z", "2024-03-01T00:00:00.000Z"],
    ["2025-Q4", "quarter", "2025-10-01T00:00:00.000Z", "2026-01-01T00:00:00.000Z"],
    ["2025-H2", "half_year", "2025-07-01T00:00:00.000Z", "2026-01-01T00:00:00.000Z"],
    ["2025", "year", "2025-01-01T00:00:00.000Z", "2026-01-01T00:00:00.000Z"],
    ["FY2025-M01", "fiscal_month", "2025-01-01T00:00:00.000Z", "2025-02-01T00:00:00.000Z"],
    ["FY2025-Q2", "fiscal_quarter", "2025-04-01T00:00:00.000Z", "2025-07-01T00:00:00.000Z"],
    ["FY2025-H2", "fiscal_half_year", "2025-07-01T00:00:00.000Z", "2026-01-01T00:00:00.000Z"],
    ["FY2025", "fiscal_year", "2025-01-01T00:00:00.000Z", "2026-01-01T00:00:00.000Z"],
  ] as const)("%s is a %s", (key, granularity, start, end) => {
    const period = parsePeriod(key);
    expect(period.granularity).toBe(granularity);
    expect(span(period)).toEqual([key, start, end]);
  });

  it("reads fiscal keys in the calendar's fiscal year and naming", () => {
    const april = { fiscalYearStartMonth: 4 } as const;
    expect(span(parsePeriod("FY2025", april))).toEqual([
      "FY2025",
      "2024-04-01T00:00:00.000Z",
      "2025-04-01T00:00:00.000Z",
    ]);
    expect(span(parsePeriod("FY2025-M02", april))).toEqual([
      "FY2025-M02",
      "2024-05-01T00:00:00.000Z",
      "2024-06-01T00:00:00.000Z",
    ]);
    expect(span(parsePeriod("FY2025-Q4", april))).toEqual([
      "FY2025-Q4",
      "2025-01-01T00:00:00.000Z",
      "2025-04-01T00:00:00.000Z",
    ]);
    const aprilStart = { fiscalYearStartMonth: 4, fiscalYearNaming: "start_year" } as const;
    expect(span(parsePeriod("FY2025-H2", aprilStart))).toEqual([
      "FY2025-H2",
      "2025-10-01T00:00:00.000Z",
      "2026-04-01T00:00:00.000Z",
    ]);
    const october = { fiscalYearStartMonth: 10, timeZone: "America/New_York" } as const;
    expect(span(parsePeriod("FY2025-Q1", october))).toEqual([
      "FY2025-Q1",
      "2024-10-01T04:00:00.000Z",
      "2025-01-01T05:00:00.000Z",
    ]);
  });

  it("reads keys in the calendar's zone and week start", () => {
    expect(span(parsePeriod("2024-02", { timeZone: "Asia/Jakarta" }))).toEqual([
      "2024-02",
      "2024-01-31T17:00:00.000Z",
      "2024-02-29T17:00:00.000Z",
    ]);
    expect(span(parsePeriod("2025-W01", { weekStartsOn: 0 }))).toEqual([
      "2025-W01",
      "2024-12-29T00:00:00.000Z",
      "2025-01-05T00:00:00.000Z",
    ]);
    expect(span(parsePeriod("2025-03-30", { timeZone: "Europe/Berlin" }))).toEqual([
      "2025-03-30",
      "2025-03-29T23:00:00.000Z",
      "2025-03-30T22:00:00.000Z",
    ]);
  });

  it("returns an empty period for a day a zone skipped (Pacific/Apia 2011-12-30)", () => {
    const period = parsePeriod("2011-12-30", { timeZone: "Pacific/Apia" });
    expect(span(period)).toEqual([
      "2011-12-30",
      "2011-12-30T10:00:00.000Z",
      "2011-12-30T10:00:00.000Z",
    ]);
  });

  it("returns a period that carries its resolved calendar", () => {
    expect(parsePeriod("2025", { timeZone: "Asia/Jakarta" }).calendar).toEqual({
      timeZone: "Asia/Jakarta",
      weekStartsOn: 1,
      fiscalYearStartMonth: 1,
      fiscalYearNaming: "end_year",
    });
  });

  it.each([
    "2025-02-29",
    "2024-02-30",
    "2025-13",
    "2025-00",
    "2025-00-10",
    "2021-W53",
    "2020-W54",
    "2025-W00",
    "2025-Q5",
    "2025-Q0",
    "2025-H3",
    "FY2025-M13",
    "FY2025-M00",
    "FY2025-Q5",
    "FY2025-H0",
    "2025-3",
    "25-03",
    "fy2025",
    "FY2025-01",
    "2025-03-14T00:00:00Z",
    "2025-M01",
    "",
    " 2025",
    "0000",
  ])("%j is invalid_period", (key) => {
    expectKpiError(() => parsePeriod(key), "invalid_period");
  });

  it("names the problem", () => {
    expect(expectKpiError(() => parsePeriod("2025-13"), "invalid_period").message).toBe(
      'parsePeriod: key must be a period that exists in the calendar (a real date, a week number the week-year has, a month 01-12), received "2025-13"',
    );
    expect(
      expectKpiError(() => parsePeriod(202503 as never), "invalid_period").issues[0]?.received,
    ).toBe("202503");
    expectKpiError(() => parsePeriod("2025", { timeZone: "Nowhere/City" }), "invalid_time_zone");
  });
});
