import { describe, expectTypeOf, it } from "vitest";
import type { Decimal } from "../../src/core/decimal.js";
import type { Numeric } from "../../src/core/numeric.js";
import type { KpiResult } from "../../src/core/result.js";
import {
  type CesSums,
  type CsatCounts,
  type ces,
  type cesEffort,
  cesFromScores,
  type csat,
  csatFromScores,
  customerRetentionRate,
  type FunnelConversionRates,
  funnelConversionRates,
  type InputsOf,
  netRevenueRetention,
  nps,
  npsFromScores,
  pipelineVelocity,
  salesRevenue,
  winRateAllOpportunities,
} from "../../src/index.js";

describe("metric input types", () => {
  it("requires every declared input and returns Decimal | null", () => {
    expectTypeOf(winRateAllOpportunities).parameter(0).toEqualTypeOf<{
      readonly won: Numeric;
      readonly opportunities: Numeric;
    }>();
    expectTypeOf(winRateAllOpportunities).returns.toEqualTypeOf<Decimal | null>();
    expectTypeOf(nps.evaluate).returns.toEqualTypeOf<KpiResult>();
    // @ts-expect-error opportunities is missing
    winRateAllOpportunities({ won: 1 });
    // @ts-expect-error misspelled input
    winRateAllOpportunities({ won: 1, oportunities: 2 });
    // @ts-expect-error a boolean is not Numeric
    winRateAllOpportunities({ won: true, opportunities: 2 });
  });

  it("makes inputs with a default optional", () => {
    expectTypeOf<InputsOf<typeof salesRevenue>>().toEqualTypeOf<{
      readonly revenue: Numeric;
      readonly returns?: Numeric;
    }>();
    salesRevenue({ revenue: 1 });
    // @ts-expect-error revenue has no default
    salesRevenue({ returns: 1 });
  });

  it("names every input of multi-input metrics", () => {
    pipelineVelocity({
      openOpportunities: 1,
      wonAmount: "1",
      wonDeals: 1n,
      lostDeals: 0,
      wonCycleDays: 3,
    });
    // @ts-expect-error lostDeals is missing
    pipelineVelocity({ openOpportunities: 1, wonAmount: 1, wonDeals: 1, wonCycleDays: 3 });
    customerRetentionRate({ customersAtStart: 1, customersAtEnd: 1, newCustomers: 0 });
    netRevenueRetention({
      recurringRevenueAtStart: 1,
      expansionRevenue: 0,
      contractionRevenue: 0,
      // @ts-expect-error churnedMrr is not an input (churnedRevenue is)
      churnedMrr: 0,
    });
  });

  it("returns survey counts that are the metrics' inputs", () => {
    expectTypeOf(csatFromScores([5])).toEqualTypeOf<CsatCounts>();
    expectTypeOf(cesFromScores([5])).toEqualTypeOf<CesSums>();
    expectTypeOf(csatFromScores([5])).toMatchTypeOf<InputsOf<typeof csat>>();
    expectTypeOf(npsFromScores([5])).toMatchTypeOf<InputsOf<typeof nps>>();
    expectTypeOf(cesFromScores([5])).toMatchTypeOf<InputsOf<typeof ces>>();
    expectTypeOf(cesFromScores([5])).toMatchTypeOf<InputsOf<typeof cesEffort>>();
    // @ts-expect-error not a CES scale
    cesFromScores([5], { scale: "1-7" });
    // @ts-expect-error scores are Numeric
    npsFromScores([null]);
  });

  it("types the funnel helper", () => {
    expectTypeOf(
      funnelConversionRates(new Map([["a", 1]]), ["a", "b"]),
    ).toEqualTypeOf<FunnelConversionRates>();
    expectTypeOf(funnelConversionRates({ a: 1, b: "2" }, ["a", "b"]).endToEnd.from).toBeString();
  });
});
