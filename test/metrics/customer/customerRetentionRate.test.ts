import { describe, expect, it } from "vitest";
import { customerRetentionRate } from "../../../src/metrics/customer/customerRetentionRate.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("customerRetentionRate", () => {
  it("computes (E - N) / S as in HubSpot's formula", () => {
    // S = 200 at the start, N = 40 new, E = 210 at the end: 170 of the 200 stayed
    expect(
      customerRetentionRate({
        customersAtStart: 200,
        customersAtEnd: 210,
        newCustomers: 40,
      })?.toString(),
    ).toBe("0.85");
    expect(
      customerRetentionRate({
        customersAtStart: 3,
        customersAtEnd: 2,
        newCustomers: 0,
      })?.toString(),
    ).toBe("0.6666666666666666666666666666666667");
  });

  it("computes a rate above 1 (reactivations not counted as new)", () => {
    expect(
      customerRetentionRate({
        customersAtStart: 10,
        customersAtEnd: 12,
        newCustomers: 1,
      })?.toString(),
    ).toBe("1.1");
  });

  it("is null with zero_denominator without customers at the start", () => {
    expect(
      customerRetentionRate.evaluate({ customersAtStart: 0, customersAtEnd: 5, newCustomers: 5 }),
    ).toEqual({ value: null, reason: "zero_denominator" });
  });

  it("rejects more new customers than customers at the end (E - N < 0)", () => {
    const error = expectKpiError(
      () => customerRetentionRate({ customersAtStart: 10, customersAtEnd: 5, newCustomers: 6 }),
      "inconsistent_inputs",
      'customer_retention_rate: input "newCustomers" must be at most input "customersAtEnd" (5), received 6',
    );
    expect(error.issues[0]?.path).toEqual(["newCustomers"]);
  });

  it("rolls up with the first start, the last end and summed new customers", () => {
    const quarter = rollupInputs(customerRetentionRate, [
      { customersAtStart: 100, customersAtEnd: 105, newCustomers: 10 },
      { customersAtStart: 105, customersAtEnd: 110, newCustomers: 10 },
      { customersAtStart: 110, customersAtEnd: 112, newCustomers: 5 },
    ]);
    expect(quarter.customersAtStart.toString()).toBe("100");
    expect(quarter.customersAtEnd.toString()).toBe("112");
    expect(quarter.newCustomers.toString()).toBe("25");
    expect(customerRetentionRate(quarter)?.toString()).toBe("0.87");
  });
});
