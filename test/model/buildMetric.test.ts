import { describe, expect, it } from "vitest";
import * as kinerja from "../../src/index.js";
import { buildMetric } from "../../src/model/buildMetric.js";
import { checkSpec } from "../../src/model/checkSpec.js";
import type { AnyMetric } from "../../src/model/types.js";
import { expectKpiError } from "../support/expectKpiError.js";

// The built-in metrics are made with buildMetric, which leaves out defineMetric's checks of a
// declaration (so that importing one metric does not bring them in): every built-in declaration
// must pass those checks.
const builtIns = (Object.values(kinerja) as unknown[]).filter(
  (value): value is AnyMetric =>
    typeof value === "function" && (value as { kind?: unknown }).kind === "metric",
);

describe("buildMetric", () => {
  it("is what every built-in metric is made with, and each declaration passes defineMetric's checks", () => {
    expect(builtIns.length).toBeGreaterThan(40);
    for (const metric of builtIns) {
      const spec = {
        id: metric.id,
        label: metric.label,
        description: metric.description,
        formula: metric.formula,
        category: metric.category,
        unit: metric.unit,
        direction: metric.direction,
        inputs: metric.inputs,
        references: metric.references,
        ...(metric.sample === null ? {} : { sample: metric.sample }),
        compute: metric.evaluate,
      };
      expect(() => checkSpec(spec as never), metric.id).not.toThrow();
    }
    // ...and those checks do refuse a broken declaration.
    const winRate = kinerja.winRate;
    expectKpiError(
      () =>
        checkSpec({
          ...winRate,
          inputs: winRate.inputs,
          sample: { model: "share", successes: "won", trials: ["won", "open"] },
          compute: winRate.evaluate,
        } as never),
      "invalid_argument",
      /sample\.trials\[1\]|open/,
    );
  });

  it("validates the inputs of every call, as defineMetric's metrics do", () => {
    const share = buildMetric({
      id: "share",
      label: { en: "Share", id: "Porsi" },
      description: { en: "A part of a whole.", id: "Bagian dari keseluruhan." },
      formula: "part / whole",
      category: "sales",
      unit: "ratio",
      direction: "neutral",
      inputs: {
        part: { domain: "count", rollup: "sum", label: { en: "Part", id: "Bagian" } },
        whole: { domain: "positive_count", rollup: "sum", label: { en: "Whole", id: "Total" } },
      },
      references: [],
      compute: ({ part, whole }) => kinerja.safeDivide(part, whole),
    });
    expect(share({ part: 1, whole: 4 })?.toString()).toBe("0.25");
    expectKpiError(() => share({ part: -1, whole: 4 }), "out_of_domain", /part/);
  });
});

describe("the places of a metric's input problems", () => {
  it("are the same on every call, and a caller cannot change them for the next call", () => {
    const issuesOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as { issues: { path: (string | number)[]; message: string }[] }).issues;
      }
      throw new Error("expected a KpiError");
    };
    const first = issuesOf(() => kinerja.winRate({ won: "x", lost: -1 }));
    expect(first.map((issue) => issue.path)).toEqual([["won"], ["lost"]]);
    expect(() => first[0]?.path.push("changed")).toThrow(TypeError);
    const second = issuesOf(() => kinerja.winRate({ won: "y", lost: 2 }));
    expect(second.map((issue) => issue.path)).toEqual([["won"]]);
    expect(second[0]?.message).toMatch(/^win_rate: input "won" must be /);
  });
});
