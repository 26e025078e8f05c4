import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nps } from "../../../src/metrics/customer/nps.js";
import { npsFromScores } from "../../../src/metrics/customer/npsFromScores.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("npsFromScores", () => {
  it("classifies 9–10 as promoters, 7–8 as passives, 0–6 as detractors (Bain)", () => {
    expect(npsFromScores([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual({
      promoters: 2,
      passives: 2,
      detractors: 7,
    });
    expect(npsFromScores([10, 9, 8, 7, 6, 0, 10, 9])).toEqual({
      promoters: 4,
      passives: 2,
      detractors: 2,
    });
  });

  it("feeds nps", () => {
    expect(nps(npsFromScores([10, 9, 8, 7, 6, 0, 10, 9]))?.toString()).toBe("25");
    expect(nps.evaluate(npsFromScores([])).reason).toBe("no_responses");
  });

  it("collects every bad score into one error", () => {
    const error = expectKpiError(
      () => npsFromScores([11, 10, -1]),
      "invalid_score",
      "2 problems:\n  - npsFromScores: score [0] must be an integer score from 0 to 10, received 11\n  - npsFromScores: score [2] must be an integer score from 0 to 10, received -1",
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([[0], [2]]);
  });

  it("computes the same NPS as the percentages directly", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1 }), (scores) => {
        const promoters = scores.filter((s) => s >= 9).length;
        const detractors = scores.filter((s) => s <= 6).length;
        const value = nps(npsFromScores(scores));
        // (P - D) × 100 / N, compared exactly as a fraction: value × N = (P - D) × 100 up to rounding
        expect(value?.times(scores.length).toDecimalPlaces(20).toString()).toBe(
          String((promoters - detractors) * 100),
        );
      }),
    );
  });
});
