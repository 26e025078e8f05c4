import { describe, expect, it } from "vitest";
import { grossRevenueRetention } from "../../../src/metrics/customer/grossRevenueRetention.js";
import { revenueChurnRate } from "../../../src/metrics/customer/revenueChurnRate.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

const month = {
  recurringRevenueAtStart: 100_000_000,
  churnedRevenue: 3_000_000,
  contractionRevenue: 1_000_000,
};

describe("revenueChurnRate", () => {
  it("computes (churned + contraction) / MRR at start", () => {
    expect(revenueChurnRate(month)?.toString()).toBe("0.04");
    expect(revenueChurnRate.direction).toBe("lower_is_better");
  });

  it("is 1 - gross revenue retention for one period", () => {
    expect(revenueChurnRate(month)?.toString()).toBe(
      grossRevenueRetention(month)?.negated().plus(1).toString(),
    );
  });

  it("is null with zero_denominator without MRR at the start", () => {
    expect(
      revenueChurnRate.evaluate({
        recurringRevenueAtStart: 0,
        churnedRevenue: 0,
        contractionRevenue: 0,
      }).reason,
    ).toBe("zero_denominator");
  });

  it("rejects negative amounts", () => {
    expectKpiError(
      () => revenueChurnRate({ ...month, contractionRevenue: -1 }),
      "out_of_domain",
      'revenue_churn_rate: input "contractionRevenue" must be a non-negative amount, received -1',
    );
  });

  it("rolls up with the first start and summed losses", () => {
    const quarter = rollupInputs(revenueChurnRate, [
      { recurringRevenueAtStart: 1000, churnedRevenue: 10, contractionRevenue: 5 },
      { recurringRevenueAtStart: 1100, churnedRevenue: 20, contractionRevenue: 5 },
    ]);
    expect(revenueChurnRate(quarter)?.toString()).toBe("0.04");
  });
});
