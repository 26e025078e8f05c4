import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/period/parsePeriod.js";
import { periodOf } from "../../src/period/periodOf.js";
import { createZone, parseLongOffset } from "../../src/period/zone.js";
import { span } from "./helpers.js";

describe("parseLongOffset", () => {
  it("reads the sign of the whole offset, also when the hours are zero", () => {
    expect(parseLongOffset("6/1/1971, GMT-00:44:30")).toBe(-(44 * 60 + 30) * 1000);
    expect(parseLongOffset("5/31/1910, GMT-00:25:21")).toBe(-(25 * 60 + 21) * 1000);
    expect(parseLongOffset("1/1/2025, GMT+07:00")).toBe(7 * 3_600_000);
    expect(parseLongOffset("1/1/2025, GMT+05:45")).toBe((5 * 60 + 45) * 60_000);
    expect(parseLongOffset("1/1/2025, GMT\u221203:30")).toBe(-(3 * 60 + 30) * 60_000);
    expect(parseLongOffset("1/1/2025, GMT")).toBe(0);
    expect(parseLongOffset("1/1/2025")).toBeUndefined();
  });

  it("gives the offsets of local mean time west of Greenwich with their sign", () => {
    // tzdata: Africa/Monrovia -0:44:30 until 1972-01-07; Europe/Dublin DMT -0:25:21 until 1916.
    expect(createZone("Africa/Monrovia").offsetAt(Date.UTC(1971, 5, 1))).toBe(-2_670_000);
    expect(createZone("Europe/Dublin").offsetAt(Date.UTC(1910, 5, 1))).toBe(-1_521_000);
    expect(createZone("Africa/Monrovia").offsetAt(Date.UTC(1972, 5, 1))).toBe(0);
  });
});

describe("zones whose offset is between -1 h and 0", () => {
  it("Africa/Monrovia 1971 (-0:44:30): 00:10Z on 1 June is still 31 May", () => {
    const day = periodOf("1971-06-01T00:10:00Z", "day", { timeZone: "Africa/Monrovia" });
    expect(span(day)).toEqual([
      "1971-05-31",
      "1971-05-31T00:44:30.000Z",
      "1971-06-01T00:44:30.000Z",
    ]);
    const month = periodOf("1971-06-01T00:10:00Z", "month", { timeZone: "Africa/Monrovia" });
    expect(span(month)).toEqual([
      "1971-05",
      "1971-05-01T00:44:30.000Z",
      "1971-06-01T00:44:30.000Z",
    ]);
  });

  it("Europe/Dublin 1910 (Dublin Mean Time, -0:25:21)", () => {
    const day = periodOf("1910-06-01T00:10:00Z", "day", { timeZone: "Europe/Dublin" });
    expect(span(day)).toEqual([
      "1910-05-31",
      "1910-05-31T00:25:21.000Z",
      "1910-06-01T00:25:21.000Z",
    ]);
    expect(span(parsePeriod("1910-06-01", { timeZone: "Europe/Dublin" }))).toEqual([
      "1910-06-01",
      "1910-06-01T00:25:21.000Z",
      "1910-06-02T00:25:21.000Z",
    ]);
  });

  it("Europe/Lisbon 1900 (-0:36:45) and Africa/Casablanca 1900 (-0:30:20)", () => {
    expect(span(periodOf("1900-06-01T00:20:00Z", "day", { timeZone: "Europe/Lisbon" }))).toEqual([
      "1900-05-31",
      "1900-05-31T00:36:45.000Z",
      "1900-06-01T00:36:45.000Z",
    ]);
    expect(
      span(periodOf("1900-06-01T00:20:00Z", "day", { timeZone: "Africa/Casablanca" })),
    ).toEqual(["1900-05-31", "1900-05-31T00:30:20.000Z", "1900-06-01T00:30:20.000Z"]);
  });
});

describe("a fall-back that crosses midnight (America/St_Johns, 4 November 2007)", () => {
  // At 00:01 NDT (-2:30) clocks went back to 23:01 NST (-3:30): 23:01-00:01 occurred twice.
  const stJohns = { timeZone: "America/St_Johns" };

  it("starts the day at the later midnight, so the repeated hour of 3 November stays in it", () => {
    expect(span(periodOf("2007-11-04T02:43:14Z", "day", stJohns))).toEqual([
      "2007-11-03",
      "2007-11-03T02:30:00.000Z",
      "2007-11-04T03:30:00.000Z",
    ]);
    expect(periodOf("2007-11-04T03:29:59.999Z", "day", stJohns).key).toBe("2007-11-03");
    expect(span(periodOf("2007-11-04T03:30:00Z", "day", stJohns))).toEqual([
      "2007-11-04",
      "2007-11-04T03:30:00.000Z",
      "2007-11-05T03:30:00.000Z",
    ]);
    expect(span(parsePeriod("2007-11", stJohns))).toEqual([
      "2007-11",
      "2007-11-01T02:30:00.000Z",
      "2007-12-01T03:30:00.000Z",
    ]);
  });

  it("puts the first-pass minute 00:00-00:01 of 4 November into 3 November (documented)", () => {
    expect(periodOf("2007-11-04T02:30:30Z", "day", stJohns).key).toBe("2007-11-03");
    expect(periodOf("2007-11-04", "day", stJohns).key).toBe("2007-11-04");
  });
});

