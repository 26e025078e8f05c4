import { describe, expect, it } from "vitest";
import { netRevenueRetention } from "../../../src/metrics/customer/netRevenueRetention.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

const cohort = {
  recurringRevenueAtStart: 100_000_000,
  expansionRevenue: 15_000_000,
  contractionRevenue: 2_000_000,
  churnedRevenue: 5_000_000,
};

describe("netRevenueRetention", () => {
  it("computes (start + expansion - contraction - churn) / start, above 1 included", () => {
    expect(netRevenueRetention(cohort)?.toString()).toBe("1.08");
    expect(netRevenueRetention({ ...cohort, expansionRevenue: 0 })?.toString()).toBe("0.93");
    expect(
      netRevenueRetention({
        recurringRevenueAtStart: "0.3",
        expansionRevenue: "0.1",
        contractionRevenue: 0,
        churnedRevenue: "0.2",
      })?.toString(),
    ).toBe("0.6666666666666666666666666666666667");
  });

  it("is null with zero_denominator without MRR at the start", () => {
    expect(
      netRevenueRetention.evaluate({
        recurringRevenueAtStart: 0,
        expansionRevenue: 0,
        contractionRevenue: 0,
        churnedRevenue: 0,
      }),
    ).toEqual({ value: null, reason: "zero_denominator" });
  });

  it("rejects a cohort that lost more than it had", () => {
    expectKpiError(
      () =>
        netRevenueRetention({
          ...cohort,
          contractionRevenue: 60_000_000,
          churnedRevenue: 50_000_000,
        }),
      "inconsistent_inputs",
      'net_revenue_retention: input "churnedRevenue" must be at most recurringRevenueAtStart - contractionRevenue (40000000), received 50000000',
    );
  });

  it("refuses to sum cohort movements across periods", () => {
    const error = expectKpiError(
      () => rollupInputs(netRevenueRetention, [cohort, cohort]),
      "not_additive",
      'net_revenue_retention: input "expansionRevenue" must be an input whose rollup rule is sum, first, last, min or max; it is not additive (a distinct count or a cohort measure), so recompute it from the records of the whole period (for example with countDistinct in aggregate), received rollup rule none',
    );
    expect(error.issues[0]?.path).toEqual(["expansionRevenue"]);
  });
});
