import { describe, expect, it } from "vitest";
import { GRANULARITIES } from "../../src/period/granularity.js";
import { parsePeriod } from "../../src/period/parsePeriod.js";
import { periodOf } from "../../src/period/periodOf.js";
import { shiftPeriod } from "../../src/period/shiftPeriod.js";
import { expectKpiError } from "../support/expectKpiError.js";
import { hours, span } from "./helpers.js";

describe("periodOf: every granularity (UTC)", () => {
  const at = "2025-03-14T09:30:00Z"; // a Friday
  it.each([
    ["day", "2025-03-14", "2025-03-14T00:00:00.000Z", "2025-03-15T00:00:00.000Z"],
    ["week", "2025-W11", "2025-03-10T00:00:00.000Z", "2025-03-17T00:00:00.000Z"],
    ["month", "2025-03", "2025-03-01T00:00:00.000Z", "2025-04-01T00:00:00.000Z"],
    ["quarter", "2025-Q1", "2025-01-01T00:00:00.000Z", "2025-04-01T00:00:00.000Z"],
    ["half_year", "2025-H1", "2025-01-01T00:00:00.000Z", "2025-07-01T00:00:00.000Z"],
    ["year", "2025", "2025-01-01T00:00:00.000Z", "2026-01-01T00:00:00.000Z"],
    // Fiscal granularities with a January fiscal year are the calendar periods, named FY.
    ["fiscal_month", "FY2025-M03", "2025-03-01T00:00:00.000Z", "2025-04-01T00:00:00.000Z"],
    ["fiscal_quarter", "FY2025-Q1", "2025-01-01T00:00:00.000Z", "2025-04-01T00:00:00.000Z"],
    ["fiscal_half_year", "FY2025-H1", "2025-01-01T00:00:00.000Z", "2025-07-01T00:00:00.000Z"],
    ["fiscal_year", "FY2025", "2025-01-01T00:00:00.000Z", "2026-01-01T00:00:00.000Z"],
  ] as const)("%s", (granularity, key, start, end) => {
    const period = periodOf(at, granularity);
    expect(span(period)).toEqual([key, start, end]);
    expect(period.granularity).toBe(granularity);
    expect(period.calendar).toEqual({
      timeZone: "UTC",
      weekStartsOn: 1,
      fiscalYearStartMonth: 1,
      fiscalYearNaming: "end_year",
    });
  });

  it("puts the start instant in its period and the end instant in the next", () => {
    expect(periodOf("2025-03-31T23:59:59.999Z", "month").key).toBe("2025-03");
    expect(periodOf("2025-04-01T00:00:00.000Z", "month").key).toBe("2025-04");
    expect(periodOf("2025-06-30T23:59:59.999Z", "half_year").key).toBe("2025-H1");
    expect(periodOf("2025-07-01T00:00:00Z", "half_year").key).toBe("2025-H2");
    expect(periodOf("2025-12-31T12:00:00Z", "quarter").key).toBe("2025-Q4");
  });
});

