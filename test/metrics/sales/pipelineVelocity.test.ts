import { describe, expect, it } from "vitest";
import { averageDealSize } from "../../../src/metrics/sales/averageDealSize.js";
import { pipelineVelocity } from "../../../src/metrics/sales/pipelineVelocity.js";
import { salesCycleLength } from "../../../src/metrics/sales/salesCycleLength.js";
import { winRate } from "../../../src/metrics/sales/winRate.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

const base = {
  openOpportunities: 40,
  wonAmount: 500_000_000,
  wonDeals: 10,
  lostDeals: 30,
  wonCycleDays: 500,
};

describe("pipelineVelocity", () => {
  it("is opportunities × average deal size × win rate / cycle length", () => {
    expect(pipelineVelocity(base)?.toString()).toBe("10000000");
    const size = averageDealSize({ wonAmount: base.wonAmount, wonDeals: base.wonDeals });
    const rate = winRate({ won: base.wonDeals, lost: base.lostDeals });
    const cycle = salesCycleLength({ totalDays: base.wonCycleDays, wonDeals: base.wonDeals });
    const byComponents = size
      ?.times(base.openOpportunities)
      .times(rate ?? 0)
      .div(cycle ?? 1);
    expect(pipelineVelocity(base)?.toString()).toBe(byComponents?.toString());
  });

  it("is exact where the components are not", () => {
    // 3 × (10 / 3) × (3 / 9) / (7 / 3) = 30 / 21 = 10 / 7
    const value = pipelineVelocity({
      openOpportunities: 3,
      wonAmount: 10,
      wonDeals: 3,
      lostDeals: 6,
      wonCycleDays: 7,
    });
    expect(value?.toString()).toBe("1.428571428571428571428571428571429");
  });

  it("is 0 with no open opportunities", () => {
    expect(pipelineVelocity({ ...base, openOpportunities: 0 })?.toString()).toBe("0");
  });

  it("is null with zero_denominator when no deal was won or the cycle is 0 days", () => {
    expect(
      pipelineVelocity.evaluate({ ...base, wonAmount: 0, wonDeals: 0, wonCycleDays: 0 }),
    ).toEqual({ value: null, reason: "zero_denominator" });
    expect(pipelineVelocity.evaluate({ ...base, wonCycleDays: 0 }).reason).toBe("zero_denominator");
  });

  it("rejects a won amount or cycle days without won deals, reporting both", () => {
    const error = expectKpiError(
      () => pipelineVelocity({ ...base, wonDeals: 0 }),
      "inconsistent_inputs",
      '2 problems:\n  - pipeline_velocity: input "wonAmount" must be 0 when input "wonDeals" is 0, received 500000000\n  - pipeline_velocity: input "wonCycleDays" must be 0 when input "wonDeals" is 0, received 500',
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([["wonAmount"], ["wonCycleDays"]]);
    expectKpiError(
      () => pipelineVelocity({ ...base, wonAmount: 0, wonDeals: 0 }),
      "inconsistent_inputs",
      'pipeline_velocity: input "wonCycleDays" must be 0 when input "wonDeals" is 0, received 500',
    );
  });

  it("rolls up with the last pipeline snapshot and summed flows", () => {
    const quarter = rollupInputs(pipelineVelocity, [
      { openOpportunities: 10, wonAmount: 100, wonDeals: 1, lostDeals: 1, wonCycleDays: 10 },
      { openOpportunities: 20, wonAmount: 300, wonDeals: 3, lostDeals: 3, wonCycleDays: 30 },
    ]);
    expect(quarter.openOpportunities.toString()).toBe("20");
    // 20 × 400 × 4 / (8 × 40) = 100
    expect(pipelineVelocity(quarter)?.toString()).toBe("100");
  });
});
