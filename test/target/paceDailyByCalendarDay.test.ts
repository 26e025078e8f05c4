import { describe, expect, it } from "vitest";
import { salesRevenue } from "../../src/metrics/sales/salesRevenue.js";
import { pace } from "../../src/target/pace.js";
import { HOSTILE_VALUES, probe } from "../hostile/support.js";
import { expectKpiError } from "../support/expectKpiError.js";

// pace's dailyByCalendarDay: the value of each calendar day so far, the non-business days booked
// on the next business day begun by asOf (on the last one before it when none is left).
//
// May 2025 in Asia/Jakarta, with three national holidays: Thursday the 1st (Labour Day), Monday
// the 12th (Vesak) and Thursday the 29th (Ascension). 22 weekdays less 3 holidays: 19 business
// days. The value of day d is d (Saturday the 3rd: 3.5), so every day's value is told apart.
//
//   Thu 1 H   Fri 2     Sat 3     Sun 4     Mon 5     Tue 6     Wed 7     Thu 8     Fri 9
//   Sat 10    Sun 11    Mon 12 H  Tue 13    Wed 14    Thu 15    Fri 16    Sat 17    Sun 18 ...
const holidays = ["2025-05-01", "2025-05-12", "2025-05-29"];
const dayValue = (day: number): number | string => (day === 3 ? "3.5" : day);
/** The values of the 1st to the `last` day of May. */
const upTo = (last: number) => Array.from({ length: last }, (_, index) => dayValue(index + 1));
const base = {
  metric: salesRevenue,
  target: 380,
  period: "2025-05",
  calendar: { timeZone: "Asia/Jakarta" },
  businessDays: { holidays },
} as const;
const strings = (values: readonly { toString(): string }[] | null) =>
  values?.map((value) => value.toString());

