import { describe, expect, it } from "vitest";
import { catalog } from "../../src/metrics/catalog.js";

// Every input's rollup rule, written down independently of the metric files (reviewed against
// research/kpi-definitions.md): flows sum, opening snapshots take the first sub-period, closing
// snapshots the last, distinct counts and cohort movements are not additive. The property test in
// rollup.property.test.ts reads the rules from the metrics themselves, so it cannot notice a rule
// changed by mistake; this table can.
const RULES: Record<string, Record<string, string>> = {
  sales_revenue: { revenue: "sum", returns: "sum" },
  units_sold: { units: "sum" },
  sales_growth: { current: "sum", previous: "sum" },
  compound_growth_rate: { start: "first", end: "last", periods: "sum" },
  average_deal_size: { wonAmount: "sum", wonDeals: "sum" },
  average_order_value: { revenue: "sum", orders: "sum" },
  win_rate: { won: "sum", lost: "sum" },
  win_rate_all_opportunities: { won: "sum", opportunities: "sum" },
  quota_attainment: { actual: "sum", quota: "sum" },
  sales_cycle_length: { totalDays: "sum", wonDeals: "sum" },
  sales_cycle_length_closed: { totalDays: "sum", closedDeals: "sum" },
  pipeline_velocity: {
    openOpportunities: "last",
    wonAmount: "sum",
    wonDeals: "sum",
    lostDeals: "sum",
    wonCycleDays: "sum",
  },
  new_prospects: { prospects: "sum" },
  lead_conversion_rate: { converted: "sum", leads: "sum" },
  funnel_conversion_rate: { from: "sum", to: "sum" },
  marketing_conversion_rate: { convertedSessions: "sum", sessions: "sum" },
  campaign_roi: { return: "sum", cost: "sum" },
  roas: { revenue: "sum", adSpend: "sum" },
  romi: { incrementalContribution: "sum", marketingSpend: "sum" },
  cost_per_lead: { spend: "sum", leads: "sum" },
  customer_acquisition_cost: { salesSpend: "sum", marketingSpend: "sum", newCustomers: "sum" },
  cac_payback_months: { salesAndMarketingSpend: "sum", newMonthlyGrossProfit: "sum" },
  market_share: { revenue: "sum", marketRevenue: "sum" },
  unit_market_share: { units: "sum", marketUnits: "sum" },
  database_growth_rate: { contactsAtStart: "first", newContacts: "sum", lostContacts: "sum" },
  brand_awareness: { aware: "sum", surveyed: "sum" },
  brand_awareness_aided: { aware: "sum", surveyed: "sum" },
  brand_awareness_unaided: { aware: "sum", surveyed: "sum" },
  website_visitors: { visitors: "none" },
  customer_retention_rate: {
    customersAtStart: "first",
    customersAtEnd: "last",
    newCustomers: "sum",
  },
  churn_rate: { churnedCustomers: "sum", customersAtStart: "first" },
  revenue_churn_rate: {
    recurringRevenueAtStart: "first",
    churnedRevenue: "sum",
    contractionRevenue: "sum",
  },
  net_revenue_retention: {
    recurringRevenueAtStart: "first",
    expansionRevenue: "none",
    contractionRevenue: "none",
    churnedRevenue: "none",
  },
  gross_revenue_retention: {
    recurringRevenueAtStart: "first",
    contractionRevenue: "none",
    churnedRevenue: "none",
  },
  repeat_purchase_rate: { repeatCustomers: "none", customers: "none" },
  customer_lifetime_value: { averageRevenuePerAccount: "last", churnRate: "last" },
  customer_lifetime_value_margin: {
    averageRevenuePerAccount: "last",
    grossMargin: "last",
    churnRate: "last",
  },
  csat: { satisfied: "sum", responses: "sum" },
  csat_mean: { scoreSum: "sum", responses: "sum" },
  nps: { promoters: "sum", passives: "sum", detractors: "sum" },
  ces: { scoreSum: "sum", responses: "sum" },
  ces_effort: { scoreSum: "sum", responses: "sum" },
};

describe("rollup rules of the catalog", () => {
  it("match the reviewed table, metric by metric and input by input", () => {
    const declared = Object.fromEntries(
      catalog.map((metric) => [
        metric.id,
        Object.fromEntries(
          Object.entries(metric.inputs).map(([name, input]) => [
            name,
            (input as { rollup: string }).rollup,
          ]),
        ),
      ]),
    );
    expect(declared).toEqual(RULES);
  });

  it("leave exactly these metrics without a rollup from totals", () => {
    const nonAdditive = catalog
      .filter((metric) =>
        Object.values(metric.inputs).some(
          (input) => (input as { rollup: string }).rollup === "none",
        ),
      )
      .map((metric) => metric.id)
      .sort();
    expect(nonAdditive).toEqual([
      "gross_revenue_retention",
      "net_revenue_retention",
      "repeat_purchase_rate",
      "website_visitors",
    ]);
  });
});
