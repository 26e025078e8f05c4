import { describe, expect, it } from "vitest";
import { countBusinessDays } from "../../src/review/countBusinessDays.js";
import { indonesiaHolidaysExample } from "../../src/review/indonesiaHolidaysExample.js";
import { expectKpiError } from "../support/expectKpiError.js";

describe("countBusinessDays", () => {
  it("counts weekdays, both ends included", () => {
    expect(countBusinessDays({ from: "2025-03-01", to: "2025-03-31" })).toBe(21);
    expect(countBusinessDays({ from: "2025-03-03", to: "2025-03-03" })).toBe(1); // a Monday
    expect(countBusinessDays({ from: "2025-03-01", to: "2025-03-02" })).toBe(0); // a weekend
    expect(countBusinessDays({ from: "2024-01-01", to: "2024-12-31" })).toBe(262); // leap year
    expect(countBusinessDays({ from: "1969-12-29", to: "1970-01-04" })).toBe(5); // across the epoch
  });

  it("skips holidays, a holiday on a weekend counted once", () => {
    // April 2025: 22 weekdays; Idul Fitri 1 April and collective leave 2, 3, 4, 7 April, Good Friday 18 April; Easter is a Sunday
    const april = { from: "2025-04-01", to: "2025-04-30" };
    expect(countBusinessDays(april)).toBe(22);
    expect(countBusinessDays(april, { holidays: indonesiaHolidaysExample })).toBe(16);
    expect(countBusinessDays(april, { holidays: ["2025-04-20", "2025-04-18", "2025-04-18"] })).toBe(
      21,
    );
  });

  it("takes another weekend", () => {
    // a Friday-only weekend in March 2025 (4 Fridays: 7, 14, 21, 28)
    expect(countBusinessDays({ from: "2025-03-01", to: "2025-03-31" }, { weekend: [5] })).toBe(27);
    expect(countBusinessDays({ from: "2025-03-01", to: "2025-03-31" }, { weekend: [] })).toBe(31);
  });

  it("ships an example list of sorted, valid, weekday-correct dates", () => {
    const dates = indonesiaHolidaysExample.map((day) => day.date);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
    // collective leave is never set on a weekend
    for (const day of indonesiaHolidaysExample.filter((d) => d.kind === "collective_leave")) {
      expect(countBusinessDays({ from: day.date, to: day.date })).toBe(1);
    }
    expect(
      indonesiaHolidaysExample.filter(
        (d) => d.date.startsWith("2026") && d.kind === "national_holiday",
      ),
    ).toHaveLength(17);
  });

  it("refuses bad dates, ranges, holidays and weekends", () => {
    expectKpiError(
      () => countBusinessDays({ from: "2025-02-30", to: "2025-03-01" }),
      "invalid_argument",
      { path: ["range", "from"] },
    );
    expectKpiError(
      () => countBusinessDays({ from: "2025-03-01", to: "3/4/2025" }),
      "invalid_argument",
      { path: ["range", "to"] },
    );
    expectKpiError(
      () => countBusinessDays({ from: "2025-03-02", to: "2025-03-01" }),
      "inconsistent_inputs",
      {
        message:
          'countBusinessDays: range.to must be a date on or after from, received "2025-03-01"',
      },
    );
    expectKpiError(
      () => countBusinessDays({ from: "1700-01-01", to: "2100-01-01" }),
      "out_of_domain",
    );
    const error = expectKpiError(
      () =>
        countBusinessDays(
          { from: "2025-03-01", to: "2025-03-31" },
          { holidays: ["2025-13-01", { date: 5 } as never, "2025-03-03"] },
        ),
      "invalid_option",
    );
    expect(error.issues.map((issue) => issue.path.join("."))).toEqual([
      "options.holidays.0",
      "options.holidays.1",
    ]);
    expectKpiError(
      () => countBusinessDays({ from: "2025-03-01", to: "2025-03-31" }, { weekend: [7] }),
      "invalid_option",
      { path: ["options", "weekend"] },
    );
    expectKpiError(() => countBusinessDays(null as never), "invalid_argument", { path: ["range"] });
  });
});