describe("pace: dailyByCalendarDay books the other days on business days", () => {
  it("as of the end of Wednesday the 14th: each weekend and holiday on the next business day", () => {
    // Thu 1 → Fri 2: 1 + 2 = 3; Sat 3, Sun 4 → Mon 5: 3.5 + 4 + 5 = 12.5; Tue 6 to Fri 9 as they
    // are; Sat 10, Sun 11, Mon 12 → Tue 13: 10 + 11 + 12 + 13 = 46; Wed 14: 14.
    const may = pace({ ...base, asOf: "2025-05-15", dailyByCalendarDay: upTo(14) });
    expect(strings(may.daily)).toEqual(["3", "12.5", "6", "7", "8", "9", "46", "14"]);
    expect(may.days).toEqual({ elapsed: 8, total: 19 });
    // 1 + 2 + … + 14 = 105, and the half of the 3rd
    expect(may.actualToDate?.toString()).toBe("105.5");
    // 8 of 19 business days: 380 × 8/19 = 160 expected; 105.5 + 11 × 105.5/8 = 250.5625
    expect(may.expectedToDate?.toString()).toBe("160");
    expect(may.projected?.toString()).toBe("250.5625");
    expect(may.projectionBand?.elapsedDays).toBe(8);
    // the same as daily given the values booked by hand
    expect(may).toEqual(
      pace({ ...base, asOf: "2025-05-15", daily: [3, "12.5", 6, 7, 8, 9, 46, 14] }),
    );
  });

  it("as of a Saturday: the weekend so far is kept on the Friday before it", () => {
    // Thu 15: 15; Fri 16 and Sat 17 (no business day left up to asOf): 16 + 17 = 33
    const saturday = pace({ ...base, asOf: "2025-05-18", dailyByCalendarDay: upTo(17) });
    expect(strings(saturday.daily)).toEqual([
      "3",
      "12.5",
      "6",
      "7",
      "8",
      "9",
      "46",
      "14",
      "15",
      "33",
    ]);
    expect(saturday.days).toEqual({ elapsed: 10, total: 19 });
    expect(saturday.actualToDate?.toString()).toBe("153.5");
    expect(saturday).toEqual(
      pace({ ...base, asOf: "2025-05-18", daily: [3, "12.5", 6, 7, 8, 9, 46, 14, 15, 33] }),
    );
    // during Saturday, its value so far may be given (on Friday) or left out
    const midday = { ...base, asOf: "2025-05-17T15:00" } as const;
    expect(strings(pace({ ...midday, dailyByCalendarDay: upTo(17) }).daily)?.at(-1)).toBe("33");
    expect(strings(pace({ ...midday, dailyByCalendarDay: upTo(16) }).daily)?.at(-1)).toBe("16");
  });

  it("as of a holiday: the weekend before it and the holiday on the Friday before", () => {
    // the end of Monday the 12th: Tuesday the 13th has not begun, so Fri 9 carries
    // 9 + 10 + 11 + 12 = 42
    const vesak = pace({ ...base, asOf: "2025-05-13", dailyByCalendarDay: upTo(12) });
    expect(strings(vesak.daily)).toEqual(["3", "12.5", "6", "7", "8", "42"]);
    expect(vesak.days).toEqual({ elapsed: 6, total: 19 });
    expect(vesak.actualToDate?.toString()).toBe("78.5");
    expect(vesak).toEqual(pace({ ...base, asOf: "2025-05-13", daily: [3, "12.5", 6, 7, 8, 42] }));
    // during the holiday, without its value: 9 + 10 + 11 = 30
    const midday = pace({ ...base, asOf: "2025-05-12T10:00", dailyByCalendarDay: upTo(11) });
    expect(strings(midday.daily)).toEqual(["3", "12.5", "6", "7", "8", "30"]);
  });

  it("a weekend before a business day in progress is booked on that day", () => {
    // Monday the 5th at noon, the values to Sunday the 4th: Monday has begun, so the weekend is
    // booked on it (3.5 + 4), the day then counted as elapsed as daily would count it
    const monday = pace({ ...base, asOf: "2025-05-05T12:00", dailyByCalendarDay: upTo(4) });
    expect(strings(monday.daily)).toEqual(["3", "7.5"]);
    expect(monday.projectionBand?.elapsedDays).toBe(2);
    expect(monday).toEqual(pace({ ...base, asOf: "2025-05-05T12:00", daily: [3, "7.5"] }));
    // with Monday's value so far: 3.5 + 4 + 5
    const withMonday = pace({ ...base, asOf: "2025-05-05T12:00", dailyByCalendarDay: upTo(5) });
    expect(strings(withMonday.daily)).toEqual(["3", "12.5"]);
    // Tuesday at noon, the values to Monday: nothing to book on Tuesday, which is left out
    const tuesday = pace({ ...base, asOf: "2025-05-06T12:00", dailyByCalendarDay: upTo(5) });
    expect(strings(tuesday.daily)).toEqual(["3", "12.5"]);
  });

  it("before the first business day the values are kept in the actual, with nothing to project", () => {
    // June 2025 starts on a Sunday: by its end no business day has begun
    const june = pace({
      ...base,
      period: "2025-06",
      asOf: "2025-06-02",
      dailyByCalendarDay: [40],
      businessDays: {},
    });
    expect(june.daily).toEqual([]);
    expect(june.days).toEqual({ elapsed: 0, total: 21 });
    expect(june.actualToDate?.toString()).toBe("40");
    expect(june.projected).toBeNull();
    expect(june.projectedReason).toBe("not_started");
    // ahead of a plan that expects nothing yet
    expect(june.status).toBe("on_track");
  });

  it("is daily without businessDays", () => {
    const { businessDays: _, ...calendarDays } = base;
    const values = upTo(14);
    const byCalendarDay = pace({ ...calendarDays, asOf: "2025-05-15", dailyByCalendarDay: values });
    expect(byCalendarDay).toEqual(pace({ ...calendarDays, asOf: "2025-05-15", daily: values }));
    expect(byCalendarDay.days).toEqual({ elapsed: 14, total: 31 });
    expect(strings(byCalendarDay.daily)).toEqual(values.map(String));
    // and with the day in progress
    const midday = { ...calendarDays, asOf: "2025-05-14T12:00" } as const;
    expect(pace({ ...midday, dailyByCalendarDay: values })).toEqual(
      pace({ ...midday, daily: values }),
    );
  });

  it("returns the daily values given in daily, and null without them", () => {
    expect(strings(pace({ ...base, asOf: "2025-05-06", daily: [3, 9] }).daily)).toEqual(["3", "9"]);
    expect(pace({ ...base, asOf: "2025-05-06", actualToDate: 12 }).daily).toBeNull();
  });

  it("takes an actualToDate equal to the values' sum, and refuses another", () => {
    const asOf = "2025-05-15";
    expect(
      pace({ ...base, asOf, dailyByCalendarDay: upTo(14), actualToDate: "105.5" }).projected,
    ).toEqual(pace({ ...base, asOf, dailyByCalendarDay: upTo(14) }).projected);
    expectKpiError(
      () => pace({ ...base, asOf, dailyByCalendarDay: upTo(14), actualToDate: 105 }),
      "inconsistent_inputs",
      {
        message: "pace: actualToDate must be the sum of the daily values (105.5), received 105",
        path: ["actualToDate"],
      },
    );
  });
});

