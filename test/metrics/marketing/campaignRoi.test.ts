import { describe, expect, it } from "vitest";
import { campaignRoi } from "../../../src/metrics/marketing/campaignRoi.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("campaignRoi", () => {
  it("computes (return - cost) / cost, negative included", () => {
    expect(campaignRoi({ return: 25_000_000, cost: 10_000_000 })?.toString()).toBe("1.5");
    expect(campaignRoi({ return: 5, cost: 10 })?.toString()).toBe("-0.5");
    expect(campaignRoi({ return: 0.3, cost: 0.1 })?.toString()).toBe("2");
  });

  it("is null with zero_denominator when the cost is 0", () => {
    expect(campaignRoi.evaluate({ return: 5, cost: 0 }).reason).toBe("zero_denominator");
  });

  it("rejects a negative cost", () => {
    expectKpiError(
      () => campaignRoi({ return: 5, cost: -1 }),
      "out_of_domain",
      'campaign_roi: input "cost" must be a non-negative amount, received -1',
    );
  });

  it("rolls up on summed return and cost", () => {
    const quarter = rollupInputs(campaignRoi, [
      { return: 30, cost: 10 },
      { return: 0, cost: 10 },
    ]);
    expect(campaignRoi(quarter)?.toString()).toBe("0.5");
  });
});
