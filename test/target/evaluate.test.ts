import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { KDecimal } from "../../src/core/decimal.js";
import type { KpiError, KpiErrorCode } from "../../src/core/errors.js";
import { divide } from "../../src/core/result.js";
import { customerAcquisitionCost } from "../../src/metrics/marketing/customerAcquisitionCost.js";
import { salesCycleLength } from "../../src/metrics/sales/salesCycleLength.js";
import { salesRevenue } from "../../src/metrics/sales/salesRevenue.js";
import { winRate } from "../../src/metrics/sales/winRate.js";
import { defineMetric } from "../../src/model/defineMetric.js";
import { evaluate } from "../../src/target/evaluate.js";
import type { Evaluation, StatusBands } from "../../src/target/types.js";
import { expectKpiError } from "../support/expectKpiError.js";

const d = (value: string | number) => new KDecimal(value);

function text(evaluation: Evaluation) {
  const show = (value: Decimal | null) => (value === null ? null : value.toString());
  const target = evaluation.target;
  return {
    target:
      target === null
        ? null
        : target instanceof Decimal
          ? target.toString()
          : { min: target.min.toString(), max: target.max.toString() },
    variance: show(evaluation.variance),
    variancePercent: show(evaluation.variancePercent),
    attainment: show(evaluation.attainment),
    attainmentReason: evaluation.attainmentReason,
    attainmentFormula: evaluation.attainmentFormula,
    favorable: evaluation.favorable,
    status: evaluation.status,
  };
}

/** expectKpiError, and the code of every issue in order (and words each message contains). */
function expectIssueCodes(run: () => unknown, codes: string[], messages: string[] = []): KpiError {
  const error = expectKpiError(run, codes[0] as KpiErrorCode);
  expect(error.issues.map((issue) => issue.code)).toEqual(codes);
  for (const message of messages) expect(error.message).toContain(message);
  return error;
}

describe("evaluate: higher is better", () => {
  it("revenue 930 M against 1 000 M: variance −70 M, −7 %, attainment 0.93, at risk", () => {
    const evaluation = evaluate({
      metric: salesRevenue,
      actual: 930_000_000,
      target: 1_000_000_000,
    });
    expect(evaluation.metricId).toBe("sales_revenue");
    expect(evaluation.direction).toBe("higher_is_better");
    expect(evaluation.actual?.toString()).toBe("930000000");
    expect(text(evaluation)).toEqual({
      target: "1000000000",
      variance: "-70000000",
      variancePercent: "-0.07",
      attainment: "0.93",
      attainmentReason: null,
      attainmentFormula: "ratio",
      favorable: false,
      status: "at_risk",
    });
  });

  it("win rate 0.33 against 0.3 is on track and favorable (exact, no float noise)", () => {
    const evaluation = evaluate({ metric: winRate, actual: "0.33", target: "0.3" });
    expect(text(evaluation)).toEqual({
      target: "0.3",
      variance: "0.03",
      variancePercent: "0.1",
      attainment: "1.1",
      attainmentReason: null,
      attainmentFormula: "ratio",
      favorable: true,
      status: "on_track",
    });
  });

  it("band edges are exact: 1.0 on track, 0.9 at risk, just below 0.9 off track", () => {
    const at = (actual: string) => evaluate({ metric: winRate, actual, target: "0.3" });
    expect(at("0.3").status).toBe("on_track");
    expect(at("0.3").attainment?.toString()).toBe("1");
    expect(at("0.2999999999").status).toBe("at_risk");
    expect(at("0.27").attainment?.toString()).toBe("0.9");
    expect(at("0.27").status).toBe("at_risk");
    expect(at("0.2699999999").status).toBe("off_track");
    // 0.1 + 0.2 style values: 0.3 of 1 is not 0.30000000000000004.
    expect(evaluate({ direction: "higher_is_better", actual: 0.9, target: 1 }).status).toBe(
      "at_risk",
    );
    expect(evaluate({ direction: "higher_is_better", actual: 1, target: 1 }).status).toBe(
      "on_track",
    );
  });

  it("a negative actual against a positive target: negative attainment, off track", () => {
    const evaluation = evaluate({ metric: salesRevenue, actual: -50, target: 100 });
    expect(evaluation.attainment?.toString()).toBe("-0.5");
    expect(evaluation.status).toBe("off_track");
    expect(evaluation.favorable).toBe(false);
  });

  it("accepts every Numeric: number, string, bigint, KDecimal, a foreign Decimal", () => {
    const inputs = [90, "90", 90n, d(90), new Decimal(90)];
    for (const actual of inputs) {
      expect(evaluate({ direction: "higher_is_better", actual, target: 100n }).attainment).toEqual(
        d("0.9"),
      );
    }
  });
});