describe("pace: dailyByCalendarDay refused", () => {
  const asOf = "2025-05-15";

  it("one value for each calendar day, not each business day", () => {
    expectKpiError(
      () => pace({ ...base, asOf, dailyByCalendarDay: [3, "12.5", 6, 7, 8, 9, 46, 14] }),
      "inconsistent_inputs",
      {
        message:
          "pace: dailyByCalendarDay must be one value for each day elapsed by asOf (14), received 8 values",
        path: ["dailyByCalendarDay"],
      },
    );
    expectKpiError(
      () => pace({ ...base, asOf: "2025-05-14T12:00", dailyByCalendarDay: upTo(15) }),
      "inconsistent_inputs",
      {
        message:
          "pace: dailyByCalendarDay must be one value for each day elapsed by asOf (13, or 14 with the day in progress), received 15 values",
        path: ["dailyByCalendarDay"],
      },
    );
  });

  it("both daily and dailyByCalendarDay", () => {
    expectKpiError(
      () => pace({ ...base, asOf, daily: upTo(14), dailyByCalendarDay: [1, 2] }),
      "invalid_argument",
      {
        message:
          "pace: dailyByCalendarDay must be either daily or dailyByCalendarDay, not both, received an array of length 2",
        path: ["dailyByCalendarDay"],
      },
    );
  });

  it("with inputsToDate, as daily is", () => {
    const error = expectKpiError(
      () =>
        pace({
          ...base,
          asOf,
          metric: undefined,
          direction: "higher_is_better",
          inputsToDate: { revenue: 1 },
          dailyByCalendarDay: upTo(14),
        }),
      "invalid_argument",
    );
    expect(error.issues.map((issue) => issue.path)).toContainEqual(["dailyByCalendarDay"]);
    expect(error.message).toContain(
      "pace: dailyByCalendarDay must be daily values of a flow (actualToDate), not of inputsToDate",
    );
  });

  it("values that are not numbers, under its own name", () => {
    expectKpiError(
      () => pace({ ...base, asOf, dailyByCalendarDay: "1,2" as never }),
      "invalid_argument",
      {
        message:
          'pace: dailyByCalendarDay must be an array of the values of the days elapsed so far, in order, received "1,2"',
        path: ["dailyByCalendarDay"],
      },
    );
    expectKpiError(
      () => pace({ ...base, asOf, dailyByCalendarDay: [1, "x", ...upTo(12)] }),
      "invalid_number",
      { path: ["dailyByCalendarDay", 1] },
    );
    const digits = `9${"8".repeat(150)}`;
    expectKpiError(
      () => pace({ ...base, asOf: "2025-05-02", dailyByCalendarDay: [digits] }),
      "out_of_domain",
      { path: ["dailyByCalendarDay", 0] },
    );
  });

  it("a business day's sum of more than 100 digits, under its own name", () => {
    // regression: each value has 1 digit, but Friday the 2nd carries 1 + 1e-400, which
    // projectTotal refused, naming projectTotal and input.daily instead of pace
    expectKpiError(
      () => pace({ ...base, asOf: "2025-05-03", dailyByCalendarDay: [1, "1e-400"] }),
      "out_of_domain",
      {
        message:
          /^pace: dailyByCalendarDay must be values whose sum on a business day has at most 100 significant digits, received "1\.0{55}/,
        path: ["dailyByCalendarDay"],
      },
    );
  });

  it("hostile values end in a KpiError naming pace", () => {
    for (const [valueName, make] of HOSTILE_VALUES) {
      probe(
        ["pace"],
        () => pace({ ...base, asOf, dailyByCalendarDay: make() as never }),
        `pace dailyByCalendarDay with ${valueName}`,
      );
      probe(
        ["pace"],
        () => pace({ ...base, asOf: "2025-05-03", dailyByCalendarDay: [1, make()] as never }),
        `pace dailyByCalendarDay[1] with ${valueName}`,
      );
    }
  });
});
