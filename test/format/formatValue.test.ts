import { describe, expect, it } from "vitest";
import type { KpiErrorCode } from "../../src/core/errors.js";
import { formatValue } from "../../src/format/formatValue.js";
import { expectKpiError } from "../support/expectKpiError.js";

const NBSP = "\u00a0";

describe("formatValue", () => {
  it("formats currency in id-ID with IDR and en-US with USD", () => {
    expect(formatValue("1234567.5", "currency", { currency: "IDR" })).toBe(`Rp${NBSP}1.234.568`);
    expect(formatValue("1234.565", "currency", { locale: "en-US", currency: "USD" })).toBe(
      "$1,234.57",
    );
    expect(formatValue("-1500", "currency", { currency: "IDR" })).toBe(`-Rp${NBSP}1.500`);
  });

  it("rounds from the exact decimal, not a float", () => {
    // 1161401.345 as a double is 1161401.34499999…; the exact value rounds half up to .35.
    expect(formatValue("1161401.345", "currency", { locale: "en-US", currency: "USD" })).toBe(
      "$1,161,401.35",
    );
    expect(
      formatValue("1161401.345", "currency", {
        locale: "id-ID",
        currency: "IDR",
        fractionDigits: 2,
      }),
    ).toBe(`Rp${NBSP}1.161.401,35`);
    expect(formatValue("2.345", "score", { locale: "en-US", roundingMode: "halfEven" })).toBe(
      "2.34",
    );
    expect(formatValue("2.345", "score", { locale: "en-US" })).toBe("2.35");
    expect(formatValue("123456789012345678901234.5", "count", { locale: "en-US" })).toBe(
      "123,456,789,012,345,678,901,235",
    );
  });

  it("formats every unit", () => {
    expect(formatValue("0.123", "ratio")).toBe("12,3%");
    expect(formatValue("0.123", "ratio", { locale: "en-US" })).toBe("12.3%");
    expect(formatValue("0.12", "ratio", { locale: "en-US" })).toBe("12%");
    expect(formatValue("4.25", "multiple", { locale: "en-US" })).toBe("4.25×");
    expect(formatValue("4.2", "multiple")).toBe("4,2×");
    expect(formatValue("1234", "count")).toBe("1.234");
    expect(formatValue("12.5", "days")).toBe("12,5 hari");
    expect(formatValue("12.5", "days", { locale: "en-US" })).toBe("12.5 days");
    expect(formatValue("3", "months", { locale: "en-US" })).toBe("3 months");
    expect(formatValue("4.567", "score", { locale: "en-US" })).toBe("4.57");
    expect(formatValue("42", "net_score")).toBe("+42");
    expect(formatValue("-10", "net_score")).toBe("-10");
    expect(formatValue("0", "net_score")).toBe("0");
    expect(formatValue("250000", "currency_per_day", { currency: "IDR" })).toBe(
      `Rp${NBSP}250.000/hari`,
    );
    expect(formatValue("2500", "currency_per_day", { locale: "en-US", currency: "USD" })).toBe(
      "$2,500.00/day",
    );
  });

  it("supports compact notation and explicit digits", () => {
    expect(formatValue("1234567890", "currency", { currency: "IDR", notation: "compact" })).toBe(
      `Rp${NBSP}1,2${NBSP}M`,
    );
    expect(formatValue("1234567", "count", { locale: "en-US", notation: "compact" })).toBe("1.2M");
    expect(formatValue("0.5", "ratio", { locale: "en-US", fractionDigits: 2 })).toBe("50.00%");
  });

  it("never prints -0: a negative value that rounds to zero shows as zero, compact too", () => {
    expect(
      formatValue("-0.001", "currency", {
        locale: "en-US",
        currency: "USD",
        notation: "compact",
        fractionDigits: 2,
      }),
    ).toBe("$0.00");
    expect(
      formatValue("-0.004", "ratio", { locale: "en-US", notation: "compact", fractionDigits: 0 }),
    ).toBe("0%");
    expect(formatValue("-0.0004", "ratio", { locale: "en-US" })).toBe("0%");
    expect(formatValue("-0.004", "currency", { locale: "en-US", currency: "USD" })).toBe("$0.00");
    expect(formatValue("-0.4", "net_score")).toBe("0");
    expect(formatValue("-0.001", "count", { locale: "en-US", roundingMode: "floor" })).toBe("-1");
    // Values that do not round to zero keep their sign.
    expect(
      formatValue("-1234567", "currency", {
        locale: "en-US",
        currency: "USD",
        notation: "compact",
        fractionDigits: 2,
      }),
    ).toBe("-$1.23M");
    expect(formatValue("-0.006", "ratio", { locale: "en-US", fractionDigits: 0 })).toBe("-1%");
    // Variances: "exceptZero" signs positives and negatives, but not a zero.
    const variance = { locale: "en-US", notation: "compact", signDisplay: "exceptZero" } as const;
    expect(formatValue("-0.001", "count", { ...variance, fractionDigits: 2 })).toBe("0.00");
    expect(formatValue("0.5", "count", { ...variance, fractionDigits: 0 })).toBe("+1");
    expect(formatValue("-0.5", "count", { ...variance, fractionDigits: 0 })).toBe("-1");
  });

  it("shows null as a placeholder, never NaN", () => {
    expect(formatValue(null, "ratio")).toBe("—");
    expect(formatValue(null, "currency", { currency: "IDR", placeholder: "n/a" })).toBe("n/a");
    expect(formatValue(null, "ratio", { placeholder: "" })).toBe("");
  });

  it("requires a string placeholder", () => {
    expectKpiError(
      () => formatValue(null, "ratio", { placeholder: 5 as never }),
      "invalid_option",
      'formatValue: option "placeholder" must be a string to show for a null value, received 5',
    );
    // Checked whatever the value, so a bad option never goes unnoticed until a null shows up.
    expectKpiError(
      () => formatValue(1, "ratio", { placeholder: null as never }),
      "invalid_option",
      { path: ["options", "placeholder"] },
    );
  });

  it("rejects bad options and values with KpiError", () => {
    const cases: [() => string, KpiErrorCode][] = [
      [() => formatValue(1, "currency"), "invalid_option"],
      [() => formatValue(1, "currency", { currency: "RUPIAH" }), "invalid_option"],
      [() => formatValue(1, "ratio", { locale: "!!" }), "invalid_option"],
      [() => formatValue(1, "ratio", { fractionDigits: -1 }), "invalid_option"],
      [() => formatValue(1, "ratio", { roundingMode: "up" as never }), "invalid_option"],
      [() => formatValue(1, "ratio", { notation: "scientific" as never }), "invalid_option"],
      [() => formatValue(1, "percent" as never), "invalid_option"],
      [() => formatValue(Number.NaN, "ratio"), "invalid_number"],
      [() => formatValue("1,5", "ratio"), "invalid_number"],
    ];
    for (const [run, code] of cases) {
      expectKpiError(run, code, /^formatValue: |^toDecimal: /);
    }
  });
});