describe("evaluate: lower is better", () => {
  it("CAC 80 against 100: inverse attainment 100/80 = 1.25, on track", () => {
    const evaluation = evaluate({ metric: customerAcquisitionCost, actual: 80, target: 100 });
    expect(evaluation.direction).toBe("lower_is_better");
    expect(text(evaluation)).toEqual({
      target: "100",
      variance: "-20",
      variancePercent: "-0.2",
      attainment: "1.25",
      attainmentReason: null,
      attainmentFormula: "inverse",
      favorable: true,
      status: "on_track",
    });
  });

  it("CAC 80 against 100: linear attainment 2 − 80/100 = 1.2", () => {
    const evaluation = evaluate({
      metric: customerAcquisitionCost,
      actual: 80,
      target: 100,
      attainment: "linear",
    });
    expect(evaluation.attainment?.toString()).toBe("1.2");
    expect(evaluation.attainmentFormula).toBe("linear");
    expect(evaluation.status).toBe("on_track");
  });

  it("CAC 120 against 100: inverse 0.8333… off track; linear 0.8 off track", () => {
    const inverse = evaluate({ direction: "lower_is_better", actual: 120, target: 100 });
    expect(inverse.attainment?.toString()).toBe("0.8333333333333333333333333333333333");
    expect(inverse.status).toBe("off_track");
    expect(inverse.favorable).toBe(false);
    expect(inverse.variancePercent?.toString()).toBe("0.2");
    const linear = evaluate({
      direction: "lower_is_better",
      actual: 120,
      target: 100,
      attainment: "linear",
    });
    expect(linear.attainment?.toString()).toBe("0.8");
    expect(linear.status).toBe("off_track");
  });

  it("band edges: inverse 100/111.1… and linear 2 − 110/100 = 0.9 are at risk; exactly on target on track", () => {
    // 100 / 0.9 is not a finite decimal, so pick actual = target / 0.9 via the exact path of linear.
    const linear = evaluate({
      direction: "lower_is_better",
      actual: 110,
      target: 100,
      attainment: "linear",
    });
    expect(linear.attainment?.toString()).toBe("0.9");
    expect(linear.status).toBe("at_risk");
    const inverse = evaluate({ direction: "lower_is_better", actual: 100, target: 90 });
    expect(inverse.attainment?.toString()).toBe("0.9");
    expect(inverse.status).toBe("at_risk");
    const exact = evaluate({ direction: "lower_is_better", actual: 100, target: 100 });
    expect(exact.attainment?.toString()).toBe("1");
    expect(exact.status).toBe("on_track");
    expect(exact.favorable).toBe(true);
  });

  it("zero actual with inverse: attainment null (zero_actual), on track from the variance sign", () => {
    const evaluation = evaluate({ direction: "lower_is_better", actual: 0, target: 100 });
    expect(text(evaluation)).toEqual({
      target: "100",
      variance: "-100",
      variancePercent: "-1",
      attainment: null,
      attainmentReason: "zero_actual",
      attainmentFormula: "inverse",
      favorable: true,
      status: "on_track",
    });
    // Linear is defined at zero: 2 − 0 = 2.
    const linear = evaluate({
      direction: "lower_is_better",
      actual: 0,
      target: 100,
      attainment: "linear",
    });
    expect(linear.attainment?.toString()).toBe("2");
  });

  it("negative actual with inverse: attainment null (negative_actual), on track", () => {
    const evaluation = evaluate({ direction: "lower_is_better", actual: -5, target: 100 });
    expect(evaluation.attainment).toBeNull();
    expect(evaluation.attainmentReason).toBe("negative_actual");
    expect(evaluation.status).toBe("on_track");
  });

  it("sales cycle length (days) is lower-is-better", () => {
    expect(
      evaluate({ metric: salesCycleLength, actual: 40, target: 32 }).attainment?.toString(),
    ).toBe("0.8");
  });
});