describe("periodOf: time zones", () => {
  it("Asia/Jakarta: 2024-01-31T20:00Z is February 2024", () => {
    const period = periodOf("2024-01-31T20:00:00Z", "month", { timeZone: "Asia/Jakarta" });
    expect(span(period)).toEqual([
      "2024-02",
      "2024-01-31T17:00:00.000Z",
      "2024-02-29T17:00:00.000Z",
    ]);
    expect(periodOf("2024-01-31T16:59:59.999Z", "month", { timeZone: "Asia/Jakarta" }).key).toBe(
      "2024-01",
    );
    expect(periodOf("2024-01-31T17:00:00Z", "month", { timeZone: "Asia/Jakarta" }).key).toBe(
      "2024-02",
    );
  });

  it("America/New_York: 2025-03-09 has 23 hours and 2025-11-02 has 25", () => {
    const calendar = { timeZone: "America/New_York" };
    const spring = periodOf("2025-03-09T12:00:00Z", "day", calendar);
    expect(span(spring)).toEqual([
      "2025-03-09",
      "2025-03-09T05:00:00.000Z",
      "2025-03-10T04:00:00.000Z",
    ]);
    expect(hours(spring)).toBe(23);
    const autumn = periodOf("2025-11-02T12:00:00Z", "day", calendar);
    expect(span(autumn)).toEqual([
      "2025-11-02",
      "2025-11-02T04:00:00.000Z",
      "2025-11-03T05:00:00.000Z",
    ]);
    expect(hours(autumn)).toBe(25);
    // Around the jumps: 06:59Z is 01:59 EST, 07:00Z is 03:00 EDT, both 9 March.
    expect(periodOf("2025-03-09T06:59:59Z", "day", calendar).key).toBe("2025-03-09");
    expect(periodOf("2025-03-10T03:59:59Z", "day", calendar).key).toBe("2025-03-09");
    expect(periodOf("2025-03-10T04:00:00Z", "day", calendar).key).toBe("2025-03-10");
    // Both 01:30s of 2 November are 2 November.
    expect(periodOf("2025-11-02T05:30:00Z", "day", calendar).key).toBe("2025-11-02");
    expect(periodOf("2025-11-02T06:30:00Z", "day", calendar).key).toBe("2025-11-02");
    expect(periodOf("2025-11-03T04:59:59Z", "day", calendar).key).toBe("2025-11-02");
    // The week and month around the transitions are cut at local midnight too.
    const week = periodOf("2025-03-09T12:00:00Z", "week", calendar);
    expect(span(week)).toEqual([
      "2025-W10",
      "2025-03-03T05:00:00.000Z",
      "2025-03-10T04:00:00.000Z",
    ]);
    expect(hours(week)).toBe(167);
    const march = periodOf("2025-03-15T00:00:00Z", "month", calendar);
    expect(span(march)).toEqual([
      "2025-03",
      "2025-03-01T05:00:00.000Z",
      "2025-04-01T04:00:00.000Z",
    ]);
  });

  it("Europe/Berlin: 2025-03-30 has 23 hours and 2025-10-26 has 25", () => {
    const calendar = { timeZone: "Europe/Berlin" };
    const spring = periodOf("2025-03-30T12:00:00Z", "day", calendar);
    expect(span(spring)).toEqual([
      "2025-03-30",
      "2025-03-29T23:00:00.000Z",
      "2025-03-30T22:00:00.000Z",
    ]);
    const autumn = periodOf("2025-10-26T12:00:00Z", "day", calendar);
    expect(span(autumn)).toEqual([
      "2025-10-26",
      "2025-10-25T22:00:00.000Z",
      "2025-10-26T23:00:00.000Z",
    ]);
    expect([hours(spring), hours(autumn)]).toEqual([23, 25]);
    expect(periodOf("2025-03-30T01:59:59Z", "day", calendar).key).toBe("2025-03-30");
    expect(periodOf("2025-10-26T22:59:59Z", "day", calendar).key).toBe("2025-10-26");
    expect(periodOf("2025-10-26T23:00:00Z", "day", calendar).key).toBe("2025-10-27");
  });

  it("America/Santiago: a day whose midnight is skipped starts at 01:00", () => {
    // 2024-09-08 00:00 -04 became 01:00 -03: the day starts at the jump and has 23 hours.
    const day = periodOf("2024-09-08T12:00:00Z", "day", { timeZone: "America/Santiago" });
    expect(span(day)).toEqual([
      "2024-09-08",
      "2024-09-08T04:00:00.000Z",
      "2024-09-09T03:00:00.000Z",
    ]);
    expect(
      periodOf("2024-09-08", "day", { timeZone: "America/Santiago" }).start.toISOString(),
    ).toBe("2024-09-08T04:00:00.000Z");
  });

  it("Pacific/Apia: 2011-12-30 was skipped, an empty period between 29 and 31 December", () => {
    const calendar = { timeZone: "Pacific/Apia" };
    // 2011-12-29T23:59:59 -10:00 was followed by 2011-12-31T00:00:00 +14:00 (2011-12-30T10:00Z).
    expect(span(periodOf("2011-12-30T09:59:59Z", "day", calendar))).toEqual([
      "2011-12-29",
      "2011-12-29T10:00:00.000Z",
      "2011-12-30T10:00:00.000Z",
    ]);
    expect(span(periodOf("2011-12-30T10:00:00Z", "day", calendar))).toEqual([
      "2011-12-31",
      "2011-12-30T10:00:00.000Z",
      "2011-12-31T10:00:00.000Z",
    ]);
    expect(periodOf("2011-12-30", "day", calendar).key).toBe("2011-12-31");
    expect(periodOf("2011-12-30T09:59:59Z", "week", calendar).key).toBe("2011-W52");
  });

  it("Asia/Kolkata (+05:30) and Asia/Kathmandu (+05:45)", () => {
    const kolkata = { timeZone: "Asia/Kolkata" };
    expect(span(periodOf("2025-03-31T18:29:59Z", "quarter", kolkata))).toEqual([
      "2025-Q1",
      "2024-12-31T18:30:00.000Z",
      "2025-03-31T18:30:00.000Z",
    ]);
    expect(periodOf("2025-03-31T18:30:00Z", "quarter", kolkata).key).toBe("2025-Q2");
    const kathmandu = { timeZone: "Asia/Kathmandu" };
    expect(span(periodOf("2025-01-31T18:15:00Z", "month", kathmandu))).toEqual([
      "2025-02",
      "2025-01-31T18:15:00.000Z",
      "2025-02-28T18:15:00.000Z",
    ]);
    expect(periodOf("2025-01-31T18:14:59.999Z", "month", kathmandu).key).toBe("2025-01");
    expect(span(periodOf("2025-03-14", "day", kathmandu))).toEqual([
      "2025-03-14",
      "2025-03-13T18:15:00.000Z",
      "2025-03-14T18:15:00.000Z",
    ]);
  });

  it("reads date-only strings as the start of that day in the zone", () => {
    const period = periodOf("2025-03-01", "day", { timeZone: "Asia/Jakarta" });
    expect(span(period)).toEqual([
      "2025-03-01",
      "2025-02-28T17:00:00.000Z",
      "2025-03-01T17:00:00.000Z",
    ]);
  });

  it("reads offset-less date-times as wall time in the zone", () => {
    expect(periodOf("2025-03-01T00:30:00", "day", { timeZone: "Asia/Jakarta" }).key).toBe(
      "2025-03-01",
    );
    expect(periodOf("2025-03-01T00:30:00Z", "day", { timeZone: "Asia/Jakarta" }).key).toBe(
      "2025-03-01",
    );
    expect(periodOf("2025-02-28T20:30:00Z", "day", { timeZone: "Asia/Jakarta" }).key).toBe(
      "2025-03-01",
    );
    expect(periodOf("2025-02-28T20:30:00", "day", { timeZone: "Asia/Jakarta" }).key).toBe(
      "2025-02-28",
    );
  });

  it("accepts Date and epoch milliseconds", () => {
    const ms = Date.UTC(2024, 0, 31, 20);
    expect(periodOf(ms, "month", { timeZone: "Asia/Jakarta" }).key).toBe("2024-02");
    expect(periodOf(new Date(ms), "month", { timeZone: "Asia/Jakarta" }).key).toBe("2024-02");
    expect(periodOf(new Date(ms), "month").key).toBe("2024-01");
  });
});

