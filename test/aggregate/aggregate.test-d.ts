import { describe, expectTypeOf, it } from "vitest";
import { count } from "../../src/aggregate/measures/count.js";
import { countDistinct } from "../../src/aggregate/measures/countDistinct.js";
import { first, last } from "../../src/aggregate/measures/snapshot.js";
import { sum } from "../../src/aggregate/measures/sum.js";
import { aggregate } from "../../src/aggregate/series/aggregate.js";
import { growth } from "../../src/aggregate/series/growth.js";
import { metricSeries } from "../../src/aggregate/series/metricSeries.js";
import type { Decimal } from "../../src/core/decimal.js";
import { winRate } from "../../src/metrics/sales/winRate.js";

interface Deal {
  closedAt: string;
  amount: string;
  region: string;
  won: boolean;
}
declare const deals: Deal[];

describe("aggregate types", () => {
  it("types values by measure: sums and counts are Decimal, snapshots may be null", () => {
    const series = aggregate(deals, {
      date: "closedAt",
      granularity: "month",
      groupBy: "region",
      measures: {
        revenue: sum("amount"),
        won: count("won"),
        customers: countDistinct("region"),
        opening: first("amount"),
        closing: last("amount"),
      },
    });
    const cell = series.cells[0] as (typeof series.cells)[number];
    expectTypeOf(cell.values.revenue).toEqualTypeOf<Decimal>();
    expectTypeOf(cell.values.won).toEqualTypeOf<Decimal>();
    expectTypeOf(cell.values.customers).toEqualTypeOf<Decimal>();
    expectTypeOf(cell.values.opening).toEqualTypeOf<Decimal | null>();
    expectTypeOf(cell.values.closing).toEqualTypeOf<Decimal | null>();
  });

  it("checks property names against the record type", () => {
    aggregate(deals, {
      // @ts-expect-error: not a property of Deal
      date: "closedAtt",
      granularity: "month",
      measures: { n: count() },
    });
    aggregate(deals, {
      date: (deal) => deal.closedAt,
      // @ts-expect-error: not a granularity
      granularity: "decade",
      measures: { n: count() },
    });
    // Typed measures check their property names too.
    // @ts-expect-error: not a property of Deal
    sum<Deal>("amout");
    count<Deal>((deal) => deal.won);
  });

  it("checks measure names in growth and metricSeries", () => {
    const series = aggregate(deals, {
      date: "closedAt",
      granularity: "month",
      measures: { won: count("won"), lost: count((deal: Deal) => !deal.won) },
    });
    growth(series, "won", 1);
    // @ts-expect-error: not a measure of the series
    growth(series, "revenue", 1);
    metricSeries(series, winRate, { won: "won", lost: "lost" });
    // @ts-expect-error: not a measure of the series
    metricSeries(series, winRate, { won: "won", lost: "lose" });
  });
});

describe("measure fields are checked against the records", () => {
  it("refuses a property the records do not have, and accepts untyped records", () => {
    aggregate(deals, {
      date: "closedAt",
      granularity: "month",
      measures: { revenue: sum("amount"), won: count("won") },
    });
    aggregate(deals, {
      date: "closedAt",
      granularity: "month",
      // @ts-expect-error: "amountt" is not a property of Deal
      measures: { revenue: sum("amountt") },
    });
    aggregate(deals, {
      date: "closedAt",
      granularity: "month",
      // @ts-expect-error: a predicate property must be one of Deal's
      measures: { won: count("wonn") },
    });
    // Function accessors and untyped data are not checked.
    aggregate(deals, {
      date: "closedAt",
      granularity: "month",
      measures: { revenue: sum((deal: Deal) => deal.amount), n: count() },
    });
    // biome-ignore lint/suspicious/noExplicitAny: the point of this test: untyped records are not checked
    const untyped: any[] = JSON.parse("[]");
    aggregate(untyped, { date: "at", granularity: "month", measures: { revenue: sum("amountt") } });
    expectTypeOf(sum("amount").field).toEqualTypeOf<"amount">();
    expectTypeOf(sum((record: Deal) => record.amount).field).toEqualTypeOf<undefined>();
  });
});