describe("evaluate: zero and negative targets", () => {
  it("zero target: variancePercent and attainment null, status from the variance sign", () => {
    const above = evaluate({ direction: "higher_is_better", actual: 5, target: 0 });
    expect(text(above)).toEqual({
      target: "0",
      variance: "5",
      variancePercent: null,
      attainment: null,
      attainmentReason: "zero_target",
      attainmentFormula: "ratio",
      favorable: true,
      status: "on_track",
    });
    const below = evaluate({ direction: "higher_is_better", actual: -5, target: 0 });
    expect(below.status).toBe("off_track");
    expect(below.favorable).toBe(false);
    const exact = evaluate({ direction: "higher_is_better", actual: 0, target: 0 });
    expect(exact.status).toBe("on_track");
    const lower = evaluate({ direction: "lower_is_better", actual: 3, target: 0 });
    expect(lower.attainmentReason).toBe("zero_target");
    expect(lower.status).toBe("off_track");
    const lowerZero = evaluate({ direction: "lower_is_better", actual: 0, target: 0 });
    expect(lowerZero.status).toBe("on_track");
  });

  it("negative target (a loss budget): variancePercent over |target|, attainment null, sign status", () => {
    const better = evaluate({ direction: "higher_is_better", actual: -50, target: -100 });
    expect(text(better)).toEqual({
      target: "-100",
      variance: "50",
      variancePercent: "0.5",
      attainment: null,
      attainmentReason: "negative_target",
      attainmentFormula: "ratio",
      favorable: true,
      status: "on_track",
    });
    const worse = evaluate({ direction: "higher_is_better", actual: -150, target: -100 });
    expect(worse.variancePercent?.toString()).toBe("-0.5");
    expect(worse.status).toBe("off_track");
    const lower = evaluate({ direction: "lower_is_better", actual: -150, target: -100 });
    expect(lower.status).toBe("on_track");
    expect(lower.attainmentReason).toBe("negative_target");
  });

  it("neutral with a zero target: on track only on an exact hit, favorable null", () => {
    expect(evaluate({ direction: "neutral", actual: 0, target: 0 }).status).toBe("on_track");
    const off = evaluate({ direction: "neutral", actual: 1, target: 0 });
    expect(off.status).toBe("off_track");
    expect(off.favorable).toBeNull();
  });
});

describe("evaluate: no data", () => {
  it("a null actual or target gives no_data with every number null", () => {
    for (const [actual, target] of [
      [null, 100],
      [100, null],
      [null, null],
    ] as const) {
      const evaluation = evaluate({ direction: "higher_is_better", actual, target });
      expect(evaluation.status).toBe("no_data");
      expect(evaluation.variance).toBeNull();
      expect(evaluation.variancePercent).toBeNull();
      expect(evaluation.attainment).toBeNull();
      expect(evaluation.attainmentReason).toBe("no_data");
      expect(evaluation.favorable).toBeNull();
    }
    const range = evaluate({ direction: "neutral", actual: null, target: { min: 1, max: 2 } });
    expect(range.status).toBe("no_data");
    expect(range.target).toEqual({ min: d(1), max: d(2) });
  });

  it("names the formula it would have used: ratio for ranges, the chosen one for point targets", () => {
    const range = evaluate({
      direction: "lower_is_better",
      actual: null,
      target: { min: 1, max: 2 },
      attainment: "linear",
    });
    expect(range.attainmentFormula).toBe("ratio");
    const point = evaluate({
      direction: "lower_is_better",
      actual: null,
      target: 5,
      attainment: "linear",
    });
    expect(point.attainmentFormula).toBe("linear");
  });

  it("survives JSON.stringify (null, not undefined)", () => {
    const json = JSON.parse(
      JSON.stringify(evaluate({ direction: "lower_is_better", actual: null, target: 5 })),
    );
    expect(json).toEqual({
      metricId: null,
      label: null,
      unit: null,
      direction: "lower_is_better",
      actual: null,
      target: "5",
      variance: null,
      variancePercent: null,
      attainment: null,
      attainmentReason: "no_data",
      attainmentFormula: "inverse",
      favorable: null,
      status: "no_data",
      bands: { onTrack: "1", atRisk: "0.9" },
    });
  });
});

