import { describe, expectTypeOf, it } from "vitest";
import {
  type Calendar,
  type CalendarGranularity,
  type CalendarInput,
  type FiscalGranularity,
  GRANULARITY_SPECS,
  type Granularity,
  isGranularity,
  type Period,
  parsePeriod,
  periodOf,
  periodRange,
  type RetailGranularity,
  resolveCalendar,
  shiftPeriod,
} from "../../src/index.js";

describe("period types", () => {
  it("returns periods that carry their calendar", () => {
    expectTypeOf(periodOf("2025-03-14", "month")).toEqualTypeOf<Period>();
    expectTypeOf(periodRange(0, 1, "day")).toEqualTypeOf<Period[]>();
    expectTypeOf(parsePeriod("2025").calendar).toEqualTypeOf<Calendar>();
    expectTypeOf(resolveCalendar({ timeZone: "Asia/Jakarta" })).toEqualTypeOf<Calendar>();
    expectTypeOf<Calendar>().toExtend<CalendarInput>();
  });

  it("checks granularities and calendar fields", () => {
    // @ts-expect-error: not a granularity
    periodOf("2025-03-14", "fortnight");
    // @ts-expect-error: weeks start on 0-6
    periodOf("2025-03-14", "week", { weekStartsOn: 7 });
    // @ts-expect-error: months are 1-12
    resolveCalendar({ fiscalYearStartMonth: 13 });
    // @ts-expect-error: naming is end_year or start_year
    resolveCalendar({ fiscalYearNaming: "middle" });
    // @ts-expect-error: instants are Date, number or string
    periodOf(true, "day");
    // @ts-expect-error: n is a number
    shiftPeriod(parsePeriod("2025"), "1");
    const value: unknown = "day";
    if (isGranularity(value)) expectTypeOf(value).toEqualTypeOf<Granularity>();
  });

  it("derives the granularity types from the table", () => {
    expectTypeOf<Granularity>().toEqualTypeOf<keyof typeof GRANULARITY_SPECS>();
    expectTypeOf<CalendarGranularity>().toEqualTypeOf<
      "day" | "week" | "month" | "quarter" | "half_year" | "year"
    >();
    expectTypeOf<FiscalGranularity>().toEqualTypeOf<
      "fiscal_month" | "fiscal_quarter" | "fiscal_half_year" | "fiscal_year" | RetailGranularity
    >();
    expectTypeOf<RetailGranularity>().toEqualTypeOf<
      "retail_week" | "retail_period" | "retail_quarter" | "retail_half_year" | "retail_year"
    >();
    expectTypeOf(GRANULARITY_SPECS.fiscal_quarter.months).toEqualTypeOf<3>();
    expectTypeOf(periodRange("2025-Q1", parsePeriod("2025-Q2"), "month")).toEqualTypeOf<Period[]>();
  });
});
