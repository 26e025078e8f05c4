import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/period/parsePeriod.js";
import { periodOf } from "../../src/period/periodOf.js";
import { periodRange } from "../../src/period/periodRange.js";
import { expectKpiError } from "../support/expectKpiError.js";

describe("periodRange", () => {
  it("includes the periods containing from and to", () => {
    expect(periodRange("2024-11-15", "2025-02-01", "month").map((p) => p.key)).toEqual([
      "2024-11",
      "2024-12",
      "2025-01",
      "2025-02",
    ]);
    expect(
      periodRange("2025-03-14T10:00:00Z", "2025-03-14T11:00:00Z", "day").map((p) => p.key),
    ).toEqual(["2025-03-14"]);
    expect(periodRange("2020-12-20", "2021-01-10", "week").map((p) => p.key)).toEqual([
      "2020-W51",
      "2020-W52",
      "2020-W53",
      "2021-W01",
    ]);
    expect(
      periodRange("2024-03-01", "2025-03-31", "fiscal_quarter", { fiscalYearStartMonth: 4 }).map(
        (p) => p.key,
      ),
    ).toEqual(["FY2024-Q4", "FY2025-Q1", "FY2025-Q2", "FY2025-Q3", "FY2025-Q4"]);
  });

  it("returns contiguous periods in the calendar's zone", () => {
    const days = periodRange("2025-03-08", "2025-03-10", "day", { timeZone: "America/New_York" });
    expect(days.map((p) => p.key)).toEqual(["2025-03-08", "2025-03-09", "2025-03-10"]);
    for (let index = 1; index < days.length; index += 1) {
      expect(days[index]?.start.getTime()).toBe(days[index - 1]?.end.getTime());
    }
    expect(days.map((p) => (p.end.getTime() - p.start.getTime()) / 3_600_000)).toEqual([
      24, 23, 24,
    ]);
    const jakarta = periodRange("2024-01-31T16:00:00Z", "2024-01-31T18:00:00Z", "month", {
      timeZone: "Asia/Jakarta",
    });
    expect(jakarta.map((p) => p.key)).toEqual(["2024-01", "2024-02"]);
  });

  it("rejects a reversed range, bad instants and huge ranges", () => {
    const reversed = expectKpiError(
      () => periodRange("2025-03-02", "2025-03-01", "day"),
      "invalid_argument",
    );
    expect(reversed.message).toBe(
      'periodRange: "from" must be an instant at or before "to", received "2025-03-02", after "to" "2025-03-01"',
    );
    expect(
      expectKpiError(() => periodRange("2025-03-01", "soon", "day"), "invalid_date").issues[0]
        ?.path,
    ).toEqual(["to"]);
    expectKpiError(() => periodRange("0001-01-02", "9998-12-31", "day"), "invalid_argument");
    expectKpiError(
      () => periodRange("2025-01-01", "2025-02-01", "decade" as never),
      "invalid_argument",
    );
  });

  it("takes period keys and periods as bounds, covering the whole period (as aggregate's range)", () => {
    const keys = (periods: readonly { key: string }[]): string[] => periods.map((p) => p.key);
    expect(keys(periodRange("2025-Q1", "2025-Q2", "month"))).toEqual([
      "2025-01",
      "2025-02",
      "2025-03",
      "2025-04",
      "2025-05",
      "2025-06",
    ]);
    expect(keys(periodRange("2025-03", "2025-03", "day")).length).toBe(31);
    expect(keys(periodRange("2024-W52", "2025-W02", "week"))).toEqual([
      "2024-W52",
      "2025-W01",
      "2025-W02",
    ]);
    const april = { fiscalYearStartMonth: 4, timeZone: "Asia/Jakarta" } as const;
    expect(keys(periodRange("FY2025", "FY2025", "fiscal_quarter", april))).toEqual([
      "FY2025-Q1",
      "FY2025-Q2",
      "FY2025-Q3",
      "FY2025-Q4",
    ]);
    // A key is read in the range's calendar: FY2025-M01 of an April year is April 2024.
    expect(keys(periodRange("FY2025-M01", "2024-06", "month", april))).toEqual([
      "2024-04",
      "2024-05",
      "2024-06",
    ]);
    // Periods (also after JSON) are read in their own calendar; mixed with instants.
    const quarter = JSON.parse(JSON.stringify(parsePeriod("2025-Q3")));
    expect(keys(periodRange(quarter, "2025-10-01T00:00:00Z", "month"))).toEqual([
      "2025-07",
      "2025-08",
      "2025-09",
      "2025-10",
    ]);
    expect(keys(periodRange(periodOf("2025-03-14", "week"), "2025-03-20", "day"))).toEqual([
      "2025-03-10",
      "2025-03-11",
      "2025-03-12",
      "2025-03-13",
      "2025-03-14",
      "2025-03-15",
      "2025-03-16",
      "2025-03-17",
      "2025-03-18",
      "2025-03-19",
      "2025-03-20",
    ]);
  });

  it("lists a day a zone skipped when it is both bounds (its own period, though empty)", () => {
    const apia = { timeZone: "Pacific/Apia" };
    const [skipped] = periodRange("2011-12-30", "2011-12-30", "day", apia);
    expect(skipped?.key).toBe("2011-12-30");
    expect(skipped?.start.getTime()).toBe(skipped?.end.getTime());
    expect(keys3(periodRange("2011-12-29", "2011-12-31", "day", apia))).toEqual([
      "2011-12-29",
      "2011-12-30",
      "2011-12-31",
    ]);
  });

  it("refuses a bound that is neither an instant nor a period", () => {
    const reversed = expectKpiError(
      () => periodRange("2025-Q2", "2025-Q1", "month"),
      "invalid_argument",
    );
    expect(reversed.issues[0]?.path).toEqual(["from"]);
    expectKpiError(() => periodRange("2025-02-30", "2025-03", "day"), "invalid_date", {
      path: ["from"],
    });
    expectKpiError(
      () => periodRange({ granularity: "month", key: "2025-13" } as never, "2025-12", "month"),
      "invalid_period",
      {
        message:
          'periodRange: "from" must be an instant, a period key of the calendar or a period: a period that exists in the calendar (a real date, a week number the week-year has, a month 01-12), of granularity month, received an object',
        path: ["from"],
      },
    );
  });
});

function keys3(periods: readonly { key: string }[]): string[] {
  return periods.map((period) => period.key);
}
