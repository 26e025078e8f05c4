import { describe, expect, it } from "vitest";
import { compoundGrowthRate } from "../../../src/metrics/sales/compoundGrowthRate.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("compoundGrowthRate", () => {
  it("computes (end / start) ^ (1 / periods) - 1", () => {
    expect(compoundGrowthRate({ start: 100, end: 121, periods: 2 })?.toString()).toBe("0.1");
    expect(compoundGrowthRate({ start: 1000, end: 1331, periods: 3 })?.toString()).toBe("0.1");
    expect(compoundGrowthRate({ start: 100, end: 150, periods: 1 })?.toString()).toBe("0.5");
    expect(compoundGrowthRate({ start: 100, end: 100, periods: 5 })?.toString()).toBe("0");
    expect(compoundGrowthRate({ start: 100, end: 25, periods: 2 })?.toString()).toBe("-0.5");
  });

  it("accepts fractional periods", () => {
    // 1.21 ^ (1 / 0.5) = 1.4641
    expect(compoundGrowthRate({ start: 1, end: "1.21", periods: "0.5" })?.toString()).toBe(
      "0.4641",
    );
  });

  it("is -1 when the end value is 0", () => {
    expect(compoundGrowthRate({ start: 100, end: 0, periods: 3 })?.toString()).toBe("-1");
  });

  it("is correctly rounded to 34 significant digits for irrational roots", () => {
    // 2 ^ (1/5) = 1.1486983549970350067986269467779275894438..., so the rate to 34 significant
    // digits is 0.1486983549970350067986269467779276 (the power computed at 34 digits and then
    // reduced by 1 kept only 33 of them: 0.148698354997035006798626946777928).
    expect(compoundGrowthRate({ start: 1, end: 2, periods: 5 })?.toString()).toBe(
      "0.1486983549970350067986269467779276",
    );
  });

  it("is correctly rounded near a ratio of 1 over many periods", () => {
    // ln 2 / 10^30 = 6.93147180559945309417232121458176568e-31, plus its square over two
    // (2.4023e-61) from exp(x) - 1: the power computed at 34 digits had 3 correct digits.
    expect(compoundGrowthRate({ start: 1, end: 2, periods: "1e30" })?.toString()).toBe(
      "0.0000000000000000000000000000006931471805599453094172321214584168",
    );
    expect(
      compoundGrowthRate({ start: 1, end: "1.0000000000000000000001", periods: 7 })?.toString(),
    ).toBe("0.00000000000000000000001428571428571428571428510204081633");
  });

  it("is null with non_positive_base for a non-positive start or a negative end", () => {
    expect(compoundGrowthRate.evaluate({ start: 0, end: 50, periods: 2 })).toEqual({
      value: null,
      reason: "non_positive_base",
    });
    expect(compoundGrowthRate.evaluate({ start: -10, end: 50, periods: 2 }).reason).toBe(
      "non_positive_base",
    );
    expect(compoundGrowthRate.evaluate({ start: 10, end: -1, periods: 2 }).reason).toBe(
      "non_positive_base",
    );
  });

  it("is null with zero_denominator when periods is 0", () => {
    expect(compoundGrowthRate.evaluate({ start: 10, end: 20, periods: 0 })).toEqual({
      value: null,
      reason: "zero_denominator",
    });
  });

  it("rejects negative periods", () => {
    expectKpiError(
      () => compoundGrowthRate({ start: 1, end: 2, periods: -1 }),
      "out_of_domain",
      'compound_growth_rate: input "periods" must be a non-negative number, received -1',
    );
  });

  it("rolls contiguous spans up: first start, last end, periods summed", () => {
    const whole = rollupInputs(compoundGrowthRate, [
      { start: 100, end: 110, periods: 1 },
      { start: 110, end: 121, periods: 1 },
    ]);
    expect(whole.start.toString()).toBe("100");
    expect(whole.end.toString()).toBe("121");
    expect(whole.periods.toString()).toBe("2");
    expect(compoundGrowthRate(whole)?.toString()).toBe("0.1");
  });

  it("refuses a number of periods so small the growth factor leaves 10^±1000 (never Infinity)", () => {
    // Regression: 1e-20 periods gave Infinity, 1e-8 a 30-million-digit number, and a falling
    // value a quiet -1.
    for (const inputs of [
      { start: 1, end: 2, periods: "1e-20" },
      { start: 2, end: 1, periods: "1e-20" },
      { start: 1, end: 2, periods: "0.00000001" },
    ]) {
      expectKpiError(
        () => compoundGrowthRate(inputs),
        "inconsistent_inputs",
        `compound_growth_rate: input "periods" must be large enough that (end / start) ^ (1 / periods) stays between 10^-1000 and 10^1000, received ${inputs.periods === "1e-20" ? "0.00000000000000000001" : "0.00000001"}`,
      );
    }
    // 2 ^ 1000 is still representable.
    expect(compoundGrowthRate({ start: 1, end: 2, periods: "0.001" })?.toFixed(0).length).toBe(302);
  });
});
