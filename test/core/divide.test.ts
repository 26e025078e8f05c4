import { describe, expect, it } from "vitest";
import { safeDivide } from "../../src/core/divide.js";
import { KpiError } from "../../src/core/errors.js";

describe("safeDivide", () => {
  it("divides exactly to 34 significant digits", () => {
    expect(safeDivide(1, 3).value?.toString()).toBe("0.3333333333333333333333333333333333");
    expect(safeDivide("0.3", "0.1")).toEqual({ value: expect.anything(), reason: null });
    expect(safeDivide("0.3", "0.1").value?.toString()).toBe("3");
  });

  it("returns null with a reason for a zero denominator, never NaN or Infinity", () => {
    expect(safeDivide(5, 0)).toEqual({ value: null, reason: "zero_denominator" });
    expect(safeDivide(0, 0)).toEqual({ value: null, reason: "zero_denominator" });
    expect(safeDivide(-5, "-0")).toEqual({ value: null, reason: "zero_denominator" });
  });

  it("rejects non-numbers", () => {
    expect(() => safeDivide(Number.NaN, 1)).toThrow(KpiError);
    expect(() => safeDivide(1, "x")).toThrow(KpiError);
  });
});