describe("evaluate: range targets", () => {
  const cycle = { min: 20, max: 30 };
  it("inside (bounds included): variance 0, attainment 1, on track, favorable", () => {
    for (const actual of [20, 25, 30]) {
      const evaluation = evaluate({ metric: salesCycleLength, actual, target: cycle });
      expect(text(evaluation)).toEqual({
        target: { min: "20", max: "30" },
        variance: "0",
        variancePercent: "0",
        attainment: "1",
        attainmentReason: null,
        attainmentFormula: "ratio",
        favorable: true,
        status: "on_track",
      });
    }
  });

  it("above max: variance to max, attainment max / actual (30/33), at risk", () => {
    const evaluation = evaluate({ metric: salesCycleLength, actual: 33, target: cycle });
    expect(text(evaluation)).toEqual({
      target: { min: "20", max: "30" },
      variance: "3",
      variancePercent: "0.1",
      attainment: "0.9090909090909090909090909090909091",
      attainmentReason: null,
      attainmentFormula: "inverse",
      favorable: false,
      status: "at_risk",
    });
    const linear = evaluate({
      metric: salesCycleLength,
      actual: 33,
      target: cycle,
      attainment: "linear",
    });
    expect(linear.attainment?.toString()).toBe("0.9");
    expect(linear.status).toBe("at_risk");
    expect(evaluate({ metric: salesCycleLength, actual: 40, target: cycle }).status).toBe(
      "off_track",
    );
  });

  it("below min: variance to min, attainment actual / min (18/20 = 0.9 at risk)", () => {
    const evaluation = evaluate({ metric: salesCycleLength, actual: 18, target: cycle });
    expect(text(evaluation)).toEqual({
      target: { min: "20", max: "30" },
      variance: "-2",
      variancePercent: "-0.1",
      attainment: "0.9",
      attainmentReason: null,
      attainmentFormula: "ratio",
      favorable: false,
      status: "at_risk",
    });
  });

  it("discount rate between 5 % and 10 % (neutral metric): threshold bands, not tolerance", () => {
    const discount = { min: "0.05", max: "0.1" };
    expect(evaluate({ direction: "neutral", actual: "0.07", target: discount }).status).toBe(
      "on_track",
    );
    const high = evaluate({ direction: "neutral", actual: "0.12", target: discount });
    expect(high.attainment?.toString()).toBe("0.8333333333333333333333333333333333");
    expect(high.status).toBe("off_track");
    expect(high.favorable).toBe(false);
  });

  it("a range with a zero or negative bound outside: attainment null, off track", () => {
    const growth = { min: "-0.05", max: "0" };
    const low = evaluate({ direction: "neutral", actual: "-0.1", target: growth });
    expect(low.attainmentReason).toBe("negative_target");
    expect(low.status).toBe("off_track");
    const high = evaluate({ direction: "neutral", actual: "0.1", target: growth });
    expect(high.attainmentReason).toBe("zero_target");
    expect(high.variancePercent).toBeNull();
    expect(high.status).toBe("off_track");
    expect(evaluate({ direction: "neutral", actual: "-0.01", target: growth }).status).toBe(
      "on_track",
    );
  });

  it("inside a range is on track whatever the bands: the range is the tolerance", () => {
    const inside = evaluate({
      direction: "higher_is_better",
      actual: 5,
      target: { min: 4, max: 6 },
      bands: { onTrack: "1.1", atRisk: "1.05" },
    });
    expect(inside.attainment?.toString()).toBe("1");
    expect(inside.favorable).toBe(true);
    expect(inside.status).toBe("on_track");
    const tolerance = evaluate({
      direction: "neutral",
      actual: 6,
      target: { min: 4, max: 6 },
      bands: { onTrack: { min: "1.01", max: "1.1" }, atRisk: { min: "1.005", max: "1.2" } },
    });
    expect(tolerance.status).toBe("on_track");
    // Outside, the bands still decide: 6.5 is 6/6.5 = 0.923, below both custom thresholds.
    expect(
      evaluate({
        direction: "higher_is_better",
        actual: "6.5",
        target: { min: 4, max: 6 },
        bands: { onTrack: "1.1", atRisk: "1.05" },
      }).status,
    ).toBe("off_track");
  });

  it("a degenerate range min = max behaves as an exact target", () => {
    expect(evaluate({ direction: "neutral", actual: 5, target: { min: 5, max: 5 } }).status).toBe(
      "on_track",
    );
  });
});

