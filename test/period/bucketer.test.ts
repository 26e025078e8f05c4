import { describe, expect, it } from "vitest";
import { createBucketer } from "../../src/period/bucketer.js";
import { parsePeriod } from "../../src/period/parsePeriod.js";
import { periodOf } from "../../src/period/periodOf.js";
import { resolveCalendar } from "../../src/period/resolveCalendar.js";
import { expectKpiError } from "../support/expectKpiError.js";

describe("createBucketer", () => {
  const jakarta = resolveCalendar({ timeZone: "Asia/Jakarta" });

  it("numbers periods with consecutive ordinals, the same in every bucketer", () => {
    const first = createBucketer("month", jakarta);
    const second = createBucketer("month", jakarta);
    const january = first.ordinalOf(Date.UTC(2024, 0, 15));
    const february = first.ordinalOf(Date.UTC(2024, 0, 31, 20)); // February in Jakarta
    expect(february - january).toBe(1);
    expect(second.ordinalOf(Date.UTC(2024, 1, 10))).toBe(february);
    expect(first.period(february).key).toBe("2024-02");
    expect(first.startOf(february)).toBe(Date.UTC(2024, 0, 31, 17));
    expect(first.ordinalOfPeriod(parsePeriod("2024-02", jakarta))).toBe(february);
    expect(first.granularity).toBe("month");
    expect(first.calendar).toBe(jakarta);
    // Calendar months count from January 1970.
    expect(february).toBe((2024 - 1970) * 12 + 1);
  });

  it("answers far-apart instants (placeholder dates) and keeps agreeing with periodOf", () => {
    const bucketer = createBucketer("day", jakarta);
    const instants = [
      Date.UTC(2025, 2, 14, 12),
      Date.UTC(1900, 0, 1),
      Date.UTC(2025, 2, 20),
      Date.UTC(9998, 11, 31),
      Date.UTC(2025, 0, 1),
      Date.UTC(1980, 5, 1),
      Date.UTC(2025, 5, 1),
      Date.UTC(1900, 0, 2),
    ];
    for (let round = 0; round < 3; round += 1) {
      for (const t of instants) {
        const ordinal = bucketer.ordinalOf(t);
        expect(bucketer.period(ordinal)).toEqual(periodOf(t, "day", jakarta));
      }
    }
  });

  it("gives the start of ordinals 0 and 1 before it has answered anything", () => {
    // The placeholder segment of a fresh bucketer once answered NaN for ordinals 0 and 1.
    for (const granularity of ["year", "month", "day"] as const) {
      const bucketer = createBucketer(granularity, resolveCalendar({ timeZone: "UTC" }));
      expect(bucketer.startOf(0)).toBe(0);
      expect(bucketer.startOf(1)).toBe(parsePeriod(bucketer.period(1).key).start.getTime());
    }
    const jakarta = createBucketer("year", resolveCalendar({ timeZone: "Asia/Jakarta" }));
    expect(new Date(jakarta.startOf(0)).toISOString()).toBe("1969-12-31T17:00:00.000Z");
  });

  it("walks many consecutive periods", () => {
    const calendar = resolveCalendar({ timeZone: "Europe/Berlin", weekStartsOn: 0 });
    for (const granularity of ["day", "week", "month"] as const) {
      const bucketer = createBucketer(granularity, calendar);
      let ordinal = bucketer.ordinalOf(Date.UTC(2019, 11, 1));
      let start = bucketer.startOf(ordinal);
      for (let index = 0; index < 500; index += 1) {
        const end = bucketer.startOf(ordinal + 1);
        expect(end).toBeGreaterThan(start);
        expect(bucketer.ordinalOf(start)).toBe(ordinal);
        expect(bucketer.ordinalOf(end - 1)).toBe(ordinal);
        ordinal += 1;
        start = end;
      }
    }
  });

  it("throws invalid_date for non-finite instants and invalid_period for foreign periods", () => {
    const bucketer = createBucketer("week", jakarta);
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, 9e15]) {
      expectKpiError(() => bucketer.ordinalOf(value), "invalid_date");
    }
    expectKpiError(() => bucketer.ordinalOfPeriod(parsePeriod("2025-03")), "invalid_period");
  });

  it("names the caller's subject in invalid_period errors (default: bucketer)", () => {
    const bucketer = createBucketer("month", jakarta);
    const subjectOf = (action: () => unknown): string | undefined =>
      expectKpiError(action, "invalid_period").message.split(":")[0];
    const week = parsePeriod("2025-W11", jakarta);
    expect(subjectOf(() => bucketer.ordinalOfPeriod(week, "deserializeSeries"))).toBe(
      "deserializeSeries",
    );
    expect(subjectOf(() => bucketer.ordinalOfPeriod(week))).toBe("bucketer");
  });

  it("refuses keys that do not read back unchanged (four-digit years, two-digit months)", () => {
    const fiscal = createBucketer("fiscal_year", jakarta);
    const month = createBucketer("month", jakarta);
    expect(fiscal.ordinalOfPeriod(parsePeriod("FY2025", jakarta))).toBe(2025 - 1970);
    for (const [bucketer, key] of [
      [fiscal, "FY25"],
      [fiscal, "FY202"],
      [month, "25-03"],
      [month, "2025-3"],
    ] as const) {
      expectKpiError(
        () =>
          bucketer.ordinalOfPeriod(
            { granularity: bucketer.granularity, key } as never,
            "seriesFromRows",
          ),
        "invalid_period",
        `seriesFromRows: period must be a ${bucketer.granularity} period, received ${JSON.stringify(key)}`,
      );
    }
  });
});
