import { describe, expect, it } from "vitest";
import { campaignRoi } from "../../../src/metrics/marketing/campaignRoi.js";
import { roas } from "../../../src/metrics/marketing/roas.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("roas", () => {
  it("computes revenue / adSpend as a multiple", () => {
    expect(roas({ revenue: 42_000_000, adSpend: 10_000_000 })?.toString()).toBe("4.2");
    expect(roas({ revenue: 0.3, adSpend: 0.1 })?.toString()).toBe("3");
    expect(roas.unit).toBe("multiple");
  });

  it("is ROI + 1 for the same revenue and cost", () => {
    const roi = campaignRoi({ return: 42, cost: 10 });
    expect(roas({ revenue: 42, adSpend: 10 })?.toString()).toBe(roi?.plus(1).toString());
  });

  it("is null with zero_denominator when the spend is 0", () => {
    expect(roas.evaluate({ revenue: 5, adSpend: 0 })).toEqual({
      value: null,
      reason: "zero_denominator",
    });
  });

  it("rejects a negative spend", () => {
    expectKpiError(
      () => roas({ revenue: 5, adSpend: -5 }),
      "out_of_domain",
      'roas: input "adSpend" must be a non-negative amount, received -5',
    );
  });

  it("rolls up as a ratio of sums", () => {
    const quarter = rollupInputs(roas, [
      { revenue: 10, adSpend: 1 },
      { revenue: 10, adSpend: 9 },
    ]);
    expect(roas(quarter)?.toString()).toBe("2");
  });
});