describe("evaluate: bands", () => {
  it("neutral point targets default to tolerance 95–105 % on track, 90–110 % at risk (edges inclusive)", () => {
    const at = (actual: string) => evaluate({ direction: "neutral", actual, target: 100 }).status;
    expect(at("95")).toBe("on_track");
    expect(at("105")).toBe("on_track");
    expect(at("94.99")).toBe("at_risk");
    expect(at("105.01")).toBe("at_risk");
    expect(at("90")).toBe("at_risk");
    expect(at("110")).toBe("at_risk");
    expect(at("89.99")).toBe("off_track");
    expect(at("110.01")).toBe("off_track");
  });

  it("custom thresholds per evaluation", () => {
    const bands: StatusBands = { onTrack: "0.95", atRisk: "0.8" };
    const at = (actual: number) =>
      evaluate({ direction: "higher_is_better", actual, target: 100, bands }).status;
    expect(at(95)).toBe("on_track");
    expect(at(94)).toBe("at_risk");
    expect(at(80)).toBe("at_risk");
    expect(at(79)).toBe("off_track");
    const evaluation = evaluate({ direction: "higher_is_better", actual: 1, target: 1, bands });
    expect(evaluation.bands).toEqual({ onTrack: d("0.95"), atRisk: d("0.8") });
  });

  it("custom tolerance bands on a higher-is-better metric: overshooting a budget is off track", () => {
    const bands: StatusBands = {
      onTrack: { min: "0.98", max: "1.02" },
      atRisk: { min: "0.95", max: "1.05" },
    };
    const at = (actual: number) =>
      evaluate({ direction: "higher_is_better", actual, target: 100, bands }).status;
    expect(at(100)).toBe("on_track");
    expect(at(102)).toBe("on_track");
    expect(at(104)).toBe("at_risk");
    expect(at(106)).toBe("off_track");
    expect(at(94)).toBe("off_track");
  });

  it("atRisk equal to onTrack: two-state bands", () => {
    const bands: StatusBands = { onTrack: 1, atRisk: 1 };
    expect(evaluate({ direction: "higher_is_better", actual: 99, target: 100, bands }).status).toBe(
      "off_track",
    );
  });
});

describe("evaluate: custom metrics and ids", () => {
  it("uses a defineMetric metric's direction and id", () => {
    const label = { en: "x", id: "x" };
    const refundRate = defineMetric({
      id: "refund_rate",
      label,
      description: label,
      formula: "refunds / orders",
      category: "sales",
      unit: "ratio",
      direction: "lower_is_better",
      inputs: {
        refunds: { domain: "count", rollup: "sum", label },
        orders: { domain: "count", rollup: "sum", label },
      },
      references: [],
      compute: ({ refunds, orders }) => ({ value: refunds.div(orders), reason: null }),
    });
    const evaluation = evaluate({ metric: refundRate, actual: "0.04", target: "0.05" });
    expect(evaluation.metricId).toBe("refund_rate");
    expect(evaluation.attainment?.toString()).toBe("1.25");
  });

  it("an id without a metric", () => {
    expect(
      evaluate({ direction: "higher_is_better", id: "calls_made", actual: 1, target: 2 }).metricId,
    ).toBe("calls_made");
    expect(evaluate({ direction: "higher_is_better", actual: 1, target: 2 }).metricId).toBeNull();
  });

  it("a direction equal to the metric's is accepted", () => {
    expect(
      evaluate({ metric: winRate, direction: "higher_is_better", actual: 1, target: 2 }).status,
    ).toBe("off_track");
  });
});