describe("formatValue: options", () => {
  it("refuses an option it does not know (a typo is not silently ignored)", () => {
    expectKpiError(
      () => formatValue(1, "ratio", { locale: "en-US", fractionDigit: 2 } as never),
      "invalid_option",
      {
        message:
          'formatValue: option "fractionDigit" must be one of the options "locale", "currency", "fractionDigits", "fixedDigits", "roundingMode", "notation", "placeholder", "signDisplay", received "fractionDigit"',
        path: ["options", "fractionDigit"],
      },
    );
  });

  it("fixedDigits shows the unit's default digits, trailing zeros included", () => {
    expect(formatValue("0.28", "ratio", { locale: "en-US" })).toBe("28%");
    expect(formatValue("0.28", "ratio", { locale: "en-US", fixedDigits: true })).toBe("28.0%");
    expect(formatValue("4", "multiple", { locale: "en-US", fixedDigits: true })).toBe("4.00×");
  });

  it("compact notation never shows digits a currency does not have", () => {
    const rupiah = (value: string) =>
      formatValue(value, "currency", { currency: "IDR", notation: "compact" }).replace(/\s/g, " ");
    expect(rupiah("0.5")).toBe("Rp 1");
    expect(rupiah("0.4")).toBe("Rp 0");
    expect(rupiah("12.5")).toBe("Rp 13");
    expect(rupiah("1234567")).toBe("Rp 1,2 jt");
    expect(
      formatValue("0.555", "currency", { currency: "USD", locale: "en-US", notation: "compact" }),
    ).toBe("$0.56");
  });
});
