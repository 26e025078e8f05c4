import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/period/parsePeriod.js";
import { periodOf } from "../../src/period/periodOf.js";
import { retailComparisonPeriod } from "../../src/period/retailComparisonPeriod.js";
import { shiftPeriod } from "../../src/period/shiftPeriod.js";
import type { Period } from "../../src/period/types.js";
import { expectKpiError } from "../support/expectKpiError.js";

const keys = (periods: readonly Period[]): string =>
  `${periods[0]?.key}..${periods.at(-1)?.key} (${periods.length})`;
const DAY = 86_400_000;

// NRF 2023 had 53 weeks (29 January 2023 – 3 February 2024); 2022 and 2024 have 52. Toolio,
// "Understanding Restated Calendars" (help.toolio.com/en/articles/4901495): "In the Restated
// Calendar, this additional week is accounted for by pushing every week in the Retail Calendar
// backward by 1 week. As a result, the first week of the 2012 fiscal year is disregarded."
describe("retailComparisonPeriod", () => {
  it("non-restated: week n against week n; week 53 has none (null with a reason)", () => {
    const week = retailComparisonPeriod(parsePeriod("RY2024-W01"), { rule: "non_restated" });
    expect([week.previous?.key, week.reason, keys(week.previousWeeks)]).toEqual([
      "RY2023-W01",
      null,
      "RY2023-W01..RY2023-W01 (1)",
    ]);
    const extra = retailComparisonPeriod(parsePeriod("RY2023-W53"), { rule: "non_restated" });
    expect([extra.previous, extra.reason, extra.previousWeeks]).toEqual([
      null,
      "no_counterpart",
      [],
    ]);
    const january = retailComparisonPeriod(parsePeriod("RY2023-P12"), { rule: "non_restated" });
    expect([january.previous?.key, keys(january.previousWeeks)]).toEqual([
      "RY2022-P12",
      "RY2022-W49..RY2022-W52 (4)",
    ]);
  });

  it("restated: after a 53-week year, last year's weeks shifted by one (its week 1 dropped)", () => {
    for (let n = 1; n <= 52; n += 1) {
      const key = `RY2024-W${String(n).padStart(2, "0")}`;
      const result = retailComparisonPeriod(parsePeriod(key), { rule: "restated" });
      expect([key, result.previous?.key]).toEqual([
        key,
        `RY2023-W${String(n + 1).padStart(2, "0")}`,
      ]);
    }
    const march = retailComparisonPeriod(parsePeriod("RY2024-P02"), { rule: "restated" });
    expect([march.previous, march.reason, keys(march.previousWeeks)]).toEqual([
      null,
      "not_one_period",
      "RY2023-W06..RY2023-W10 (5)",
    ]);
    const year = retailComparisonPeriod(parsePeriod("RY2024"), { rule: "restated" });
    expect([year.previous, year.reason, keys(year.previousWeeks)]).toEqual([
      null,
      "not_one_period",
      "RY2023-W02..RY2023-W53 (52)",
    ]);
  });

  it("restated: in the 53-week year itself, week n against week n, and week 53 left out", () => {
    const week = retailComparisonPeriod(parsePeriod("RY2023-W10"), { rule: "restated" });
    expect(week.previous?.key).toBe("RY2022-W10");
    const extra = retailComparisonPeriod(parsePeriod("RY2023-W53"), { rule: "restated" });
    expect([extra.previous, extra.reason]).toEqual([null, "no_counterpart"]);
    const january = retailComparisonPeriod(parsePeriod("RY2023-P12"), { rule: "restated" });
    expect([january.previous?.key, january.reason, keys(january.previousWeeks)]).toEqual([
      "RY2022-P12",
      null,
      "RY2022-W49..RY2022-W52 (4)",
    ]);
    // A year after a 52-week year: the same periods.
    const quarter = retailComparisonPeriod(parsePeriod("RY2025-Q3"), { rule: "restated" });
    expect(quarter.previous?.key).toBe("RY2024-Q3");
  });

  it("364 days: every week against the week 52 weeks earlier, week 53 included", () => {
    for (const key of ["RY2024-W01", "RY2023-W10", "RY2023-W53", "RY2025-W30"]) {
      const period = parsePeriod(key);
      const result = retailComparisonPeriod(period, { rule: "364_days" });
      expect(result.previous?.key).toBe(shiftPeriod(period, -52).key);
      expect(period.start.getTime() - (result.previous as Period).start.getTime()).toBe(364 * DAY);
    }
    expect(
      retailComparisonPeriod(parsePeriod("RY2023-W53"), { rule: "364_days" }).previous?.key,
    ).toBe("RY2023-W01");
  });

  it("refuses non-retail periods and unknown rules", () => {
    expectKpiError(
      () => retailComparisonPeriod(periodOf("2024-02-04", "week"), { rule: "restated" }),
      "invalid_period",
      'retailComparisonPeriod: period must be a period of a retail granularity ("retail_week", "retail_period", "retail_quarter", "retail_half_year" or "retail_year"), received "2024-W05"',
    );
    expectKpiError(
      () => retailComparisonPeriod(parsePeriod("RY2024-W01"), JSON.parse('{ "rule": "restate" }')),
      "invalid_argument",
      {
        message:
          'retailComparisonPeriod: option "rule" must be one of "non_restated", "restated", "364_days", received "restate"',
        path: ["options", "rule"],
      },
    );
    expectKpiError(
      () => retailComparisonPeriod({ key: "RY2024-W01" } as Period, { rule: "restated" }),
      "invalid_period",
    );
  });
});
