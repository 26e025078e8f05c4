import { describe, expect, it } from "vitest";
import { customerAcquisitionCost } from "../../../src/metrics/marketing/customerAcquisitionCost.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("customerAcquisitionCost", () => {
  it("computes (salesSpend + marketingSpend) / newCustomers", () => {
    expect(
      customerAcquisitionCost({
        salesSpend: 60_000_000,
        marketingSpend: 40_000_000,
        newCustomers: 50,
      })?.toString(),
    ).toBe("2000000");
    expect(
      customerAcquisitionCost({
        salesSpend: 0.1,
        marketingSpend: 0.2,
        newCustomers: 1,
      })?.toString(),
    ).toBe("0.3");
    expect(customerAcquisitionCost.direction).toBe("lower_is_better");
  });

  it("is null with zero_denominator when there are no new customers", () => {
    expect(
      customerAcquisitionCost.evaluate({ salesSpend: 1, marketingSpend: 1, newCustomers: 0 })
        .reason,
    ).toBe("zero_denominator");
  });

  it("requires both spends", () => {
    expectKpiError(
      // @ts-expect-error salesSpend is required
      () => customerAcquisitionCost({ marketingSpend: 1, newCustomers: 1 }),
      "missing_input",
      'customer_acquisition_cost: input "salesSpend" must be a non-negative amount, received undefined',
    );
  });

  it("rolls up as a ratio of sums", () => {
    const quarter = rollupInputs(customerAcquisitionCost, [
      { salesSpend: 50, marketingSpend: 50, newCustomers: 1 },
      { salesSpend: 100, marketingSpend: 0, newCustomers: 3 },
    ]);
    expect(customerAcquisitionCost(quarter)?.toString()).toBe("50");
  });
});
