import { describe, expect, it } from "vitest";
import { roundToMinorUnit } from "../../src/money/roundToMinorUnit.js";
import { expectKpiError } from "../support/expectKpiError.js";

describe("roundToMinorUnit", () => {
  it("rounds to the ISO 4217 minor unit, ties away from zero by default", () => {
    expect(roundToMinorUnit("1777173.913043478", "IDR").toString()).toBe("1777173.91");
    expect(roundToMinorUnit("2.345", "USD").toString()).toBe("2.35");
    expect(roundToMinorUnit("-2.345", "USD").toString()).toBe("-2.35");
    expect(roundToMinorUnit("2.345", "USD", "halfEven").toString()).toBe("2.34");
    expect(roundToMinorUnit("1234.5", "JPY").toString()).toBe("1235");
    expect(roundToMinorUnit("1234.5", "KRW", "halfEven").toString()).toBe("1234");
    expect(roundToMinorUnit("0.0005", "BHD").toString()).toBe("0.001");
    expect(roundToMinorUnit("-0.004", "EUR").toString()).toBe("0");
  });

  it("refuses an unknown currency, mode or value", () => {
    expectKpiError(() => roundToMinorUnit(1, "XYZ"), "invalid_argument", { path: ["currency"] });
    expectKpiError(() => roundToMinorUnit(1, "USD", "up" as "ceil"), "invalid_option", {
      path: ["mode"],
    });
    expectKpiError(() => roundToMinorUnit(Number.NaN, "USD"), "invalid_number", {
      path: ["value"],
    });
  });
});
