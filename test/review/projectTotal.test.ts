import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { projectTotal } from "../../src/review/projectTotal.js";
import { expectKpiError } from "../support/expectKpiError.js";

const march = [4, 5, 3, "4.5", 6, 2, 4, 5, 3, 5];

describe("projectTotal", () => {
  it("projects actual + r·mean with a Student t band (hand-computed)", () => {
    // Σx = 41.5, Σx² = 185.25, m = 10: x̄ = 4.15, s² = (10·185.25 − 41.5²)/(10·9) = 130.25/90;
    // t(0.975, 9) = 2.2621571628; r = 10.
    // prediction: 83 ± t·s·√(10 + 100/10) = 83 ± 12.1704148797…; mean: 83 ± 10·t·s/√10 =
    // 83 ± 8.6057828913… (30-digit reference: mpmath, t from the regularized incomplete beta)
    const prediction = projectTotal({ daily: march, totalDays: 20 });
    expect(prediction.actual.toString()).toBe("41.5");
    expect(prediction.dailyMean?.toString()).toBe("4.15");
    expect(prediction.projected?.toString()).toBe("83");
    expect(prediction.lower?.toFixed(10)).toBe("70.8295851203");
    expect(prediction.upper?.toFixed(10)).toBe("95.1704148797");
    expect(prediction.degreesOfFreedom).toBe(9);
    const mean = projectTotal({ daily: march, totalDays: 20, elapsedDays: 10 }, { band: "mean" });
    expect(mean.lower?.toFixed(10)).toBe("74.3942171087");
    expect(mean.upper?.toFixed(4)).toBe("91.6058");
  });

  it("guards the early period, with the reason", () => {
    const early = projectTotal({ daily: [4, 5, 3], totalDays: 20 });
    expect([early.projected, early.lower, early.upper, early.reason]).toEqual([
      null,
      null,
      null,
      "too_early",
    ]);
    expect(early.actual.toString()).toBe("12");
    expect(
      projectTotal({ daily: [4, 5, 3], totalDays: 20 }, { minimumElapsedShare: "0.15" }).reason,
    ).toBeNull();
    expect(projectTotal({ daily: [], totalDays: 20 }, { minimumElapsedShare: 0 }).reason).toBe(
      "no_data",
    );
  });

  it("has no band from a single day, and a closed band when the period is over", () => {
    const one = projectTotal({ daily: [7], totalDays: 4 });
    expect([one.projected?.toString(), one.lower, one.reason]).toEqual(["28", null, "single_day"]);
    const done = projectTotal({ daily: [1, 2, 3], totalDays: 3 });
    expect([done.projected?.toString(), done.lower?.toString(), done.upper?.toString()]).toEqual([
      "6",
      "6",
      "6",
    ]);
  });

  it("never puts the lower bound below the total so far when no day is negative", () => {
    const result = projectTotal({ daily: [0, 0, 50, 0, 0], totalDays: 20 });
    expect(result.lower?.toString()).toBe("50");
    const withReturns = projectTotal({ daily: [0, -10, 50, 0, 0], totalDays: 20 });
    expect(withReturns.lower?.lt(40)).toBe(true);
  });

  it("is exact in the total and symmetric around the projection", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 4, maxLength: 30 }),
        fc.integer({ min: 0, max: 30 }),
        (daily, extra) => {
          const result = projectTotal(
            { daily, totalDays: daily.length + extra },
            { minimumElapsedShare: 0 },
          );
          const sum = daily.reduce((a, b) => a + b, 0);
          expect(result.actual.toNumber()).toBe(sum);
          if (result.upper === null || result.projected === null || result.lower === null) return;
          expect(result.lower.lte(result.projected) && result.projected.lte(result.upper)).toBe(
            true,
          );
          expect(result.lower.gte(sum)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("refuses bad input with a path", () => {
    expectKpiError(() => projectTotal({ daily: "x" as never, totalDays: 5 }), "invalid_argument", {
      path: ["input", "daily"],
    });
    expectKpiError(() => projectTotal({ daily: [1, "a"], totalDays: 5 }), "invalid_number", {
      path: ["input", "daily", 1],
    });
    expectKpiError(() => projectTotal({ daily: [1, 2], totalDays: 1.5 }), "out_of_domain", {
      path: ["input", "totalDays"],
    });
    expectKpiError(
      () => projectTotal({ daily: [1, 2], elapsedDays: 3, totalDays: 5 }),
      "inconsistent_inputs",
      {
        message:
          "projectTotal: input.elapsedDays must be the number of daily values (2), received 3",
      },
    );
    expectKpiError(() => projectTotal({ daily: [1, 2, 3], totalDays: 2 }), "inconsistent_inputs", {
      path: ["input", "elapsedDays"],
    });
    expectKpiError(
      () => projectTotal({ daily: [1, 2], totalDays: 2 }, { band: "wide" as never }),
      "invalid_option",
      { path: ["options", "band"] },
    );
    expectKpiError(
      () => projectTotal({ daily: [1, 2], totalDays: 2 }, { minimumElapsedShare: 2 }),
      "invalid_option",
      { path: ["options", "minimumElapsedShare"] },
    );
    expectKpiError(
      () => projectTotal({ daily: [1, 2], totalDays: 2 }, { confidence: 1 }),
      "invalid_option",
    );
  });
});
