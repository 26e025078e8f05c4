// Found by the trust suites (see docs/reliability.md): each case failed before its fix.
import { describe, expect, it } from "vitest";
import { formatValue } from "../../src/index.js";
import { expectKpiError } from "../support/expectKpiError.js";

describe("formatValue against hostile input", () => {
  it("names itself in errors, not toDecimal", () => {
    expectKpiError(
      () => formatValue(Number.NaN, "ratio"),
      "invalid_number",
      /^formatValue: value must be /,
    );
  });

  it("refuses values Intl would print as ∞", () => {
    const huge = `9${"0".repeat(399)}`;
    expectKpiError(
      () => formatValue(huge, "currency", { currency: "IDR" }),
      "invalid_number",
      /^formatValue: value must be a value below 1e\+308 in magnitude/,
    );
    expect(formatValue(`1${"0".repeat(300)}`, "count", { locale: "en-US" })).not.toContain("∞");
    // The edge itself: 5e308 would overflow a double, 9.9e307 does not.
    expectKpiError(() => formatValue("5e308", "count"), "invalid_number");
    expect(formatValue("9.9e307", "count", { locale: "en-US" })).not.toContain("∞");
  });

  it("refuses options it cannot read with a KpiError", () => {
    expectKpiError(() => formatValue(1, "ratio", null as never), "invalid_argument");
  });

  it("prints a negative value that rounds to zero as 0, not -0", () => {
    // Intl.NumberFormat prints -0.001 with two digits as "-0.00" and -0.4 rupiah as "-Rp 0".
    expect(formatValue("-0.001", "count", { locale: "en-US", fractionDigits: 2 })).toBe("0.00");
    expect(formatValue("-0.4", "currency", { currency: "IDR", locale: "id-ID" })).toBe("Rp\u00a00");
    expect(formatValue("-0.00004", "ratio", { locale: "en-US" })).toBe("0%");
    expect(formatValue("-0.0005", "ratio", { locale: "en-US" })).toBe("-0.1%");
    expect(
      formatValue("-0.005", "count", { locale: "en-US", fractionDigits: 2, roundingMode: "trunc" }),
    ).toBe("0.00");
    expect(formatValue("-0.005", "count", { locale: "en-US", fractionDigits: 2 })).toBe("-0.01");
  });
});
