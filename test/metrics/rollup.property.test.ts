import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Decimal, KDecimal } from "../../src/core/decimal.js";
import type { Numeric } from "../../src/core/numeric.js";
import { catalog } from "../../src/metrics/catalog.js";
import { rollupInputs } from "../../src/model/rollupInputs.js";
import type { AnyMetric, InputSpecs } from "../../src/model/types.js";
import { expectKpiError } from "../support/expectKpiError.js";

// One month of inputs, valid on its own. Values are strings or numbers, as users pass them.
type Month = Record<string, string | number>;

const count = fc.nat({ max: 1000 });
const amount = fc
  .tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.nat({ max: 99 }))
  .map(([whole, cents]) => `${whole}.${String(cents).padStart(2, "0")}`);
const nonNegativeAmount = fc
  .tuple(fc.nat({ max: 1_000_000 }), fc.nat({ max: 99 }))
  .map(([whole, cents]) => `${whole}.${String(cents).padStart(2, "0")}`);
const fraction = fc.nat({ max: 100 }).map((n) => String(n / 100));
/** Two counts, the first at most the second. */
const partOfWhole = fc.tuple(count, count).map(([a, b]) => [Math.min(a, b), Math.max(a, b)]);
/** A count and a total of days (0 when the count is 0). */
const dealsAndDays = fc
  .tuple(count, fc.nat({ max: 365 }))
  .map(([deals, days]) => [deals, deals * days] as const);

const part = (x: string, y: string) =>
  partOfWhole.map(([a, b]) => ({ [x]: a as number, [y]: b as number }) as Month);

/** Arbitraries of a sequence of months, by metric id. Chained snapshots where the metric needs them. */
const months: Record<string, fc.Arbitrary<Month[]>> = {};
const each = (id: string, month: fc.Arbitrary<Month>) => {
  months[id] = fc.array(month, { minLength: 1, maxLength: 6 });
};

each("sales_revenue", fc.record({ revenue: nonNegativeAmount, returns: nonNegativeAmount }));
each("units_sold", fc.record({ units: count }));
each("sales_growth", fc.record({ current: amount, previous: amount }));
each(
  "compound_growth_rate",
  fc.record({ start: amount, end: amount, periods: fc.nat({ max: 12 }) }),
);
/** An amount that is 0 when its count is 0 (no amount without deals or orders). */
const amountOf = (amountName: string, countName: string) =>
  fc
    .tuple(nonNegativeAmount, count)
    .map(([value, n]) => ({ [amountName]: n === 0 ? 0 : value, [countName]: n }) as Month);

each("average_deal_size", amountOf("wonAmount", "wonDeals"));
each("average_order_value", amountOf("revenue", "orders"));
each("win_rate", fc.record({ won: count, lost: count }));
each("win_rate_all_opportunities", part("won", "opportunities"));
each("quota_attainment", fc.record({ actual: amount, quota: nonNegativeAmount }));
each(
  "sales_cycle_length",
  dealsAndDays.map(([wonDeals, totalDays]) => ({ wonDeals, totalDays })),
);
each(
  "sales_cycle_length_closed",
  dealsAndDays.map(([closedDeals, totalDays]) => ({ closedDeals, totalDays })),
);
each(
  "pipeline_velocity",
  fc
    .tuple(count, nonNegativeAmount, dealsAndDays, count)
    .map(([openOpportunities, wonAmount, [wonDeals, wonCycleDays], lostDeals]) => ({
      openOpportunities,
      wonAmount: wonDeals === 0 ? 0 : wonAmount,
      wonDeals,
      lostDeals,
      wonCycleDays,
    })),
);
each("new_prospects", fc.record({ prospects: count }));
each("lead_conversion_rate", fc.record({ converted: count, leads: count }));
each("funnel_conversion_rate", fc.record({ from: count, to: count }));
each("marketing_conversion_rate", part("convertedSessions", "sessions"));
each("campaign_roi", fc.record({ return: amount, cost: nonNegativeAmount }));
each("roas", fc.record({ revenue: amount, adSpend: nonNegativeAmount }));
each("romi", fc.record({ incrementalContribution: amount, marketingSpend: nonNegativeAmount }));
each("cost_per_lead", fc.record({ spend: nonNegativeAmount, leads: count }));
each(
  "customer_acquisition_cost",
  fc.record({
    salesSpend: nonNegativeAmount,
    marketingSpend: nonNegativeAmount,
    newCustomers: count,
  }),
);
each(
  "cac_payback_months",
  fc.record({ salesAndMarketingSpend: nonNegativeAmount, newMonthlyGrossProfit: amount }),
);
each("market_share", part("revenue", "marketRevenue"));
each("unit_market_share", part("units", "marketUnits"));
each("brand_awareness", part("aware", "surveyed"));
each("brand_awareness_aided", part("aware", "surveyed"));
each("brand_awareness_unaided", part("aware", "surveyed"));
each("churn_rate", fc.record({ churnedCustomers: count, customersAtStart: count }));
each(
  "revenue_churn_rate",
  fc.record({
    recurringRevenueAtStart: nonNegativeAmount,
    churnedRevenue: nonNegativeAmount,
    contractionRevenue: nonNegativeAmount,
  }),
);
each(
  "customer_lifetime_value",
  fc.record({ averageRevenuePerAccount: nonNegativeAmount, churnRate: fraction }),
);
each(
  "customer_lifetime_value_margin",
  fc.record({
    averageRevenuePerAccount: nonNegativeAmount,
    grossMargin: fraction,
    churnRate: fraction,
  }),
);
each("csat", part("satisfied", "responses"));
each(
  "csat_mean",
  fc.tuple(count, fc.integer({ min: 1, max: 10 })).map(([responses, mean]) => ({
    responses,
    scoreSum: responses * mean,
  })),
);
each("nps", fc.record({ promoters: count, passives: count, detractors: count }));
for (const [id, high] of [
  ["ces", 7],
  ["ces_effort", 5],
] as const) {
  each(
    id,
    fc.tuple(count, fc.nat({ max: 1000 })).map(([responses, extra]) => ({
      responses,
      scoreSum: responses + (responses === 0 ? 0 : extra % ((high - 1) * responses + 1)),
    })),
  );
}

