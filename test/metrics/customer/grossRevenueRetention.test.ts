import { describe, expect, it } from "vitest";
import { grossRevenueRetention } from "../../../src/metrics/customer/grossRevenueRetention.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("grossRevenueRetention", () => {
  it("computes (start - contraction - churn) / start", () => {
    expect(
      grossRevenueRetention({
        recurringRevenueAtStart: 100_000_000,
        contractionRevenue: 2_000_000,
        churnedRevenue: 5_000_000,
      })?.toString(),
    ).toBe("0.93");
  });

  it("equals Σ min(current, base) / Σ base for per-customer data", () => {
    // PostHog's form: base and current MRR per customer of the starting cohort
    const customers = [
      { base: 100, current: 150 }, // expanded: counts 100
      { base: 200, current: 150 }, // contracted by 50
      { base: 50, current: 0 }, // churned
      { base: 150, current: 150 },
    ];
    const base = customers.reduce((sum, c) => sum + c.base, 0);
    const kept = customers.reduce((sum, c) => sum + Math.min(c.base, c.current), 0);
    const value = grossRevenueRetention({
      recurringRevenueAtStart: base,
      contractionRevenue: 50,
      churnedRevenue: 50,
    });
    expect(value?.toString()).toBe(String(kept / base));
    expect(value?.toString()).toBe("0.8");
  });

  it("is between 0 and 1 at the extremes", () => {
    expect(
      grossRevenueRetention({
        recurringRevenueAtStart: 10,
        contractionRevenue: 0,
        churnedRevenue: 10,
      })?.toString(),
    ).toBe("0");
    expect(
      grossRevenueRetention({
        recurringRevenueAtStart: 10,
        contractionRevenue: 0,
        churnedRevenue: 0,
      })?.toString(),
    ).toBe("1");
  });

  it("is null with zero_denominator without MRR at the start", () => {
    expect(
      grossRevenueRetention.evaluate({
        recurringRevenueAtStart: 0,
        contractionRevenue: 0,
        churnedRevenue: 0,
      }).reason,
    ).toBe("zero_denominator");
  });

  it("rejects a cohort that lost more than it had", () => {
    expectKpiError(
      () =>
        grossRevenueRetention({
          recurringRevenueAtStart: 10,
          contractionRevenue: 4,
          churnedRevenue: 7,
        }),
      "inconsistent_inputs",
      'gross_revenue_retention: input "churnedRevenue" must be at most recurringRevenueAtStart - contractionRevenue (6), received 7',
    );
  });

  it("refuses to sum cohort movements across periods", () => {
    const month = { recurringRevenueAtStart: 10, contractionRevenue: 1, churnedRevenue: 1 };
    expectKpiError(() => rollupInputs(grossRevenueRetention, [month, month]), "not_additive", {
      path: ["contractionRevenue"],
      message:
        /gross_revenue_retention: input "contractionRevenue" must be an input whose rollup rule/,
    });
  });
});
