import { describe, expectTypeOf, it } from "vitest";
import type { Decimal } from "../../src/core/decimal.js";
import type { KpiResult } from "../../src/core/result.js";
import { catalog } from "../../src/metrics/catalog.js";
import { winRate } from "../../src/metrics/sales/winRate.js";
import { defineMetric } from "../../src/model/defineMetric.js";
import { rollupInputs } from "../../src/model/rollupInputs.js";
import type { AnyMetric, InputsOf, Metric } from "../../src/model/types.js";

const label = { en: "x", id: "x" };
const custom = defineMetric({
  id: "custom_probe",
  label,
  description: label,
  formula: "a / b",
  category: "sales",
  unit: "ratio",
  direction: "higher_is_better",
  inputs: {
    a: { domain: "count", rollup: "sum", label },
    b: { domain: "count", rollup: "sum", label, default: 1 },
  },
  references: [],
  compute: ({ a, b }) => {
    expectTypeOf(a).toEqualTypeOf<Decimal>();
    expectTypeOf(b).toEqualTypeOf<Decimal>();
    return { value: a.div(b), reason: null };
  },
});

describe("metric types", () => {
  it("checks the inputs object at compile time", () => {
    expectTypeOf(winRate({ won: 1, lost: 2 })).toEqualTypeOf<Decimal | null>();
    expectTypeOf(winRate.evaluate({ won: 1, lost: 2 })).toEqualTypeOf<KpiResult>();
    // @ts-expect-error a missing input is a type error
    winRate({ won: 1 });
    // @ts-expect-error a misspelled input is a type error
    winRate({ won: 1, lsot: 2 });
    // @ts-expect-error an input of the wrong type is a type error
    winRate({ won: 1, lost: true });
  });

  it("makes inputs with a default optional", () => {
    custom({ a: 1 });
    custom({ a: 1, b: "2" });
    // @ts-expect-error `a` has no default
    custom({ b: 2 });
    expectTypeOf<InputsOf<typeof custom>>().toEqualTypeOf<{
      readonly a: import("../../src/core/numeric.js").Numeric;
      readonly b?: import("../../src/core/numeric.js").Numeric;
    }>();
  });

  it("types rollupInputs by the metric", () => {
    const rolled = rollupInputs(winRate, [{ won: 1, lost: 2 }]);
    expectTypeOf(rolled).toEqualTypeOf<{ readonly won: Decimal; readonly lost: Decimal }>();
    // @ts-expect-error the list must hold the metric's inputs
    rollupInputs(winRate, [{ won: 1 }]);
  });

  it("lets user metrics stand wherever built-ins do", () => {
    expectTypeOf(custom).toExtend<AnyMetric>();
    expectTypeOf(catalog).toEqualTypeOf<readonly AnyMetric[]>();
    expectTypeOf(winRate).toExtend<Metric<typeof winRate.inputs>>();
  });
});
