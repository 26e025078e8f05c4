import { describe, expect, it } from "vitest";
import { averageOrderValue } from "../../../src/metrics/sales/averageOrderValue.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("averageOrderValue", () => {
  it("computes revenue / orders", () => {
    expect(averageOrderValue({ revenue: "31250000", orders: 125 })?.toString()).toBe("250000");
    expect(averageOrderValue({ revenue: 10, orders: 3 })?.toString()).toBe(
      "3.333333333333333333333333333333333",
    );
    expect(averageOrderValue({ revenue: "0.6", orders: 2 })?.toString()).toBe("0.3");
  });

  it("is null with zero_denominator when there are no orders", () => {
    expect(averageOrderValue.evaluate({ revenue: 0, orders: 0 })).toEqual({
      value: null,
      reason: "zero_denominator",
    });
  });

  it("rejects revenue without orders", () => {
    expectKpiError(
      () => averageOrderValue({ revenue: "0.01", orders: 0 }),
      "inconsistent_inputs",
      'average_order_value: input "revenue" must be 0 when input "orders" is 0, received 0.01',
    );
  });

  it("rejects negative revenue", () => {
    expectKpiError(
      () => averageOrderValue({ revenue: -5, orders: 1 }),
      "out_of_domain",
      'average_order_value: input "revenue" must be a non-negative amount, received -5',
    );
  });

  it("rolls up as a ratio of sums, not the mean of monthly values", () => {
    // January AOV 100 (1 order), February AOV 10 (9 orders): the mean would be 55
    const quarter = rollupInputs(averageOrderValue, [
      { revenue: 100, orders: 1 },
      { revenue: 90, orders: 9 },
    ]);
    expect(averageOrderValue(quarter)?.toString()).toBe("19");
  });
});
