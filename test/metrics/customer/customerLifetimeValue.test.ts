import { describe, expect, it } from "vitest";
import { churnRate } from "../../../src/metrics/customer/churnRate.js";
import { customerLifetimeValue } from "../../../src/metrics/customer/customerLifetimeValue.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("customerLifetimeValue", () => {
  it("computes ARPA / churn rate (ChartMogul)", () => {
    // ARPA 100 and 10 of 100 customers churned: LTV 1000
    const churn = churnRate({ churnedCustomers: 10, customersAtStart: 100 });
    expect(
      customerLifetimeValue({ averageRevenuePerAccount: 100, churnRate: churn ?? 1 })?.toString(),
    ).toBe("1000");
    expect(
      customerLifetimeValue({ averageRevenuePerAccount: 500_000, churnRate: "0.05" })?.toString(),
    ).toBe("10000000");
    expect(customerLifetimeValue({ averageRevenuePerAccount: 1, churnRate: 0.3 })?.toString()).toBe(
      "3.333333333333333333333333333333333",
    );
  });

  it("matches ChartMogul's worked example: ARPA $100 at 5 % monthly churn is $2000", () => {
    expect(
      customerLifetimeValue({ averageRevenuePerAccount: 100, churnRate: "0.05" })?.toString(),
    ).toBe("2000");
  });

  it("is null with zero_churn when churn is 0 (ChartMogul shows 0; an unbounded lifetime is not 0)", () => {
    expect(customerLifetimeValue.evaluate({ averageRevenuePerAccount: 100, churnRate: 0 })).toEqual(
      {
        value: null,
        reason: "zero_churn",
      },
    );
  });

  it("rejects a churn rate above 1", () => {
    expectKpiError(
      () => customerLifetimeValue({ averageRevenuePerAccount: 100, churnRate: "1.2" }),
      "out_of_domain",
      'customer_lifetime_value: input "churnRate" must be a fraction between 0 and 1, received 1.2',
    );
  });

  it("rolls up to the last period's snapshot", () => {
    const quarter = rollupInputs(customerLifetimeValue, [
      { averageRevenuePerAccount: 90, churnRate: "0.1" },
      { averageRevenuePerAccount: 100, churnRate: "0.05" },
    ]);
    expect(customerLifetimeValue(quarter)?.toString()).toBe("2000");
  });
});