describe("a fall-back to exactly midnight (clocks go back from 01:00 to 00:00)", () => {
  // Issue 12, defect 2: the first pass of 00:00-00:59 was filed under the day before.
  it("puts both passes of 00:00-00:59 in the new day, America/Havana 1 November 2026", () => {
    const havana = { timeZone: "America/Havana" };
    // 04:30Z is 00:30 -04:00 (first pass); 05:30Z is 00:30 -05:00 (second pass).
    expect(periodOf("2026-11-01T04:30:00Z", "month", havana).key).toBe("2026-11");
    expect(span(periodOf("2026-11-01T04:30:00Z", "day", havana))).toEqual([
      "2026-11-01",
      "2026-11-01T04:00:00.000Z",
      "2026-11-02T05:00:00.000Z",
    ]);
    expect(periodOf("2026-11-01T05:30:00Z", "day", havana).key).toBe("2026-11-01");
    expect(span(periodOf("2026-11-01T03:59:59.999Z", "day", havana))).toEqual([
      "2026-10-31",
      "2026-10-31T04:00:00.000Z",
      "2026-11-01T04:00:00.000Z",
    ]);
    expect(span(parsePeriod("2026-11", havana))).toEqual([
      "2026-11",
      "2026-11-01T04:00:00.000Z",
      "2026-12-01T05:00:00.000Z",
    ]);
  });

  it("puts both passes of 00:00-00:59 in the new day, Atlantic/Azores 26 October 2025", () => {
    const azores = { timeZone: "Atlantic/Azores" };
    // 00:30Z is 00:30 +00:00 (first pass); 01:30Z is 00:30 -01:00 (second pass).
    expect(span(periodOf("2025-10-26T00:30:00Z", "day", azores))).toEqual([
      "2025-10-26",
      "2025-10-26T00:00:00.000Z",
      "2025-10-27T01:00:00.000Z",
    ]);
    expect(periodOf("2025-10-26T01:30:00Z", "day", azores).key).toBe("2025-10-26");
    expect(periodOf("2025-10-25T23:59:59.999Z", "day", azores).key).toBe("2025-10-25");
    expect(periodOf("2025-10-26", "day", azores).start.toISOString()).toBe(
      "2025-10-26T00:00:00.000Z",
    );
  });
});

const ZONES = [
  "Africa/Monrovia",
  "Europe/Dublin",
  "Europe/Lisbon",
  "Africa/Casablanca",
  "America/St_Johns",
  "Pacific/Apia",
  "America/Havana",
  "Asia/Beirut",
  "Africa/Cairo",
  "America/Scoresbysund",
  "Antarctica/Troll",
  "Australia/Lord_Howe",
  "Asia/Kathmandu",
  "Pacific/Kiritimati",
  "Pacific/Kwajalein",
  "America/Caracas",
  "Asia/Tehran",
  "America/Santiago",
  "Europe/Moscow",
  "America/Sao_Paulo",
  "America/New_York",
];

describe("agreement with Intl (bounded sample)", () => {
  const formats = new Map<string, Intl.DateTimeFormat>();
  const localDate = (epochMs: number, timeZone: string): string => {
    let format = formats.get(timeZone);
    if (format === undefined) {
      format = new Intl.DateTimeFormat("en-CA", {
        timeZone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
      });
      formats.set(timeZone, format);
    }
    return format.format(new Date(epochMs));
  };
  // The day of an instant is the earliest local date shown at or after it (the local date, except
  // in minutes repeated after midnight by a fall-back, which belong to the day the clocks return to).
  const expectedDay = (epochMs: number, timeZone: string): string =>
    [0, 60_000, 1_800_000, 3_600_000, 7_200_000, 10_800_000]
      .map((delta) => localDate(epochMs + delta, timeZone))
      .sort()[0] as string; // ISO dates sort as text: the first is the earliest

  it("gives every sampled instant the day and month Intl shows, and contains it", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(1850, 0, 1), max: Date.UTC(2040, 0, 1) }),
        (timeZone, epochMs) => {
          const day = periodOf(new Date(epochMs), "day", { timeZone });
          const expected = expectedDay(epochMs, timeZone);
          expect(day.key).toBe(expected);
          expect(day.start.getTime() <= epochMs && epochMs < day.end.getTime()).toBe(true);
          expect(periodOf(new Date(epochMs), "month", { timeZone }).key).toBe(expected.slice(0, 7));
          expect(parsePeriod(day.key, { timeZone }).start.getTime()).toBe(day.start.getTime());
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("agrees around the offset changes of the zones near Greenwich", () => {
    const instants = [
      ["Africa/Monrovia", Date.UTC(1972, 0, 6, 23)],
      ["Africa/Monrovia", Date.UTC(1972, 0, 7, 0, 40)],
      ["Africa/Monrovia", Date.UTC(1972, 0, 7, 0, 50)],
      ["Europe/Dublin", Date.UTC(1916, 9, 1, 0, 10)],
      ["Europe/Dublin", Date.UTC(1916, 9, 1, 2, 30)],
      ["Europe/Lisbon", Date.UTC(1912, 0, 1, 0, 20)],
      ["Africa/Casablanca", Date.UTC(1913, 9, 26, 0, 20)],
    ] as const;
    for (const [timeZone, epochMs] of instants) {
      const day = periodOf(new Date(epochMs), "day", { timeZone });
      expect([timeZone, day.key]).toEqual([timeZone, expectedDay(epochMs, timeZone)]);
      expect(day.start.getTime() <= epochMs && epochMs < day.end.getTime()).toBe(true);
    }
  });
});
