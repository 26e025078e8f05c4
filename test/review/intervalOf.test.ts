import { describe, expect, it } from "vitest";
import { divide } from "../../src/core/result.js";
import { catalog } from "../../src/metrics/catalog.js";
import { ces } from "../../src/metrics/customer/ces.js";
import { csatMean } from "../../src/metrics/customer/csatMean.js";
import { customerRetentionRate } from "../../src/metrics/customer/customerRetentionRate.js";
import { nps } from "../../src/metrics/customer/nps.js";
import { salesRevenue } from "../../src/metrics/sales/salesRevenue.js";
import { winRate } from "../../src/metrics/sales/winRate.js";
import { defineMetric } from "../../src/model/defineMetric.js";
import { intervalOf } from "../../src/review/intervalOf.js";
import { meanInterval } from "../../src/review/meanInterval.js";
import { momentState } from "../../src/review/momentState.js";
import { shareInterval } from "../../src/review/shareInterval.js";
import { expectKpiError } from "../support/expectKpiError.js";

describe("intervalOf", () => {
  it("gives a share metric the interval of its mapped counts", () => {
    // Newcombe (1998, Statistics in Medicine 17:857–872) Table I, example (a), method 3 (Wilson):
    // 81 out of 263, 0.2553 to 0.3662
    const result = intervalOf(winRate, { won: 81, lost: 182 });
    expect(result.model).toBe("share");
    expect(result.reason).toBeNull();
    expect(result.interval?.lower?.toFixed(4)).toBe("0.2553");
    expect(result.interval?.upper?.toFixed(4)).toBe("0.3662");
    expect(result.interval).toEqual(shareInterval({ successes: 81, n: 263 }));
  });

  it("passes the method, confidence and minimum through", () => {
    const options = { method: "clopper_pearson", confidence: "0.9", minimum: 100 } as const;
    const result = intervalOf(winRate, { won: 18, lost: 42 }, options);
    expect(result.interval).toEqual(shareInterval({ successes: 18, n: 60 }, options));
    expect(result.interval?.smallSample).toEqual({
      flag: true,
      reason: "few_successes",
      minimum: 100,
    });
  });

  it("maps every catalog share to successes and trials", () => {
    const cases: Record<string, [Record<string, number>, number, number]> = {
      win_rate: [{ won: 3, lost: 7 }, 3, 10],
      win_rate_all_opportunities: [{ won: 3, opportunities: 12 }, 3, 12],
      lead_conversion_rate: [{ converted: 4, leads: 40 }, 4, 40],
      funnel_conversion_rate: [{ from: 50, to: 20 }, 20, 50],
      marketing_conversion_rate: [{ convertedSessions: 9, sessions: 300 }, 9, 300],
      brand_awareness: [{ aware: 120, surveyed: 400 }, 120, 400],
      brand_awareness_aided: [{ aware: 220, surveyed: 400 }, 220, 400],
      brand_awareness_unaided: [{ aware: 60, surveyed: 400 }, 60, 400],
      customer_retention_rate: [
        { customersAtStart: 200, customersAtEnd: 210, newCustomers: 30 },
        180,
        200,
      ],
      churn_rate: [{ churnedCustomers: 12, customersAtStart: 200 }, 12, 200],
      repeat_purchase_rate: [{ repeatCustomers: 35, customers: 140 }, 35, 140],
      csat: [{ satisfied: 41, responses: 50 }, 41, 50],
    };
    const shares = catalog.filter((metric) => metric.sample?.model === "share");
    expect(shares.map((metric) => metric.id).sort()).toEqual(Object.keys(cases).sort());
    for (const metric of shares) {
      const [inputs, successes, n] = cases[metric.id] as [Record<string, number>, number, number];
      const result = intervalOf(metric, inputs);
      expect(result.interval).toEqual(shareInterval({ successes, n }));
      // the estimate is the metric's own value
      expect(result.interval?.estimate?.eq(metric(inputs) ?? -1)).toBe(true);
    }
  });

  it("gives an NPS the normal interval (hand-computed)", () => {
    // p = 12/42, d = 9/42: NPS = 7.142857…, SE = 100·√((21/42 − (3/42)²)/42) = 10.8551…;
    // 90 %: z = 1.6448536…, margin 17.855…
    const result = intervalOf(
      nps,
      { promoters: 12, passives: 21, detractors: 9 },
      { confidence: "0.9" },
    );
    expect(result.model).toBe("nps");
    expect(result.interval?.estimate?.toFixed(6)).toBe("7.142857");
    expect(result.interval?.lower?.toFixed(2)).toBe("-10.71");
    expect(result.interval?.upper?.toFixed(2)).toBe("25.00");
  });

  it("needs a mean's sum of squares when its inputs do not carry it", () => {
    const scores = [5, 4, 4, 3, 5, 4, 2, 5, 4, 4];
    const state = momentState(scores);
    const inputs = { scoreSum: state.sum, responses: state.n };
    expect(intervalOf(csatMean, inputs)).toEqual({
      metric: "csat_mean",
      model: "mean",
      interval: null,
      reason: "sum_of_squares_missing",
    });
    const result = intervalOf(csatMean, inputs, { sumOfSquares: state.sumOfSquares });
    expect(result.interval).toEqual(meanInterval(state));
    expect(result.interval?.lower?.toFixed(3)).toBe("3.326");
  });

  it("clamps a CES interval to its 1 to 7 scale", () => {
    const state = momentState([7, 7, 7, 6, 7, 3]);
    const result = intervalOf(
      ces,
      { scoreSum: state.sum, responses: state.n },
      {
        sumOfSquares: state.sumOfSquares,
      },
    );
    expect(result.interval?.upper?.toString()).toBe("7");
    expect(result.interval).toEqual(meanInterval(state, { bounds: { min: 1, max: 7 } }));
  });

  it("uses a custom metric's declared model, sum of squares included", () => {
    const handleTime = defineMetric({
      id: "handle_time",
      label: { en: "Handle time", id: "Waktu penanganan" },
      description: { en: "Mean minutes per call.", id: "Rata-rata menit per panggilan." },
      formula: "minutes / calls",
      category: "customer",
      unit: "score",
      direction: "lower_is_better",
      inputs: {
        calls: { domain: "count", rollup: "sum", label: { en: "Calls", id: "Panggilan" } },
        minutes: {
          domain: "non_negative_number",
          rollup: "sum",
          label: { en: "Minutes", id: "Menit" },
        },
        minutesSquared: {
          domain: "non_negative_number",
          rollup: "sum",
          label: { en: "Σ minutes²", id: "Σ menit²" },
        },
      },
      references: [],
      sample: { model: "mean", n: "calls", sum: "minutes", sumOfSquares: "minutesSquared" },
      compute: ({ minutes, calls }) => divide(minutes, calls),
    });
    const state = momentState([4, 6, 5, 9, 3]);
    const result = intervalOf(handleTime, {
      calls: 5,
      minutes: state.sum,
      minutesSquared: state.sumOfSquares,
    });
    expect(result.interval).toEqual(meanInterval(state));
  });

  it("answers null with a reason for a metric that declares no model, after checking its inputs", () => {
    expect(intervalOf(salesRevenue, { revenue: 1000 })).toEqual({
      metric: "sales_revenue",
      model: null,
      interval: null,
      reason: "no_sampling_model",
    });
    expectKpiError(() => intervalOf(salesRevenue, { revenue: "x" }), "invalid_number");
  });

  it("gives no data its reason", () => {
    expect(intervalOf(winRate, { won: 0, lost: 0 }).interval?.reason).toBe("no_data");
  });

  it("refuses what is not a metric, bad inputs and a share outside 0…trials", () => {
    expectKpiError(() => intervalOf((() => 1) as never, {}), "invalid_argument", {
      path: ["metric"],
      message: /intervalOf: metric must be a metric made with defineMetric/,
    });
    expectKpiError(() => intervalOf(winRate, { won: -1, lost: 2 }), "out_of_domain", {
      path: ["won"],
    });
    expectKpiError(
      () =>
        intervalOf(customerRetentionRate, {
          customersAtStart: 100,
          customersAtEnd: 210,
          newCustomers: 30,
        }),
      "inconsistent_inputs",
      {
        path: ["inputs", "customersAtEnd"],
        message:
          'intervalOf: input "customersAtEnd" must be successes (read from the inputs the metric\'s sampling model names) from 0 to the trials (100), received "180"',
      },
    );
    expectKpiError(
      () => intervalOf(winRate, { won: 1, lost: 2 }, { method: "wald" as never }),
      "invalid_option",
    );
  });
});