describe("periodOf: ISO weeks and week-years", () => {
  it.each([
    ["2021-01-03", "2020-W53", "2020-12-28T00:00:00.000Z"],
    ["2021-01-04", "2021-W01", "2021-01-04T00:00:00.000Z"],
    ["2020-12-31", "2020-W53", "2020-12-28T00:00:00.000Z"],
    ["2019-12-30", "2020-W01", "2019-12-30T00:00:00.000Z"],
    ["2024-12-30", "2025-W01", "2024-12-30T00:00:00.000Z"],
    ["2027-01-01", "2026-W53", "2026-12-28T00:00:00.000Z"],
    ["2022-01-02", "2021-W52", "2021-12-27T00:00:00.000Z"],
    ["2015-12-31", "2015-W53", "2015-12-28T00:00:00.000Z"],
    ["2025-12-29", "2026-W01", "2025-12-29T00:00:00.000Z"],
  ])("%s is in %s", (day, key, start) => {
    const week = periodOf(day, "week");
    expect([week.key, week.start.toISOString()]).toEqual([key, start]);
    expect(hours(week)).toBe(168);
  });

  it("counts weeks for other week starts by the year of their fourth day", () => {
    // Sunday weeks: week 1 is the first with four days (Sunday-Wednesday) in January.
    const sunday = { weekStartsOn: 0 } as const;
    expect(span(periodOf("2025-01-01", "week", sunday))).toEqual([
      "2025-W01",
      "2024-12-29T00:00:00.000Z",
      "2025-01-05T00:00:00.000Z",
    ]);
    expect(periodOf("2022-01-01", "week", sunday).key).toBe("2021-W52"); // Sat; week Dec 26 - Jan 1
    expect(periodOf("2026-01-01", "week", sunday).key).toBe("2025-W53"); // Thu; week Dec 28 - Jan 3
    expect(periodOf("2025-03-14", "week", sunday).key).toBe("2025-W11"); // week Mar 9 - 15 (W01 is Dec 29 - Jan 4)
    // Saturday weeks in Jakarta: the fourth day is a Tuesday; W01 is Sat 4 Jan - Fri 10 Jan 2025.
    const saturday = { weekStartsOn: 6, timeZone: "Asia/Jakarta" } as const;
    expect(periodOf("2025-01-03", "week", saturday).key).toBe("2024-W53"); // Sat 28 Dec - Fri 3 Jan, Tuesday 31 Dec
    expect(span(periodOf("2025-03-14", "week", saturday))).toEqual([
      "2025-W10",
      "2025-03-07T17:00:00.000Z",
      "2025-03-14T17:00:00.000Z",
    ]);
  });
});