describe("evaluate: errors list every problem", () => {
  it("names evaluate, the field, the expectation and what was received", () => {
    const error = expectIssueCodes(
      () =>
        evaluate({
          actual: undefined,
          target: { min: 3, max: 1 },
          bands: { onTrack: 0.8, atRisk: 0.9 },
        } as never),
      ["invalid_argument", "invalid_number", "invalid_target", "invalid_option"],
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ["metric"],
      ["actual"],
      ["target"],
      ["bands"],
    ]);
    expect(error.issues[1]?.message).toBe(
      "evaluate: actual must be a finite number, a plain decimal string, a bigint, a Decimal, or null when there is no data, received undefined",
    );
    expect(error.issues[2]?.message).toBe(
      "evaluate: target must be a range whose min is at most its max, received min 3, max 1",
    );
  });

  it("rejects NaN, Infinity and locale text", () => {
    expectIssueCodes(
      () => evaluate({ direction: "higher_is_better", actual: Number.NaN, target: Infinity }),
      ["invalid_number", "invalid_target"],
      ["received NaN", "received Infinity"],
    );
    expectIssueCodes(
      () => evaluate({ direction: "higher_is_better", actual: "1.234,5", target: 1 }),
      ["invalid_number"],
    );
  });

  it("metric ids (not resolved: evaluate does not import the catalog), bad directions, conflicting directions", () => {
    for (const id of ["win_rat", "win_rate"]) {
      expectIssueCodes(
        () => evaluate({ metric: id as never, actual: 1, target: 1 }),
        ["invalid_argument"],
        [
          `evaluate: metric must be a metric made with defineMetric, given as itself (such as winRate; look a built-in id up with getMetric), received "${id}"`,
        ],
      );
    }
    expectIssueCodes(
      () => evaluate({ direction: "up" as never, actual: 1, target: 1 }),
      ["invalid_argument"],
      ['direction must be one of "higher_is_better", "lower_is_better", "neutral", received "up"'],
    );
    expectIssueCodes(
      () => evaluate({ metric: winRate, direction: "lower_is_better", actual: 1, target: 1 }),
      ["invalid_argument"],
      ["(win_rate is higher_is_better)"],
    );
  });

  it("attainment formulas that do not fit the direction", () => {
    expectIssueCodes(
      () => evaluate({ direction: "higher_is_better", actual: 1, target: 1, attainment: "linear" }),
      ["invalid_option"],
      ["(the direction is higher_is_better)"],
    );
    expectIssueCodes(
      () => evaluate({ direction: "lower_is_better", actual: 1, target: 1, attainment: "ratio" }),
      ["invalid_option"],
    );
    expect(
      evaluate({ direction: "neutral", actual: 1, target: 1, attainment: "ratio" }).attainment,
    ).toEqual(d(1));
  });

  it("malformed bands", () => {
    expectIssueCodes(
      () =>
        evaluate({
          direction: "neutral",
          actual: 1,
          target: 1,
          bands: { onTrack: { min: 0.9, max: 1.1 }, atRisk: 0.8 } as never,
        }),
      ["invalid_option"],
      ["both bands of the same shape"],
    );
    expectIssueCodes(
      () =>
        evaluate({
          direction: "neutral",
          actual: 1,
          target: 1,
          bands: { onTrack: { min: 0.9, max: 1.1 }, atRisk: { min: 0.95, max: 1.05 } },
        }),
      ["invalid_option"],
      ["contains the on-track range"],
    );
    expectIssueCodes(
      () =>
        evaluate({
          direction: "neutral",
          actual: 1,
          target: 1,
          bands: { onTrack: 1, atRisk: 0.9, warn: 0.5 } as never,
        }),
      ["invalid_option"],
      ['received an object with field "warn"'],
    );
    expectIssueCodes(() => evaluate(null as never), ["invalid_argument"]);
  });
});

describe("evaluate: range targets with negative bounds", () => {
  it("measures the variance percent over the nearest bound's magnitude", () => {
    // -12 is 2 below the range [-10, -5]: variance -2, over |-10| = -0.2. The bound is negative,
    // so attainment has no meaning (negative_target) and the status follows the sign: off track.
    const evaluation = evaluate({
      direction: "higher_is_better",
      actual: -12,
      target: { min: -10, max: -5 },
    });
    expect(evaluation.variance?.toString()).toBe("-2");
    expect(evaluation.variancePercent?.toString()).toBe("-0.2");
    expect(evaluation.attainment).toBeNull();
    expect(evaluation.attainmentReason).toBe("negative_target");
    expect(evaluation.status).toBe("off_track");
  });
});

describe("evaluate: what formatting needs", () => {
  it("carries its metric's label and unit, custom metrics included", () => {
    const discountRate = defineMetric({
      id: "discount_rate",
      label: { en: "Discount rate", id: "Tingkat diskon" },
      description: { en: "x", id: "x" },
      formula: "discounts / grossSales",
      category: "sales",
      unit: "ratio",
      direction: "lower_is_better",
      inputs: {
        discounts: { domain: "non_negative_amount", rollup: "sum", label: { en: "x", id: "x" } },
        grossSales: { domain: "non_negative_amount", rollup: "sum", label: { en: "x", id: "x" } },
      },
      references: [],
      compute: ({ discounts, grossSales }) => divide(discounts, grossSales),
    });
    const evaluation = evaluate({ metric: discountRate, actual: "0.08", target: "0.1" });
    expect([evaluation.metricId, evaluation.label, evaluation.unit]).toEqual([
      "discount_rate",
      { en: "Discount rate", id: "Tingkat diskon" },
      "ratio",
    ]);
    const plain = evaluate({ direction: "higher_is_better", id: "calls", actual: 1, target: 2 });
    expect([plain.metricId, plain.label, plain.unit]).toEqual(["calls", null, null]);
  });

  it("keeps a variance exact at any size", () => {
    const evaluation = evaluate({
      direction: "higher_is_better",
      actual: "1234567890123456789012345678901234567890",
      target: "1",
    });
    expect(evaluation.variance?.toString()).toBe("1234567890123456789012345678901234567889");
  });
});
