import { describe, expect, it } from "vitest";
import { customerLifetimeValue } from "../../../src/metrics/customer/customerLifetimeValue.js";
import { customerLifetimeValueMargin } from "../../../src/metrics/customer/customerLifetimeValueMargin.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("customerLifetimeValueMargin", () => {
  it("computes ARPA × gross margin / churn rate", () => {
    expect(
      customerLifetimeValueMargin({
        averageRevenuePerAccount: 500_000,
        grossMargin: "0.8",
        churnRate: "0.05",
      })?.toString(),
    ).toBe("8000000");
  });

  it("equals the simple LTV at a 100 % margin", () => {
    const inputs = { averageRevenuePerAccount: "123.45", churnRate: "0.07" };
    expect(customerLifetimeValueMargin({ ...inputs, grossMargin: 1 })?.toString()).toBe(
      customerLifetimeValue(inputs)?.toString(),
    );
  });

  it("is null with zero_churn when churn is 0", () => {
    expect(
      customerLifetimeValueMargin.evaluate({
        averageRevenuePerAccount: 1,
        grossMargin: 1,
        churnRate: 0,
      }).reason,
    ).toBe("zero_churn");
  });

  it("rejects a margin outside 0..1", () => {
    expectKpiError(
      () =>
        customerLifetimeValueMargin({
          averageRevenuePerAccount: 1,
          grossMargin: 80,
          churnRate: 0.1,
        }),
      "out_of_domain",
      'customer_lifetime_value_margin: input "grossMargin" must be a fraction between 0 and 1, received 80',
    );
  });
});
