import { describe, expect, it } from "vitest";
import { salesCycleLengthClosed } from "../../../src/metrics/sales/salesCycleLengthClosed.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("salesCycleLengthClosed", () => {
  it("computes totalDays / closedDeals over won and lost deals", () => {
    // 10 won deals of 60 days and 20 lost deals of 15 days
    expect(salesCycleLengthClosed({ totalDays: 600 + 300, closedDeals: 30 })?.toString()).toBe(
      "30",
    );
    expect(salesCycleLengthClosed.direction).toBe("lower_is_better");
  });

  it("is null with zero_denominator when no deal closed", () => {
    expect(salesCycleLengthClosed.evaluate({ totalDays: 0, closedDeals: 0 }).reason).toBe(
      "zero_denominator",
    );
  });

  it("rejects days without deals", () => {
    expectKpiError(
      () => salesCycleLengthClosed({ totalDays: 1, closedDeals: 0 }),
      "inconsistent_inputs",
      'sales_cycle_length_closed: input "totalDays" must be 0 when input "closedDeals" is 0, received 1',
    );
  });

  it("rolls up as a ratio of sums", () => {
    const quarter = rollupInputs(salesCycleLengthClosed, [
      { totalDays: 30, closedDeals: 3 },
      { totalDays: 0, closedDeals: 0 },
      { totalDays: 70, closedDeals: 2 },
    ]);
    expect(salesCycleLengthClosed(quarter)?.toString()).toBe("20");
  });
});