describe("periodOf: fiscal years", () => {
  it("April start, end-year naming: 2024-05-10 is FY2025-Q1 and FY2025-M02", () => {
    const calendar = { fiscalYearStartMonth: 4 } as const;
    expect(span(periodOf("2024-05-10", "fiscal_quarter", calendar))).toEqual([
      "FY2025-Q1",
      "2024-04-01T00:00:00.000Z",
      "2024-07-01T00:00:00.000Z",
    ]);
    expect(span(periodOf("2024-05-10", "fiscal_month", calendar))).toEqual([
      "FY2025-M02",
      "2024-05-01T00:00:00.000Z",
      "2024-06-01T00:00:00.000Z",
    ]);
    expect(span(periodOf("2024-05-10", "fiscal_half_year", calendar))).toEqual([
      "FY2025-H1",
      "2024-04-01T00:00:00.000Z",
      "2024-10-01T00:00:00.000Z",
    ]);
    expect(span(periodOf("2024-05-10", "fiscal_year", calendar))).toEqual([
      "FY2025",
      "2024-04-01T00:00:00.000Z",
      "2025-04-01T00:00:00.000Z",
    ]);
    expect(periodOf("2025-03-31T23:59:59Z", "fiscal_month", calendar).key).toBe("FY2025-M12");
    expect(periodOf("2025-04-01", "fiscal_month", calendar).key).toBe("FY2026-M01");
    // Calendar granularities ignore the fiscal year.
    expect(periodOf("2024-05-10", "quarter", calendar).key).toBe("2024-Q2");
  });

  it("April start, start-year naming: 2024-05-10 is FY2024-Q1", () => {
    const calendar = { fiscalYearStartMonth: 4, fiscalYearNaming: "start_year" } as const;
    expect(periodOf("2024-05-10", "fiscal_quarter", calendar).key).toBe("FY2024-Q1");
    expect(periodOf("2024-05-10", "fiscal_month", calendar).key).toBe("FY2024-M02");
    expect(periodOf("2025-02-10", "fiscal_year", calendar).key).toBe("FY2024");
    expect(periodOf("2025-02-10", "fiscal_half_year", calendar).key).toBe("FY2024-H2");
  });

  it("October start (US federal): 2024-10-01 opens FY2025 / FY2024", () => {
    const endYear = { fiscalYearStartMonth: 10 } as const;
    expect(span(periodOf("2024-12-25", "fiscal_quarter", endYear))).toEqual([
      "FY2025-Q1",
      "2024-10-01T00:00:00.000Z",
      "2025-01-01T00:00:00.000Z",
    ]);
    expect(periodOf("2025-09-30T12:00:00Z", "fiscal_year", endYear).key).toBe("FY2025");
    expect(periodOf("2025-09-30T12:00:00Z", "fiscal_month", endYear).key).toBe("FY2025-M12");
    expect(periodOf("2025-07-04", "fiscal_quarter", endYear).key).toBe("FY2025-Q4");
    expect(periodOf("2025-04-15", "fiscal_half_year", endYear).key).toBe("FY2025-H2");
    const startYear = { fiscalYearStartMonth: 10, fiscalYearNaming: "start_year" } as const;
    expect(periodOf("2024-12-25", "fiscal_quarter", startYear).key).toBe("FY2024-Q1");
    expect(periodOf("2024-10-01", "fiscal_month", startYear).key).toBe("FY2024-M01");
    expect(periodOf("2024-09-30", "fiscal_month", startYear).key).toBe("FY2023-M12");
  });

  it("cuts fiscal periods in the calendar's zone", () => {
    const calendar = { fiscalYearStartMonth: 7, timeZone: "Asia/Jakarta" } as const;
    const year = periodOf("2025-06-30T17:30:00Z", "fiscal_year", calendar);
    expect(span(year)).toEqual(["FY2026", "2025-06-30T17:00:00.000Z", "2026-06-30T17:00:00.000Z"]);
  });
});

