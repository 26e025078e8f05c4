import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  civilFromDays,
  dayOfWeek,
  daysFromCivil,
  daysInMonth,
  isLeapYear,
} from "../../src/period/civil.js";

describe("civil date arithmetic", () => {
  it("matches hand-computed day numbers", () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(2000, 3, 1)).toBe(11_017);
    expect(daysFromCivil(1969, 12, 31)).toBe(-1);
    expect(civilFromDays(-719_162)).toEqual({ year: 1, month: 1, day: 1 });
    expect(dayOfWeek(0)).toBe(4); // Thursday
    expect(dayOfWeek(daysFromCivil(2025, 3, 14))).toBe(5); // Friday
    expect(dayOfWeek(-1)).toBe(3);
    expect([isLeapYear(1900), isLeapYear(2000), isLeapYear(2024), isLeapYear(2025)]).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect([
      daysInMonth(2024, 2),
      daysInMonth(2025, 2),
      daysInMonth(2025, 4),
      daysInMonth(2025, 12),
    ]).toEqual([29, 28, 30, 31]);
  });

  it("agrees with Date over years 0001-9999 and round-trips", () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (days) => {
        const date = new Date(days * 86_400_000);
        const civil = civilFromDays(days);
        expect(civil).toEqual({
          year: date.getUTCFullYear(),
          month: date.getUTCMonth() + 1,
          day: date.getUTCDate(),
        });
        expect(daysFromCivil(civil.year, civil.month, civil.day)).toBe(days);
        expect(dayOfWeek(days)).toBe(date.getUTCDay());
      }),
    );
  });
});
