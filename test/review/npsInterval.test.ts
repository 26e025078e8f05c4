import { describe, expect, it } from "vitest";
import { npsInterval } from "../../src/review/npsInterval.js";
import { expectKpiError } from "../support/expectKpiError.js";

// SE(NPS) = 100·√((p + d − (p − d)²)/n): A. Engelhardt, "Net Promoter Score confidence intervals
// 2: maths and stats", CYBAEA, 14 January 2016 (cybaea.net/journal/2016/01/14/NPS-confidence-intervals-stats/),
// Var(NPS) = 100²·(Var(p) + Var(d) − 2·Cov(p, d)) with Var(p) = p(1 − p)/n, Cov(p, d) = −p·d/n,
// which is 100²·(p + d − (p − d)²)/n (checked 2026).
// Hand-computed: 15 promoters, 18 passives, 9 detractors (n = 42): p = 5/14, d = 3/14,
// NPS = 100/7 = 14.2857..., p + d − (p − d)² = 8/14 − 4/196 = 108/196, SE = 100·√(108/8232)
// = 11.4540532248..., 95 %: 14.2857 ± 1.959964 × 11.4541 = −8.1638 to 36.7352.

describe("npsInterval", () => {
  it("reproduces the hand-computed example", () => {
    const nps = npsInterval({ promoters: 15, passives: 18, detractors: 9 });
    expect(nps.estimate?.toFixed(10)).toBe("14.2857142857");
    expect(nps.standardError?.toFixed(10)).toBe("11.4540532248");
    expect(nps.lower?.toFixed(4)).toBe("-8.1638");
    expect(nps.upper?.toFixed(4)).toBe("36.7352");
    expect(nps.n).toBe(42);
    expect(nps.smallSample.flag).toBe(false);
  });

  it("clamps to [−100, 100] and flags no variation", () => {
    const all = npsInterval({ promoters: 10, passives: 0, detractors: 0 });
    expect(all.upper?.toString()).toBe("100");
    expect(all.lower?.toString()).toBe("100");
    expect(all.smallSample).toEqual({ flag: true, reason: "no_variation", minimum: 30 });
    const near = npsInterval({ promoters: 28, passives: 1, detractors: 1 });
    expect(near.upper?.toString()).toBe("100");
  });

  it("flags fewer answers than the minimum", () => {
    expect(npsInterval({ promoters: 5, passives: 5, detractors: 5 }).smallSample.reason).toBe(
      "n_below_minimum",
    );
    expect(
      npsInterval({ promoters: 5, passives: 5, detractors: 5 }, { minimum: 10 }).smallSample.flag,
    ).toBe(false);
  });

  it("gives null with a reason without answers", () => {
    expect(npsInterval({ promoters: 0, passives: 0, detractors: 0 })).toMatchObject({
      estimate: null,
      standardError: null,
      lower: null,
      upper: null,
      reason: "no_data",
    });
  });

  it("refuses hostile input", () => {
    expectKpiError(
      () => npsInterval({ promoters: -1, passives: 0, detractors: 0 }),
      "out_of_domain",
      {
        path: ["counts", "promoters"],
      },
    );
    expectKpiError(
      () => npsInterval({ promoters: 1, passives: 1, detractors: 1 }, { confidence: 2 }),
      "invalid_option",
    );
    expectKpiError(
      () => npsInterval({ promoters: 1, passives: 1, detractors: 1 }, { minimum: -3 }),
      "invalid_option",
      { path: ["options", "minimum"] },
    );
  });
});
