import { describe, expect, it } from "vitest";
import { winRate } from "../../../src/metrics/sales/winRate.js";
import { winRateAllOpportunities } from "../../../src/metrics/sales/winRateAllOpportunities.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("winRateAllOpportunities", () => {
  it("computes won / opportunities", () => {
    expect(winRateAllOpportunities({ won: 30, opportunities: 120 })?.toString()).toBe("0.25");
    expect(winRateAllOpportunities({ won: 1, opportunities: 3 })?.toString()).toBe(
      "0.3333333333333333333333333333333333",
    );
  });

  it("is at most the closed-deal win rate while deals are open", () => {
    // 30 won, 50 lost, 40 still open
    const closed = winRate({ won: 30, lost: 50 });
    const all = winRateAllOpportunities({ won: 30, opportunities: 120 });
    expect(closed?.toString()).toBe("0.375");
    expect(all?.lte(closed ?? 0)).toBe(true);
  });

  it("is null with zero_denominator when there are no opportunities", () => {
    expect(winRateAllOpportunities.evaluate({ won: 0, opportunities: 0 })).toEqual({
      value: null,
      reason: "zero_denominator",
    });
  });

  it("rejects more won deals than opportunities", () => {
    const error = expectKpiError(
      () => winRateAllOpportunities({ won: 31, opportunities: 30 }),
      "inconsistent_inputs",
      'win_rate_all_opportunities: input "won" must be at most input "opportunities" (30), received 31',
    );
    expect(error.issues[0]?.path).toEqual(["won"]);
  });

  it("rolls up as a ratio of sums", () => {
    const quarter = rollupInputs(winRateAllOpportunities, [
      { won: 1, opportunities: 2 },
      { won: 2, opportunities: 10 },
    ]);
    expect(winRateAllOpportunities(quarter)?.toString()).toBe("0.25");
  });
});
