import { describe, expect, it } from "vitest";
import { unitMarketShare } from "../../../src/metrics/marketing/unitMarketShare.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("unitMarketShare", () => {
  it("computes units / marketUnits, fractional units included", () => {
    expect(unitMarketShare({ units: 45_000, marketUnits: 300_000 })?.toString()).toBe("0.15");
    expect(unitMarketShare({ units: "2.5", marketUnits: "10" })?.toString()).toBe("0.25");
  });

  it("is null with zero_denominator for an empty market", () => {
    expect(unitMarketShare.evaluate({ units: 0, marketUnits: 0 }).reason).toBe("zero_denominator");
  });

  it("rejects a share above the market", () => {
    expectKpiError(
      () => unitMarketShare({ units: "10.5", marketUnits: 10 }),
      "inconsistent_inputs",
      'unit_market_share: input "units" must be at most input "marketUnits" (10), received 10.5',
    );
  });

  it("rolls up as a ratio of sums", () => {
    const year = rollupInputs(unitMarketShare, [
      { units: 1, marketUnits: 4 },
      { units: 0, marketUnits: 4 },
    ]);
    expect(unitMarketShare(year)?.toString()).toBe("0.125");
  });
});
