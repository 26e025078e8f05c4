import { describe, expect, it } from "vitest";
import { churnRate } from "../../../src/metrics/customer/churnRate.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("churnRate", () => {
  it("computes churned / customers at start (10 of 100 is 10 %)", () => {
    expect(churnRate({ churnedCustomers: 10, customersAtStart: 100 })?.toString()).toBe("0.1");
    expect(churnRate({ churnedCustomers: 1, customersAtStart: 3 })?.toString()).toBe(
      "0.3333333333333333333333333333333333",
    );
    expect(churnRate.direction).toBe("lower_is_better");
  });

  it("is null with zero_denominator without customers at the start", () => {
    expect(churnRate.evaluate({ churnedCustomers: 0, customersAtStart: 0 }).reason).toBe(
      "zero_denominator",
    );
  });

  it("rejects negative counts", () => {
    expectKpiError(
      () => churnRate({ churnedCustomers: -1, customersAtStart: 10 }),
      "out_of_domain",
      'churn_rate: input "churnedCustomers" must be a non-negative integer count, received -1',
    );
  });

  it("rolls up with the first start and summed churn", () => {
    const quarter = rollupInputs(churnRate, [
      { churnedCustomers: 5, customersAtStart: 100 },
      { churnedCustomers: 5, customersAtStart: 110 },
      { churnedCustomers: 10, customersAtStart: 120 },
    ]);
    expect(churnRate(quarter)?.toString()).toBe("0.2");
  });
});
