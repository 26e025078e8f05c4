import { describe, expectTypeOf, it } from "vitest";
import { divide } from "../../src/core/result.js";
import { winRate } from "../../src/metrics/sales/winRate.js";
import { defineMetric } from "../../src/model/defineMetric.js";
import type { MetricSample } from "../../src/model/sampleModels.js";

const label = { en: "x", id: "x" };

describe("sampling model types", () => {
  it("types a metric's sample against its declared inputs", () => {
    expectTypeOf(winRate.sample).toEqualTypeOf<MetricSample<"won" | "lost"> | null>();
  });

  it("refuses a sample naming an undeclared input", () => {
    defineMetric({
      id: "probe",
      label,
      description: label,
      formula: "a / b",
      category: "sales",
      unit: "ratio",
      direction: "higher_is_better",
      inputs: {
        a: { domain: "count", rollup: "sum", label },
        b: { domain: "count", rollup: "sum", label },
      },
      references: [],
      // @ts-expect-error "c" is not a declared input
      sample: { model: "share", successes: "c", trials: "b" },
      compute: ({ a, b }) => divide(a, b),
    });
    defineMetric({
      id: "probe",
      label,
      description: label,
      formula: "a / b",
      category: "sales",
      unit: "ratio",
      direction: "higher_is_better",
      inputs: {
        a: { domain: "count", rollup: "sum", label },
        b: { domain: "count", rollup: "sum", label },
      },
      references: [],
      sample: { model: "share", successes: "a", trials: ["a", "b"] },
      compute: ({ a, b }) => divide(a, b),
    });
  });
});
