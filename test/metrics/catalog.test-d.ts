import { describe, expectTypeOf, it } from "vitest";
import type { Decimal } from "../../src/core/decimal.js";
import { getMetric, hasMetric, type MetricId } from "../../src/metrics/catalog.js";
import type { winRate } from "../../src/metrics/sales/winRate.js";
import { defineMetric } from "../../src/model/defineMetric.js";
import type { AnyMetric } from "../../src/model/types.js";

describe("metric ids are typed as the catalog's union", () => {
  it("MetricId lists the built-in ids and nothing else", () => {
    expectTypeOf<"win_rate">().toMatchTypeOf<MetricId>();
    expectTypeOf<"sales_revenue">().toMatchTypeOf<MetricId>();
    expectTypeOf<"win_rat">().not.toMatchTypeOf<MetricId>();
  });

  it("getMetric returns the precise metric for a literal id and refuses a misspelled one", () => {
    expectTypeOf(getMetric("win_rate")).toEqualTypeOf<typeof winRate>();
    expectTypeOf(getMetric("win_rate")({ won: 1, lost: 2 })).toEqualTypeOf<Decimal | null>();
    // @ts-expect-error: not an id of the catalog
    getMetric("win_rat");
  });

  it("an id known only at run time is still accepted, as AnyMetric", () => {
    const id: string = "win_rate";
    expectTypeOf(getMetric(id)).toEqualTypeOf<AnyMetric>();
    if (hasMetric(id)) expectTypeOf(id).toEqualTypeOf<MetricId>();
  });

  it("custom metrics keep their literal id", () => {
    const label = { en: "x", id: "x" };
    const custom = defineMetric({
      id: "discount_rate",
      label,
      description: label,
      formula: "a",
      category: "sales",
      unit: "ratio",
      direction: "neutral",
      inputs: { a: { domain: "ratio", rollup: "sum", label } },
      references: [],
      compute: ({ a }) => ({ value: a, reason: null }),
    });
    expectTypeOf(custom.id).toEqualTypeOf<"discount_rate">();
    expectTypeOf(custom).toMatchTypeOf<AnyMetric>();
  });
});
