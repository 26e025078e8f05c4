import { Decimal as GlobalDecimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { divide, undefinedBecause } from "../../src/core/result.js";
import { defineMetric } from "../../src/model/defineMetric.js";
import { expectKpiError } from "../support/expectKpiError.js";

const discountRate = defineMetric({
  id: "discount_rate",
  label: { en: "Discount rate", id: "Tingkat diskon" },
  description: { en: "Discounts over gross sales.", id: "Diskon atas penjualan kotor." },
  formula: "discounts / gross_sales",
  category: "sales",
  unit: "ratio",
  direction: "neutral",
  inputs: {
    discounts: {
      domain: "non_negative_amount",
      rollup: "sum",
      label: { en: "Discounts", id: "Diskon" },
    },
    grossSales: {
      domain: "non_negative_amount",
      rollup: "sum",
      label: { en: "Gross sales", id: "Penjualan kotor" },
    },
    adjustments: {
      domain: "amount",
      rollup: "sum",
      label: { en: "Adjustments", id: "Penyesuaian" },
      default: 0,
    },
  },
  references: ["https://example.com/discount-rate"],
  check: ({ discounts, grossSales }) =>
    discounts.gt(grossSales)
      ? [{ input: "discounts", expected: `at most input "grossSales" (${grossSales})` }]
      : [],
  compute: ({ discounts, grossSales, adjustments }) =>
    divide(discounts.plus(adjustments), grossSales),
});

describe("defineMetric", () => {
  it("returns a callable that is its own definition", () => {
    expect(typeof discountRate).toBe("function");
    expect(discountRate.kind).toBe("metric");
    expect(discountRate.id).toBe("discount_rate");
    expect(discountRate.label).toEqual({ en: "Discount rate", id: "Tingkat diskon" });
    expect(discountRate.unit).toBe("ratio");
    expect(discountRate.direction).toBe("neutral");
    expect(discountRate.category).toBe("sales");
    expect(discountRate.formula).toBe("discounts / gross_sales");
    expect(discountRate.references).toEqual(["https://example.com/discount-rate"]);
    expect(Object.keys(discountRate.inputs)).toEqual(["discounts", "grossSales", "adjustments"]);
  });

  it("computes an exact Decimal from any Numeric form", () => {
    expect(discountRate({ discounts: "150", grossSales: 2000 })?.toString()).toBe("0.075");
    expect(
      discountRate({ discounts: 150n, grossSales: new GlobalDecimal("2000") })?.toString(),
    ).toBe("0.075");
    expect(discountRate({ discounts: 0.1, grossSales: 1, adjustments: 0.2 })?.toString()).toBe(
      "0.3",
    );
  });

  it("fills a defaulted input and accepts it explicitly", () => {
    expect(discountRate({ discounts: 1, grossSales: 10 })?.toString()).toBe("0.1");
    expect(discountRate({ discounts: 1, grossSales: 10, adjustments: -1 })?.toString()).toBe("0");
    expect(discountRate.parseInputs({ discounts: 1, grossSales: 10 }).adjustments.toString()).toBe(
      "0",
    );
  });

  it("returns null when undefined, with the reason from evaluate", () => {
    expect(discountRate({ discounts: 0, grossSales: 0 })).toBeNull();
    expect(discountRate.evaluate({ discounts: 0, grossSales: 0 })).toEqual({
      value: null,
      reason: "zero_denominator",
    });
  });

  it("rejects a missing, unknown, malformed or out-of-domain input, listing every problem", () => {
    const error = expectKpiError(
      () => discountRate({ discounts: -1, grossSales: "abc", extra: 5 } as never),
      "unknown_input",
    );
    expect(error.issues.map((issue) => issue.message)).toEqual([
      'discount_rate: input "extra" is not one of the declared inputs ("discounts", "grossSales", "adjustments"), received 5',
      'discount_rate: input "discounts" must be a non-negative amount, received -1',
      'discount_rate: input "grossSales" must be a finite number, a plain decimal string such as "1234.56", a bigint or a Decimal, received "abc"',
    ]);
    expect(
      expectKpiError(() => discountRate({ discounts: 1 } as never), "missing_input").issues[0],
    ).toMatchObject({
      code: "missing_input",
      path: ["grossSales"],
      received: "undefined",
    });
  });

  it("runs cross-input checks after the domains hold", () => {
    expectKpiError(
      () => discountRate({ discounts: 30, grossSales: 20 }),
      "inconsistent_inputs",
      'discount_rate: input "discounts" must be at most input "grossSales" (20), received 30',
    );
  });

  it("rejects inputs that are not an object", () => {
    for (const value of [null, undefined, 5, "x", [1, 2]]) {
      expectKpiError(() => discountRate(value as never), "invalid_argument");
    }
  });

  it("ignores inherited properties and handles __proto__ keys", () => {
    const inputs = Object.create({ discounts: 1, grossSales: 2 });
    expectKpiError(() => discountRate(inputs), "missing_input");
    const withProto = JSON.parse('{"discounts": 1, "grossSales": 2, "__proto__": 3}');
    expect(expectKpiError(() => discountRate(withProto), "unknown_input").issues[0]).toMatchObject({
      code: "unknown_input",
      path: ["__proto__"],
    });
  });

  it("validates the definition itself", () => {
    const base = {
      label: { en: "x", id: "x" },
      description: { en: "x", id: "x" },
      formula: "x",
      category: "sales",
      unit: "count",
      direction: "neutral",
      references: [],
      compute: () => undefinedBecause("no_data"),
    } as const;
    expectKpiError(
      () =>
        defineMetric({
          ...base,
          id: "NotSnake",
          inputs: { a: { domain: "count", rollup: "sum", label: base.label } },
        }),
      "invalid_argument",
      { path: ["id"], message: /defineMetric: id must be a snake_case id/ },
    );
    expectKpiError(() => defineMetric({ ...base, id: "empty", inputs: {} }), "invalid_argument", {
      path: ["inputs"],
      message: /empty: inputs must be at least one declared input/,
    });
  });

  it("rejects a declaration the library cannot honour, listing every problem", () => {
    // Regression: an unknown rollup rule made rollupInputs return the default (0) silently, an
    // unknown domain said "must be undefined", an unknown direction was accepted.
    const error = expectKpiError(
      () =>
        defineMetric({
          id: "loose",
          label: { en: "Loose", id: "Longgar" },
          description: { en: "x", id: "x" },
          formula: "x",
          category: "sales",
          unit: "percent",
          direction: "up",
          inputs: {
            a: { domain: "weird", rollup: "sum", label: { en: "a", id: "a" } },
            b: { domain: "count", rollup: "average", label: { en: "b", id: "b" } },
            c: { domain: "count", rollup: "sum", label: { en: "c", id: "c" }, default: -1 },
          },
          references: [],
          compute: () => undefinedBecause("no_data"),
        } as never),
      "invalid_argument",
    );
    expect(error.issues.map((issue) => issue.message)).toEqual([
      'loose: unit must be one of "currency", "currency_per_day", "ratio", "multiple", "count", "days", "months", "score", "net_score", received "percent"',
      'loose: direction must be one of "higher_is_better", "lower_is_better", "neutral", received "up"',
      'loose: input "a" domain must be one of "count", "positive_count", "amount", "non_negative_amount", "fraction", "ratio", "non_negative_number", received "weird"',
      'loose: input "b" rollup must be one of "sum", "first", "last", "min", "max", "none", received "average"',
      'loose: input "c" default must be a non-negative integer count, received -1',
    ]);
  });

  it("checks what the formula returns: a finite Decimal or null with a reason, never -0", () => {
    const label = { en: "x", id: "x" };
    const base = {
      label,
      description: label,
      formula: "x",
      category: "sales",
      unit: "ratio",
      direction: "neutral",
      inputs: { x: { domain: "amount", rollup: "sum", label } },
      references: [],
    } as const;
    const bare = defineMetric({ ...base, id: "bare", compute: ({ x }) => x as never });
    expectKpiError(
      () => bare({ x: 1 }),
      "invalid_argument",
      /^bare: the result of compute must be a KpiResult: \{ value: a finite Decimal, reason: null \}/,
    );
    const infinite = defineMetric({
      ...base,
      id: "infinite",
      compute: ({ x }) => ({ value: x.div(0), reason: null }),
    });
    expectKpiError(() => infinite({ x: 1 }), "invalid_argument");
    const negativeZero = defineMetric({
      ...base,
      id: "negative_zero",
      compute: ({ x }) => ({ value: x.times(-1), reason: null }),
    });
    expect(Object.is(negativeZero({ x: 0 })?.toNumber(), 0)).toBe(true);
  });
});
