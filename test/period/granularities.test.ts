import { describe, expect, it } from "vitest";
import { GRANULARITY_SPECS, granularitySpec } from "../../src/period/granularities.js";
import { GRANULARITIES } from "../../src/period/granularity.js";
import { PERIOD_EXPECTED } from "../../src/period/messages.js";
import { parsePeriod } from "../../src/period/parsePeriod.js";
import { periodOf } from "../../src/period/periodOf.js";
import { granularityOfKey } from "../../src/period/scheme.js";

describe("GRANULARITY_SPECS", () => {
  it("has one consistent row per granularity, in the order of GRANULARITIES", () => {
    expect(Object.keys(GRANULARITY_SPECS)).toEqual([...GRANULARITIES]);
    for (const granularity of GRANULARITIES) {
      const spec = granularitySpec(granularity);
      expect(spec).toBe(GRANULARITY_SPECS[granularity]);
      const counted = spec.unit === "month" || spec.unit === "retail_period";
      expect([granularity, spec.months === 0]).toEqual([granularity, !counted]);
      if (counted) expect(12 % spec.months).toBe(0);
      const retail = spec.unit === "retail_week" || spec.unit === "retail_period";
      expect([granularity, spec.prefix]).toEqual([
        granularity,
        retail ? "RY" : spec.fiscal ? "FY" : "",
      ]);
      if (retail)
        expect([granularity, spec.fiscal, spec.shifted]).toEqual([granularity, true, false]);
      if (spec.shifted) expect([granularity, spec.fiscal]).toEqual([granularity, true]);
      expect([granularity, spec.part === "" && spec.partWidth > 0]).toEqual([
        granularity,
        spec.unit === "day" || (spec.unit === "month" && spec.months === 1 && !spec.fiscal),
      ]);
    }
  });

  it("gives each row an example key that reads back as its granularity", () => {
    for (const granularity of GRANULARITIES) {
      const { example } = GRANULARITY_SPECS[granularity];
      expect([example, granularityOfKey(example)]).toEqual([example, granularity]);
      expect(parsePeriod(example).key).toBe(example);
    }
  });

  it("derives the key shapes the period keys always had", () => {
    const shapes: Record<string, RegExp> = {
      day: /^\d{4}-\d{2}-\d{2}$/,
      week: /^\d{4}-W\d{2}$/,
      month: /^\d{4}-\d{2}$/,
      quarter: /^\d{4}-Q\d$/,
      half_year: /^\d{4}-H\d$/,
      year: /^\d{4}$/,
      fiscal_month: /^FY\d{4}-M\d{2}$/,
      fiscal_quarter: /^FY\d{4}-Q\d$/,
      fiscal_half_year: /^FY\d{4}-H\d$/,
      fiscal_year: /^FY\d{4}$/,
    };
    const keys = [
      "2025-03-14",
      "2025-W11",
      "2025-03",
      "2025-Q1",
      "2025-H2",
      "2025",
      "FY2025-M01",
      "FY2025-Q4",
      "FY2025-H1",
      "FY2025",
      "2025-3",
      "25-03",
      "FY25",
      "2025-W1",
      "2025-Q10",
      "FY2025-M1",
      "2025-03-1",
      "fy2025",
      "2025-q1",
      "",
    ];
    for (const key of keys) {
      const expected = Object.entries(shapes).find(([, shape]) => shape.test(key))?.[0];
      expect([key, granularityOfKey(key)]).toEqual([key, expected]);
    }
    const { key } = periodOf("2025-03-14", "fiscal_month", { fiscalYearStartMonth: 4 });
    expect(key).toBe("FY2025-M12"); // April 2024 - March 2025, named by its end
  });

  it("words the granularity and key expectations from the table", () => {
    expect(PERIOD_EXPECTED.granularity).toBe(
      'one of "day", "week", "month", "quarter", "half_year", "year", "fiscal_month", "fiscal_quarter", "fiscal_half_year", "fiscal_year", "retail_week", "retail_period", "retail_quarter", "retail_half_year", "retail_year"',
    );
    expect(PERIOD_EXPECTED.periodKey).toBe(
      'a period key such as "2025-03-14", "2025-W11", "2025-03", "2025-Q1", "2025-H1", "2025", "FY2025-M01", "FY2025-Q1", "FY2025-H1", "FY2025", "RY2024-W05", "RY2024-P02", "RY2024-Q1", "RY2024-H1" or "RY2024"',
    );
    expect(PERIOD_EXPECTED.fiscalYearNaming).toBe('"end_year" or "start_year"');
    expect(PERIOD_EXPECTED.calendarField).toBe(
      'one of the calendar fields "timeZone", "weekStartsOn", "fiscalYearStartMonth", "fiscalYearNaming", "retail"',
    );
    expect(PERIOD_EXPECTED.weekStartsOn).toBe(
      "an integer day of the week from 0 (Sunday) to 6 (Saturday)",
    );
    expect(PERIOD_EXPECTED.fiscalYearStartMonth).toBe(
      "an integer month from 1 (January) to 12 (December)",
    );
  });
});
