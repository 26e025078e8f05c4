import { describe, expect, it } from "vitest";
import { salesGrowth } from "../../../src/metrics/sales/salesGrowth.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("salesGrowth", () => {
  it("computes (current - previous) / previous", () => {
    expect(salesGrowth({ current: 125_000_000, previous: 100_000_000 })?.toString()).toBe("0.25");
    expect(salesGrowth({ current: 90, previous: 100 })?.toString()).toBe("-0.1");
    expect(salesGrowth({ current: 0.3, previous: 0.1 })?.toString()).toBe("2");
    expect(salesGrowth({ current: "0.3", previous: "0.2" })?.toString()).toBe("0.5");
    expect(salesGrowth({ current: 1, previous: 3 })?.toString()).toBe(
      "-0.6666666666666666666666666666666667",
    );
  });

  it("computes a negative current value (returns above sales)", () => {
    expect(salesGrowth({ current: -50, previous: 100 })?.toString()).toBe("-1.5");
  });

  it("is null with non_positive_base when previous is 0 or negative", () => {
    expect(salesGrowth({ current: 50, previous: 0 })).toBeNull();
    expect(salesGrowth.evaluate({ current: 50, previous: 0 })).toEqual({
      value: null,
      reason: "non_positive_base",
    });
    expect(salesGrowth.evaluate({ current: 50, previous: -10 })).toEqual({
      value: null,
      reason: "non_positive_base",
    });
    expect(salesGrowth.evaluate({ current: 0, previous: "-0" }).reason).toBe("non_positive_base");
  });

  it("reports a missing input", () => {
    expectKpiError(
      // @ts-expect-error previous is required
      () => salesGrowth({ current: 1 }),
      "missing_input",
      'sales_growth: input "previous" must be a finite amount, received undefined',
    );
  });

  it("rolls up both sides by summing (growth of the quarter, not the mean of monthly growth)", () => {
    const quarter = rollupInputs(salesGrowth, [
      { current: 110, previous: 100 },
      { current: 100, previous: 200 },
    ]);
    expect(salesGrowth(quarter)?.toString()).toBe("-0.3");
  });
});
