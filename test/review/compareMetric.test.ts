import { describe, expect, it } from "vitest";
import { csatMean } from "../../src/metrics/customer/csatMean.js";
import { nps } from "../../src/metrics/customer/nps.js";
import { leadConversionRate } from "../../src/metrics/marketing/leadConversionRate.js";
import { salesRevenue } from "../../src/metrics/sales/salesRevenue.js";
import { compareMeans } from "../../src/review/compareMeans.js";
import { compareMetric } from "../../src/review/compareMetric.js";
import { compareNps } from "../../src/review/compareNps.js";
import { compareShares } from "../../src/review/compareShares.js";
import { momentState } from "../../src/review/momentState.js";
import { expectKpiError } from "../support/expectKpiError.js";

describe("compareMetric", () => {
  it("compares two shares with Newcombe's interval (Newcombe 1998, Table II, example (a), method 10)", () => {
    const result = compareMetric(
      leadConversionRate,
      { converted: 48, leads: 80 },
      { converted: 56, leads: 70 },
    );
    expect(result.model).toBe("share");
    expect(result.difference?.lower?.toFixed(4)).toBe("0.0524");
    expect(result.difference?.upper?.toFixed(4)).toBe("0.3339");
    expect(result.difference?.verdict).toBe("significant");
    expect(result.difference).toEqual(
      compareShares({ from: { successes: 48, n: 80 }, to: { successes: 56, n: 70 } }),
    );
  });

  it("compares two NPS values", () => {
    const before = { promoters: 20, passives: 20, detractors: 10 };
    const after = { promoters: 12, passives: 21, detractors: 9 };
    const result = compareMetric(nps, before, after, { confidence: "0.9" });
    expect(result.difference).toEqual(
      compareNps({ from: before, to: after }, { confidence: "0.9" }),
    );
    expect(result.difference?.verdict).toBe("within_noise");
  });

  it("compares two means given their sums of squares", () => {
    const january = momentState([5, 4, 4, 3, 5, 4, 5, 5]);
    const february = momentState([2, 3, 3, 4, 2, 3, 1, 3]);
    const inputs = (state: typeof january) => ({ scoreSum: state.sum, responses: state.n });
    expect(compareMetric(csatMean, inputs(january), inputs(february)).reason).toBe(
      "sum_of_squares_missing",
    );
    const result = compareMetric(csatMean, inputs(january), inputs(february), {
      sumOfSquares: { before: january.sumOfSquares, after: february.sumOfSquares },
    });
    expect(result.difference).toEqual(compareMeans({ from: january, to: february }));
    expect(result.difference?.verdict).toBe("significant");
  });

  it("answers null with a reason for a metric without a model", () => {
    expect(compareMetric(salesRevenue, { revenue: 1 }, { revenue: 2 })).toEqual({
      metric: "sales_revenue",
      model: null,
      difference: null,
      reason: "no_sampling_model",
    });
  });

  it("refuses bad inputs on either side and a malformed sumOfSquares", () => {
    expectKpiError(
      () =>
        compareMetric(
          nps,
          { promoters: 1, passives: 1, detractors: -1 },
          { promoters: 1, passives: 1, detractors: 1 },
        ),
      "out_of_domain",
      { path: ["detractors"] },
    );
    expectKpiError(
      () =>
        compareMetric(leadConversionRate, { converted: 4, leads: 3 }, { converted: 1, leads: 3 }),
      "inconsistent_inputs",
      { path: ["before", "converted"] },
    );
    expectKpiError(
      () =>
        compareMetric(
          csatMean,
          { scoreSum: 4, responses: 1 },
          { scoreSum: 4, responses: 1 },
          { sumOfSquares: { before: 16 } as never },
        ),
      "invalid_argument",
      { path: ["options", "sumOfSquares"] },
    );
    expectKpiError(() => compareMetric(null as never, {}, {}), "invalid_argument", {
      path: ["metric"],
    });
  });
});
