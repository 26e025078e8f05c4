import { describe, expect, it } from "vitest";
import { periodRange } from "../../src/period/periodRange.js";
import { expectKpiError } from "./helpers.js";

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
});
