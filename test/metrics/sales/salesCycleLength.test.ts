import { describe, expect, it } from "vitest";
import { salesCycleLength } from "../../../src/metrics/sales/salesCycleLength.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("salesCycleLength", () => {
  it("computes totalDays / wonDeals", () => {
    expect(salesCycleLength({ totalDays: 540, wonDeals: 12 })?.toString()).toBe("45");
    expect(salesCycleLength({ totalDays: "10.5", wonDeals: 3 })?.toString()).toBe("3.5");
  });

  it("is lower_is_better", () => {
    expect(salesCycleLength.direction).toBe("lower_is_better");
    expect(salesCycleLength.unit).toBe("days");
  });

  it("is null with zero_denominator when no deal was won", () => {
    expect(salesCycleLength.evaluate({ totalDays: 0, wonDeals: 0 })).toEqual({
      value: null,
      reason: "zero_denominator",
    });
  });

  it("rejects days without deals", () => {
    expectKpiError(
      () => salesCycleLength({ totalDays: 12, wonDeals: 0 }),
      "inconsistent_inputs",
      'sales_cycle_length: input "totalDays" must be 0 when input "wonDeals" is 0, received 12',
    );
  });

  it("rolls up as total days over total deals, not a mean of means", () => {
    // January: 1 deal of 100 days; February: 9 deals of 10 days. Mean of means: 55.
    const quarter = rollupInputs(salesCycleLength, [
      { totalDays: 100, wonDeals: 1 },
      { totalDays: 90, wonDeals: 9 },
    ]);
    expect(salesCycleLength(quarter)?.toString()).toBe("19");
  });
});
