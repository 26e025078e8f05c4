import { describe, expect, it } from "vitest";
import { calendarSchema } from "../../src/period/calendarSchema.js";
import { resolveCalendar } from "../../src/period/resolveCalendar.js";
import { expectKpiError } from "./helpers.js";

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

  it("keeps the zone name as given (aliases are valid)", () => {
    expect(resolveCalendar({ timeZone: "Asia/Calcutta" }).timeZone).toBe("Asia/Calcutta");
    expect(resolveCalendar({ timeZone: "Etc/UTC" }).timeZone).toBe("Etc/UTC");
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