describe("periodOf: invalid input", () => {
  it.each([
    ["2025-02-30"],
    ["2025-13-01"],
    ["yesterday"],
    [""],
    ["2025-03-14T24:00:00Z"],
    ["2025-03-14T10:60:00Z"],
    ["2025-03-14T10:00:60Z"],
    ["2025-03-14T10:00:00+24:00"],
    ["2025-03-14T10:00:00.Z"],
    ["2025-03-14T10:00:00.1234567890Z"],
    ["2025-3-14"],
    ["2025-03"],
    ["14/03/2025"],
    ["+002025-03-14"],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [new Date(Number.NaN)],
    [1_741_944_600], // epoch seconds of 2025-03-14T09:30Z
    [0],
    [8.64e15],
    [null],
    [undefined],
    [{}],
    [[2025, 3, 14]],
    [BigInt(1_741_944_600_000)],
  ])("%s is invalid_date", (value) => {
    expectKpiError(() => periodOf(value as never, "day"), "invalid_date");
  });

  it("explains what was expected", () => {
    expect(expectKpiError(() => periodOf("2025-02-30", "day"), "invalid_date").message).toBe(
      'periodOf: instant must be a date and time that exist in the calendar (month 01-12, day within the month, hour 00-23, minute and second 00-59, offset hours 00-23), received "2025-02-30"',
    );
    const seconds = expectKpiError(() => periodOf(1_741_944_600, "day"), "invalid_date");
    expect(seconds.message).toContain("looks like epoch seconds");
    expect(seconds.issues[0]?.path).toEqual(["instant"]);
    expect(
      expectKpiError(() => periodOf("yesterday", "day"), "invalid_date").issues[0]?.received,
    ).toBe('"yesterday"');
    expect(
      expectKpiError(() => periodOf(new Date(Number.NaN), "day"), "invalid_date").message,
    ).toBe("periodOf: instant must be a valid Date, received an invalid Date");
  });

  it("rejects unknown granularities and calendars", () => {
    expectKpiError(() => periodOf("2025-03-14", "fortnight" as never), "invalid_argument");
    expectKpiError(
      () => periodOf("2025-03-14", "day", { timeZone: "Mars/Base" }),
      "invalid_time_zone",
    );
    expectKpiError(
      () => periodOf("2025-03-14", "day", { weekStartsOn: 9 as never }),
      "invalid_calendar",
    );
  });

  it("accepts the edges of the supported range", () => {
    expect(periodOf("0001-01-02T00:00:00Z", "day").key).toBe("0001-01-02");
    expect(periodOf("9998-12-31T23:59:59.999Z", "year").key).toBe("9998");
    expectKpiError(() => periodOf("0001-01-01T23:59:59.999Z", "day"), "invalid_date");
    expectKpiError(() => periodOf("9999-01-01T00:00:00Z", "day"), "invalid_date");
  });

  it("writes the first and last periods with four-digit years 0000-9999, each reading back", () => {
    // Issue 12: near the limits keys name years 0000 and 9999 (local dates ahead of UTC reach
    // 9999-01-01; week-years and fiscal years can be one year outside the instants' years). The
    // docs say so; the keys stay four-digit, sort as strings and round-trip.
    const first = new Date("0001-01-02T00:00:00.000Z");
    const last = new Date("9998-12-31T23:59:59.999Z");
    const seen = new Set<string>();
    for (const timeZone of ["Pacific/Kiritimati", "Etc/GMT+12", "UTC"]) {
      for (const weekStartsOn of [0, 1, 2, 3, 4, 5, 6] as const) {
        for (const fiscalYearStartMonth of [1, 2, 7, 12] as const) {
          for (const fiscalYearNaming of ["end_year", "start_year"] as const) {
            const calendar = { timeZone, weekStartsOn, fiscalYearStartMonth, fiscalYearNaming };
            for (const granularity of GRANULARITIES) {
              for (const instant of [first, last]) {
                const period = periodOf(instant, granularity, calendar);
                const year = period.key.replace(/^[FR]Y/, "").slice(0, 4);
                expect([period.key, /^\d{4}$/.test(year)]).toEqual([period.key, true]);
                if (year === "0000" || year === "9999") seen.add(`${granularity} ${year}`);
                expect(parsePeriod(period.key, calendar).start).toEqual(period.start);
                const beyond = instant === first ? -1 : 1;
                expectKpiError(() => shiftPeriod(period, beyond), "invalid_period");
              }
            }
          }
        }
      }
    }
    expect([...seen].sort()).toEqual([
      "day 9999",
      "fiscal_half_year 0000",
      "fiscal_half_year 9999",
      "fiscal_month 0000",
      "fiscal_month 9999",
      "fiscal_quarter 0000",
      "fiscal_quarter 9999",
      "fiscal_year 0000",
      "fiscal_year 9999",
      "half_year 9999",
      "month 9999",
      "quarter 9999",
      "retail_half_year 0000",
      "retail_period 0000",
      "retail_quarter 0000",
      "retail_week 0000",
      "retail_year 0000",
      "week 0000",
      "week 9999",
      "year 9999",
    ]);
  });
});