// Snapshots that must chain from month to month (the next month starts where this one ended).
months.database_growth_rate = fc
  .tuple(count, fc.array(fc.tuple(count, count), { minLength: 1, maxLength: 6 }))
  .map(([start, flows]) => {
    let contacts = start;
    return flows.map(([newContacts, lost]) => {
      const lostContacts = Math.min(lost, contacts + newContacts);
      const month = { contactsAtStart: contacts, newContacts, lostContacts };
      contacts += newContacts - lostContacts;
      return month;
    });
  });
months.customer_retention_rate = fc
  .tuple(count, fc.array(fc.tuple(count, count), { minLength: 1, maxLength: 6 }))
  .map(([start, flows]) => {
    // Customers who leave come from the opening cohort, so (end - new) stays non-negative.
    let customers = start;
    let cohort = start;
    return flows.map(([newCustomers, lost]) => {
      const churned = Math.min(lost, cohort);
      cohort -= churned;
      const month = {
        customersAtStart: customers,
        customersAtEnd: customers + newCustomers - churned,
        newCustomers,
      };
      customers = month.customersAtEnd;
      return month;
    });
  });

const decimal = (value: Numeric) => new KDecimal(String(value));

/** The pooled inputs, computed by hand from each input's rule. */
function poolByHand(metric: AnyMetric, sequence: readonly Month[]): Record<string, Decimal> {
  const pooled: Record<string, Decimal> = {};
  for (const [name, spec] of Object.entries(metric.inputs as InputSpecs)) {
    const values = sequence.map((month) => decimal(month[name] ?? spec.default ?? 0));
    if (spec.rollup === "first") pooled[name] = values[0] as Decimal;
    else if (spec.rollup === "last") pooled[name] = values[values.length - 1] as Decimal;
    else if (spec.rollup === "sum")
      pooled[name] = values.reduce((sum, value) => sum.plus(value), decimal(0));
    else throw new Error(`unexpected rule ${spec.rollup}`);
  }
  return pooled;
}

const additive = catalog.filter((metric) =>
  Object.values(metric.inputs as InputSpecs).every((spec) => spec.rollup !== "none"),
);

describe("rollupInputs over the catalog", () => {
  it("has a generator for every metric whose inputs all roll up", () => {
    expect(additive.map((metric) => metric.id).sort()).toEqual(Object.keys(months).sort());
  });

  for (const metric of additive) {
    it(`${metric.id}: the metric of rolled-up inputs is the metric of inputs pooled by hand`, () => {
      fc.assert(
        fc.property(months[metric.id] as fc.Arbitrary<Month[]>, (sequence) => {
          const rolled = rollupInputs(metric, sequence);
          const pooled = poolByHand(metric, sequence);
          for (const name of Object.keys(metric.inputs)) {
            expect(rolled[name]?.toString()).toBe(pooled[name]?.toString());
          }
          const expected = metric.evaluate(pooled);
          const actual = metric.evaluate(rolled);
          expect(actual.reason).toBe(expected.reason);
          expect(actual.value?.toString()).toBe(expected.value?.toString());
          if (actual.value === null) expect(actual.reason).not.toBeNull();
          else expect(actual.value.isFinite()).toBe(true);
        }),
      );
    });
  }

  it("refuses metrics with a non-additive input", () => {
    for (const metric of catalog.filter((m) => !additive.includes(m))) {
      const month = Object.fromEntries(Object.keys(metric.inputs).map((name) => [name, 0]));
      expectKpiError(() => rollupInputs(metric, [month, month]), "not_additive", {
        message: /received rollup rule none/,
      });
    }
  });
});
