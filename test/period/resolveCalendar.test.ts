import { describe, expect, it } from "vitest";
import { calendarSchema } from "../../src/period/calendarSchema.js";
import { parsePeriod } from "../../src/period/parsePeriod.js";
import { periodOf } from "../../src/period/periodOf.js";
import { resolveCalendar } from "../../src/period/resolveCalendar.js";
import { canonicalZoneName, createZone } from "../../src/period/zone.js";
import { ZONE_RENAMES } from "../../src/period/zoneRenames.js";
import { expectKpiError } from "../support/expectKpiError.js";

describe("resolveCalendar", () => {
  it("fills in the defaults", () => {
    const defaults = {
      timeZone: "UTC",
      weekStartsOn: 1,
      fiscalYearStartMonth: 1,
      fiscalYearNaming: "end_year",
    };
    expect(resolveCalendar()).toEqual(defaults);
    expect(resolveCalendar({})).toEqual(defaults);
    expect(resolveCalendar({ timeZone: undefined })).toEqual(defaults);
    expect(
      resolveCalendar({
        timeZone: "America/New_York",
        weekStartsOn: 0,
        fiscalYearStartMonth: 10,
        fiscalYearNaming: "start_year",
      }),
    ).toEqual({
      timeZone: "America/New_York",
      weekStartsOn: 0,
      fiscalYearStartMonth: 10,
      fiscalYearNaming: "start_year",
    });
  });

  it("returns a frozen calendar, and the same object when given one", () => {
    const calendar = resolveCalendar({ timeZone: "Asia/Jakarta" });
    expect(Object.isFrozen(calendar)).toBe(true);
    expect(resolveCalendar(calendar)).toBe(calendar);
    // A copy is validated again and equal.
    expect(resolveCalendar({ ...calendar })).toEqual(calendar);
  });

  it("writes the zone in its canonical form, so one zone is one calendar (issue 12)", () => {
    expect(resolveCalendar({ timeZone: "asia/jakarta" }).timeZone).toBe("Asia/Jakarta");
    expect(resolveCalendar({ timeZone: "Asia/Calcutta" }).timeZone).toBe("Asia/Kolkata");
    expect(resolveCalendar({ timeZone: "asia/kolkata" }).timeZone).toBe("Asia/Kolkata");
    expect(resolveCalendar({ timeZone: "Europe/Kiev" }).timeZone).toBe("Europe/Kyiv");
    expect(resolveCalendar({ timeZone: "Etc/UTC" }).timeZone).toBe("UTC");
    expect(resolveCalendar({ timeZone: "utc" }).timeZone).toBe("UTC");
    expect(resolveCalendar({ timeZone: "Asia/Calcutta" })).toEqual(
      resolveCalendar({ timeZone: "Asia/Kolkata" }),
    );
    // Periods carry the canonical calendar, so their series merge.
    expect(periodOf("2025-03-14", "month", { timeZone: "asia/jakarta" }).calendar).toEqual(
      periodOf("2025-03-14", "month", { timeZone: "Asia/Jakarta" }).calendar,
    );
    expect(parsePeriod("2025-03", { timeZone: "Asia/Calcutta" }).calendar.timeZone).toBe(
      "Asia/Kolkata",
    );
  });

  it("keeps names CLDR gives to another country's zone (they are not renames)", () => {
    expect(resolveCalendar({ timeZone: "Europe/Bratislava" }).timeZone).toBe("Europe/Bratislava");
    expect(resolveCalendar({ timeZone: "Arctic/Longyearbyen" }).timeZone).toBe(
      "Arctic/Longyearbyen",
    );
  });

  it("renames only to a name of the same zone: same canonical form, same offsets", () => {
    const instants = [
      -2_000_000_000_000, 0, 1_000_000_000_000, 1_700_000_000_000, 2_000_000_000_000,
    ];
    for (const [legacy, current] of Object.entries(ZONE_RENAMES)) {
      expect([legacy, canonicalZoneName(legacy)]).toEqual([legacy, current]);
      expect([current, canonicalZoneName(current)]).toEqual([current, current]);
      const legacyZone = createZone(legacy);
      const currentZone = createZone(current);
      for (const instant of instants) {
        expect([legacy, instant, legacyZone.offsetAt(instant)]).toEqual([
          legacy,
          instant,
          currentZone.offsetAt(instant),
        ]);
      }
    }
  });

  it("gives every zone the runtime knows a canonical name that is its own canonical name", () => {
    for (const name of Intl.supportedValuesOf("timeZone")) {
      const canonical = canonicalZoneName(name) as string;
      expect([name, canonicalZoneName(canonical)]).toEqual([name, canonical]);
      expect([name, createZone(canonical).offsetAt(1_700_000_000_000)]).toEqual([
        name,
        createZone(name).offsetAt(1_700_000_000_000),
      ]);
    }
  });

  it("rejects an unknown time zone with invalid_time_zone", () => {
    const error = expectKpiError(
      () => resolveCalendar({ timeZone: "Asia/Jakrta" }),
      "invalid_time_zone",
    );
    expect(error.issues[0]?.path).toEqual(["timeZone"]);
    expect(error.message).toBe(
      'resolveCalendar: calendar field "timeZone" must be an IANA time zone name such as "Asia/Jakarta", "Europe/Berlin" or "UTC", received "Asia/Jakrta"',
    );
    expectKpiError(() => resolveCalendar({ timeZone: "" }), "invalid_time_zone");
    expectKpiError(() => resolveCalendar({ timeZone: "+07:00" }), "invalid_time_zone");
  });

  it("collects every bad field", () => {
    const error = expectKpiError(
      () =>
        resolveCalendar({
          timeZone: 7,
          weekStartsOn: 7,
          fiscalYearStartMonth: 0,
          fiscalYearNaming: "middle",
          weekStart: 1,
        } as never),
      "invalid_calendar",
    );
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid_calendar", ["weekStart"]],
      ["invalid_calendar", ["timeZone"]],
      ["invalid_calendar", ["weekStartsOn"]],
      ["invalid_calendar", ["fiscalYearStartMonth"]],
      ["invalid_calendar", ["fiscalYearNaming"]],
    ]);
    for (const value of [1.5, "1", -1, Number.NaN]) {
      expectKpiError(() => resolveCalendar({ weekStartsOn: value } as never), "invalid_calendar");
      expectKpiError(
        () => resolveCalendar({ fiscalYearStartMonth: value } as never),
        "invalid_calendar",
      );
    }
    expectKpiError(
      () => resolveCalendar({ fiscalYearStartMonth: 13 } as never),
      "invalid_calendar",
    );
  });

  it("rejects what is not an object", () => {
    for (const value of [null, "UTC", 1, [], new Date()]) {
      expectKpiError(() => resolveCalendar(value as never), "invalid_calendar");
    }
  });

  it("works for keys named like Object.prototype members", () => {
    expectKpiError(
      () => resolveCalendar(JSON.parse('{"__proto__": {"x": 1}}')),
      "invalid_calendar",
    );
    expectKpiError(() => resolveCalendar({ constructor: 1 } as never), "invalid_calendar");
  });
});

