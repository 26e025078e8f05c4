import { describe, expect, it } from "vitest";
import { repeatPurchaseRate } from "../../../src/metrics/customer/repeatPurchaseRate.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("repeatPurchaseRate", () => {
  it("computes repeat customers / customers", () => {
    expect(repeatPurchaseRate({ repeatCustomers: 270, customers: 1000 })?.toString()).toBe("0.27");
    expect(repeatPurchaseRate({ repeatCustomers: 2, customers: 3 })?.toString()).toBe(
      "0.6666666666666666666666666666666667",
    );
  });

  it("is null with zero_denominator without customers", () => {
    expect(repeatPurchaseRate.evaluate({ repeatCustomers: 0, customers: 0 }).reason).toBe(
      "zero_denominator",
    );
  });

  it("rejects more repeat customers than customers", () => {
    expectKpiError(
      () => repeatPurchaseRate({ repeatCustomers: 3, customers: 2 }),
      "inconsistent_inputs",
      'repeat_purchase_rate: input "repeatCustomers" must be at most input "customers" (2), received 3',
    );
  });

  it("refuses to add distinct customer counts across periods", () => {
    expectKpiError(
      () =>
        rollupInputs(repeatPurchaseRate, [
          { repeatCustomers: 1, customers: 2 },
          { repeatCustomers: 1, customers: 2 },
        ]),
      "not_additive",
      'repeat_purchase_rate: input "repeatCustomers" must be an input whose rollup rule is sum, first, last, min or max; it is not additive (a distinct count or a cohort measure), so recompute it from the records of the whole period (for example with countDistinct in aggregate), received rollup rule none',
    );
  });
});
