import { describe, expect, it } from "vitest";
import { marketShare } from "../../../src/metrics/marketing/marketShare.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("marketShare", () => {
  it("computes revenue / marketRevenue", () => {
    expect(
      marketShare({ revenue: 120_000_000_000, marketRevenue: 1_500_000_000_000 })?.toString(),
    ).toBe("0.08");
    expect(marketShare({ revenue: "0.1", marketRevenue: "0.3" })?.toString()).toBe(
      "0.3333333333333333333333333333333333",
    );
  });

  it("is null with zero_denominator for an empty market", () => {
    expect(marketShare.evaluate({ revenue: 0, marketRevenue: 0 }).reason).toBe("zero_denominator");
  });

  it("rejects a share above the market", () => {
    expectKpiError(
      () => marketShare({ revenue: 11, marketRevenue: 10 }),
      "inconsistent_inputs",
      'market_share: input "revenue" must be at most input "marketRevenue" (10), received 11',
    );
  });

  it("rolls up as a ratio of sums", () => {
    const year = rollupInputs(marketShare, [
      { revenue: 1, marketRevenue: 10 },
      { revenue: 3, marketRevenue: 10 },
    ]);
    expect(marketShare(year)?.toString()).toBe("0.2");
  });
});
