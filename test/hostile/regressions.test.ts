// Bugs the trust suites found, each kept as the failing case that found it (see docs/reliability.md).
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { KDecimal } from "../../src/core/decimal.js";
import { KpiError } from "../../src/core/errors.js";
import {
  aggregate,
  describeMetric,
  evaluate,
  formatEvaluation,
  formatValue,
  isPaceable,
  label,
  rollupInputs,
  round,
  safeDivide,
  salesRevenue,
  sum,
  toDecimal,
  winRate,
} from "../../src/index.js";
import { numericSchema } from "../../src/schemas/index.js";

type Loose = any;

function thrown(run: () => unknown): KpiError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(KpiError);
    return error as KpiError;
  }
  throw new Error("expected a KpiError");
}

describe("regressions found by the trust suites", () => {
  it("a Decimal from another clone is read by value, not used with its own precision", () => {
    // Every Decimal.clone() shares one prototype, so `instanceof` accepted a 5-digit, round-down
    // clone as the library's own: 123456.789 − 0.001 came out as 123450.
    const Foreign = Decimal.clone({ precision: 5, rounding: Decimal.ROUND_DOWN });
    const revenue = new Foreign("123456.789");
    expect(salesRevenue({ revenue, returns: "0.001" })?.toString()).toBe("123456.788");
    const read = toDecimal(revenue);
    expect(read.constructor).toBe(KDecimal);
    expect(read.plus("0.001").toString()).toBe("123456.79");
    // The user's global Decimal (default precision 20) is not used for the library's arithmetic either.
    const big = new Decimal("1234567890123456789.01");
    expect(salesRevenue({ revenue: big, returns: "0.02" })?.toString()).toBe(
      "1234567890123456788.99",
    );
    expect(
      aggregate(
        [
          { at: "2025-01-01T00:00:00Z", amount: big },
          { at: "2025-01-02T00:00:00Z", amount: new Foreign("0.01") },
        ],
        {
          date: "at",
          granularity: "month",
          measures: { revenue: sum("amount") },
        },
      ).cells[0]?.values.revenue.toString(),
    ).toBe("1234567890123456789.02");
    expect(numericSchema().safeParse(new Foreign(Number.NaN)).success).toBe(false);
  });

  it("safeDivide, round and formatValue name themselves in errors, not toDecimal", () => {
    expect(thrown(() => safeDivide(1, Number.NaN)).message).toBe(
      'safeDivide: denominator must be a finite number, a plain decimal string such as "1234.56", a bigint or a Decimal, received NaN',
    );
    expect(thrown(() => round("12abc", 2)).message).toMatch(/^round: value must be /);
    expect(thrown(() => formatValue(Number.NaN, "ratio")).message).toMatch(
      /^formatValue: value must be /,
    );
  });

  it("an object that only claims to be a Decimal is described as an object", () => {
    const error = thrown(() =>
      winRate({ won: { toStringTag: "[object Decimal]" } as Loose, lost: 1 }),
    );
    expect(error.issues[0]?.received).toBe("an object");
    expect(error.message).not.toContain("[object Object]");
  });

  it("formatValue refuses values Intl would print as ∞", () => {
    const huge = `9${"0".repeat(399)}`;
    const error = thrown(() => formatValue(huge, "currency", { currency: "IDR" }));
    expect(error.code).toBe("invalid_number");
    expect(error.message).toMatch(/^formatValue: value must be a value below 1e\+308 in magnitude/);
    expect(formatValue(`1${"0".repeat(300)}`, "count", { locale: "en-US" })).not.toContain("∞");
    // The edge itself: 5e308 would overflow a double, 9.9e307 does not.
    expect(thrown(() => formatValue("5e308", "count")).code).toBe("invalid_number");
    expect(formatValue("9.9e307", "count", { locale: "en-US" })).not.toContain("∞");
  });

  it("formatValue, formatEvaluation, label and describeMetric refuse what they cannot read, with a KpiError", () => {
    expect(thrown(() => formatValue(1, "ratio", null as Loose)).code).toBe("invalid_argument");
    expect(thrown(() => formatEvaluation(null as Loose)).code).toBe("invalid_argument");
    const evaluation = evaluate({ metric: winRate, actual: 0.25, target: 0.3 });
    expect(thrown(() => formatEvaluation(evaluation, null as Loose)).code).toBe("invalid_argument");
    expect(thrown(() => formatEvaluation(evaluation, { metric: Number.NaN } as Loose)).code).toBe(
      "invalid_option",
    );
    expect(thrown(() => label(Number.NaN as Loose)).message).toMatch(/^label: metric must be /);
    expect(thrown(() => describeMetric({} as Loose)).message).toMatch(
      /^describeMetric: metric must be /,
    );
  });

  it("formatValue prints a negative value that rounds to zero as 0, not -0", () => {
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

  it("isPaceable is false, not a TypeError, for what is not a metric", () => {
    for (const value of [Number.NaN, null, undefined, "sales_revenue", {}]) {
      expect(isPaceable(value as Loose)).toBe(false);
    }
    expect(isPaceable(salesRevenue)).toBe(true);
  });

  it("rollupInputs names itself when the metric is not a metric", () => {
    expect(thrown(() => rollupInputs(Number.NaN as Loose, [])).message).toMatch(
      /^rollupInputs: metric must be a metric made with defineMetric, received NaN$/,
    );
  });
});