describe("calendarSchema", () => {
  const schema = calendarSchema();
  it("accepts calendar inputs", () => {
    expect(schema.safeParse({}).success).toBe(true);
    expect(
      schema.safeParse({
        timeZone: "Asia/Kathmandu",
        weekStartsOn: 0,
        fiscalYearStartMonth: 12,
        fiscalYearNaming: "start_year",
      }).success,
    ).toBe(true);
    expect(schema.safeParse(resolveCalendar({ timeZone: "Europe/Berlin" })).success).toBe(true);
  });

  it.each([
    [{ timeZone: "Mars/Olympus_Mons" }],
    [{ timeZone: 7 }],
    [{ weekStartsOn: 7 }],
    [{ weekStartsOn: 1.5 }],
    [{ fiscalYearStartMonth: 0 }],
    [{ fiscalYearStartMonth: "4" }],
    [{ fiscalYearNaming: "middle" }],
    [{ weekStart: 1 }],
    [null],
    ["UTC"],
  ])("rejects %j", (value) => {
    expect(schema.safeParse(value).success).toBe(false);
  });

  it("agrees with resolveCalendar", () => {
    for (const value of [
      { timeZone: "Asia/Jakrta" },
      { weekStartsOn: 7 },
      { timeZone: "Asia/Jakarta" },
    ]) {
      let resolved = true;
      try {
        resolveCalendar(value as never);
      } catch {
        resolved = false;
      }
      expect(schema.safeParse(value).success).toBe(resolved);
    }
  });
});
