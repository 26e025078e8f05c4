import { describe, expect, it } from "vitest";
import { divide } from "../../src/core/result.js";
import { catalog } from "../../src/metrics/catalog.js";
import { defineMetric } from "../../src/model/defineMetric.js";
import { sampleModels } from "../../src/model/sampleModels.js";
import type { InputSpecs, MetricSpec } from "../../src/model/types.js";
import { expectKpiError } from "../support/expectKpiError.js";

const label = { en: "x", id: "x" };
const inputs = {
  yes: { domain: "count", rollup: "sum", label },
  no: { domain: "count", rollup: "sum", label },
  amount: { domain: "amount", rollup: "sum", label },
} as const;

function spec(sample: unknown): MetricSpec<typeof inputs, undefined, "probe"> {
  return {
    id: "probe",
    label,
    description: label,
    formula: "yes / (yes + no)",
    category: "marketing",
    unit: "ratio",
    direction: "higher_is_better",
    inputs,
    references: [],
    sample: sample as never,
    compute: ({ yes, no }) => divide(yes, yes.plus(no)),
  };
}

describe("sampling models on metric definitions", () => {
  it("lists the models", () => {
    expect(sampleModels).toEqual(["share", "nps", "mean"]);
  });

  it("keeps a valid declaration on the metric, and null when there is none", () => {
    const share = defineMetric(spec({ model: "share", successes: "yes", trials: ["yes", "no"] }));
    expect(share.sample).toEqual({ model: "share", successes: "yes", trials: ["yes", "no"] });
    const { sample: _, ...withoutSample } = spec(undefined);
    expect(
      defineMetric(withoutSample as unknown as MetricSpec<InputSpecs, undefined>).sample,
    ).toBeNull();
    const sum = defineMetric(
      spec({ model: "share", successes: { add: ["yes"], subtract: [] }, trials: "no" }),
    );
    expect(sum.sample?.model).toBe("share");
    const mean = defineMetric(
      spec({
        model: "mean",
        n: "yes",
        sum: "amount",
        sumOfSquares: "amount",
        bounds: { min: 1, max: "5" },
      }),
    );
    expect(mean.sample?.model).toBe("mean");
  });

  it("declares the model of every catalog metric computed from a sample, and only those", () => {
    const declared = Object.fromEntries(
      catalog.filter((metric) => metric.sample !== null).map((m) => [m.id, m.sample?.model]),
    );
    expect(declared).toEqual({
      win_rate: "share",
      win_rate_all_opportunities: "share",
      lead_conversion_rate: "share",
      funnel_conversion_rate: "share",
      marketing_conversion_rate: "share",
      brand_awareness: "share",
      brand_awareness_aided: "share",
      brand_awareness_unaided: "share",
      customer_retention_rate: "share",
      churn_rate: "share",
      repeat_purchase_rate: "share",
      csat: "share",
      csat_mean: "mean",
      nps: "nps",
      ces: "mean",
      ces_effort: "mean",
    });
  });

  it.each([
    [null, ["sample"], /sample must be a sampling model/],
    [{ model: "poisson" }, ["sample", "model"], /one of "share", "nps", "mean"/],
    [
      { model: "share", successes: "won", trials: "no" },
      ["sample", "successes"],
      /declared input of domain count/,
    ],
    [
      { model: "share", successes: "amount", trials: "no" },
      ["sample", "successes"],
      /domain count or positive_count/,
    ],
    [{ model: "share", successes: [], trials: "no" }, ["sample", "successes"], /non-empty array/],
    [
      { model: "share", successes: ["yes", 3], trials: "no" },
      ["sample", "successes", 1],
      /"yes", "no", "amount"/,
    ],
    [
      { model: "share", successes: { add: [], subtract: [] }, trials: "no" },
      ["sample", "successes", "add"],
      /add: at least one/,
    ],
    [
      { model: "share", successes: { add: ["yes"], minus: [] }, trials: "no" },
      ["sample", "successes", "minus"],
      /no other field than "add", "subtract"/,
    ],
    [
      { model: "share", successes: "yes" },
      ["sample", "trials"],
      /an input name, a non-empty array/,
    ],
    [
      { model: "share", successes: "yes", trials: "no", n: "no" },
      ["sample", "n"],
      /no other field than "model", "successes", "trials"/,
    ],
    [
      { model: "nps", promoters: "yes", passives: "no" },
      ["sample", "detractors"],
      /declared input/,
    ],
    [{ model: "mean", n: "amount", sum: "amount" }, ["sample", "n"], /domain count/],
    [{ model: "mean", n: "yes", sum: "total" }, ["sample", "sum"], /one of the declared inputs/],
    [
      { model: "mean", n: "yes", sum: "amount", bounds: { min: 5, max: 1 } },
      ["sample", "bounds", "max"],
      /above min/,
    ],
    [
      { model: "mean", n: "yes", sum: "amount", bounds: { min: "x", max: 1 } },
      ["sample", "bounds"],
      /scale's ends/,
    ],
  ])("refuses the declaration %j", (sample, path, message) => {
    expectKpiError(() => defineMetric(spec(sample)), "invalid_argument", { path, message });
  });

  it("reports every problem of a declaration at once", () => {
    const error = expectKpiError(
      () => defineMetric(spec({ model: "nps", promoters: "a", passives: "b", detractors: "yes" })),
      "invalid_argument",
    );
    expect(error.issues.map((issue) => issue.path.join("."))).toEqual([
      "sample.promoters",
      "sample.passives",
    ]);
    expect(error.issues[0]?.message).toBe(
      'probe: sample.promoters must be a declared input of domain count or positive_count ("yes", "no", "amount"), received "a"',
    );
  });
});
