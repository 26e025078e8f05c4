import { describe, expect, it } from "vitest";
import { nps } from "../../../src/metrics/customer/nps.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("nps", () => {
  it("is % promoters minus % detractors, on -100..100 (Bain)", () => {
    // 70 % promoters, 20 % passives, 10 % detractors: 70 - 10 = 60
    expect(nps({ promoters: 70, passives: 20, detractors: 10 })?.toString()).toBe("60");
    expect(nps({ promoters: 0, passives: 0, detractors: 5 })?.toString()).toBe("-100");
    expect(nps({ promoters: 5, passives: 0, detractors: 0 })?.toString()).toBe("100");
    expect(nps({ promoters: 0, passives: 7, detractors: 0 })?.toString()).toBe("0");
    expect(nps.unit).toBe("net_score");
  });

  it("counts passives in the denominator", () => {
    expect(nps({ promoters: 50, passives: 0, detractors: 50 })?.toString()).toBe("0");
    expect(nps({ promoters: 60, passives: 20, detractors: 20 })?.toString()).toBe("40");
    expect(nps({ promoters: 60, passives: 40, detractors: 20 })?.toString()).toBe(
      "33.33333333333333333333333333333333",
    );
  });

  it("is null with no_responses without responses", () => {
    expect(nps.evaluate({ promoters: 0, passives: 0, detractors: 0 })).toEqual({
      value: null,
      reason: "no_responses",
    });
  });

  it("rejects fractional counts", () => {
    expectKpiError(
      () => nps({ promoters: 1.5, passives: 0, detractors: 0 }),
      "out_of_domain",
      'nps: input "promoters" must be a non-negative integer count, received 1.5',
    );
  });

  it("pools counts, never averages NPS values", () => {
    // NPS 100 on 1 response and NPS 0 on 99 responses: the mean of values would be 50
    const pooled = rollupInputs(nps, [
      { promoters: 1, passives: 0, detractors: 0 },
      { promoters: 33, passives: 33, detractors: 33 },
    ]);
    expect(nps(pooled)?.toString()).toBe("1");
  });
});
