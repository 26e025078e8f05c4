import { describe, expect, it } from "vitest";
import { type Decimal, KDecimal } from "../../src/core/decimal.js";
import { revenueFromLeads } from "../../src/metrics/identities/revenueFromLeads.js";
import { revenueFromOrders } from "../../src/metrics/identities/revenueFromOrders.js";
import { wonDealsFromClosedDeals } from "../../src/metrics/identities/wonDealsFromClosedDeals.js";
import { averageOrderValue } from "../../src/metrics/sales/averageOrderValue.js";
import { winRate } from "../../src/metrics/sales/winRate.js";
import { defineIdentity } from "../../src/model/defineIdentity.js";
import { decomposeProduct } from "../../src/review/decomposeProduct.js";
import { explainChange } from "../../src/review/explainChange.js";
import { explainGap } from "../../src/review/explainGap.js";
import { expectKpiError } from "../support/expectKpiError.js";

const parts = (explanation: ReturnType<typeof explainChange>) =>
  explanation.contributions.map((part) => `${part.name} ${part.contribution.toString()}`);

describe("explainChange", () => {
  it("splits revenue into orders and order value by the midpoint rule (hand-computed)", () => {
    // Δorders·(aov + aov')/2 = −50 × 49 500 = −2 475 000; Δaov·(orders + orders')/2 = −1 000 × 975
    const why = explainChange(
      revenueFromOrders,
      { orders: 1000, average_order_value: 50000 },
      { orders: 950, average_order_value: 49000, sales_revenue: 46550000 },
      { places: 0 },
    );
    expect(why.change.toString()).toBe("-3450000");
    expect(parts(why)).toEqual(["orders -2475000", "average_order_value -975000"]);
    expect(why.contributions[0]?.label.id).toBe("Pesanan");
  });

  it("agrees with decomposeProduct on the same factors", () => {
    const before = { leads: 1200, lead_conversion_rate: "0.115", average_deal_size: 10000000 };
    const after = { leads: 1140, lead_conversion_rate: "0.1125", average_deal_size: 10000000 };
    const why = explainChange(revenueFromLeads, before, after, { places: 0 });
    const direct = decomposeProduct(
      {
        factors: Object.keys(before).map((name) => ({
          name,
          from: before[name as keyof typeof before],
          to: after[name as keyof typeof after],
        })),
      },
      { places: 0 },
    );
    expect(parts(why)).toEqual(
      direct.contributions.map((part) => `${part.name} ${part.contribution.toString()}`),
    );
    expect(parts(why)).toEqual([
      "leads -68250000",
      "lead_conversion_rate -29250000",
      "average_deal_size 0",
    ]);
  });

  it("sums exactly to the reported change when a factor is a repeating ratio", () => {
    // 7 of 30 closed deals won, then 10 of 33: the win rates are repeating decimals
    const rate = (won: number, lost: number) => winRate({ won, lost }) as Decimal;
    const why = explainChange(
      wonDealsFromClosedDeals,
      { closed_deals: 30, win_rate: rate(7, 23), won_deals: 7 },
      { closed_deals: 33, win_rate: rate(10, 23), won_deals: 10 },
      { places: 4 },
    );
    expect(why.change.toString()).toBe("3");
    // closed: 3 × (7/30 + 10/33)/2 = 0.80454…; win rate: (10/33 − 7/30) × 63/2 = 2.19545…
    expect(parts(why)).toEqual(["closed_deals 0.8045", "win_rate 2.1955"]);
  });

  it("reads the average order value a metric computed", () => {
    const aov = (revenue: number, orders: number) =>
      averageOrderValue({ revenue, orders }) as Decimal;
    const why = explainChange(
      revenueFromOrders,
      { orders: 3, average_order_value: aov(100, 3), sales_revenue: 100 },
      { orders: 7, average_order_value: aov(200, 7), sales_revenue: 200 },
      { places: 2 },
    );
    const sum = why.contributions.reduce(
      (acc, part) => acc.plus(part.contribution),
      new KDecimal(0),
    );
    expect(sum.toString()).toBe("100");
  });

  it("refuses a result that is not the product of its factors", () => {
    expectKpiError(
      () =>
        explainChange(
          revenueFromOrders,
          { orders: 10, average_order_value: 5, sales_revenue: 51 },
          { orders: 10, average_order_value: 5 },
        ),
      "inconsistent_inputs",
      {
        path: ["before", "sales_revenue"],
        message:
          'explainChange: before.sales_revenue must be the product of the factors (sales_revenue = orders × average_order_value: 50) to within half a unit of 10 decimal places, received "51"',
      },
    );
  });

  it("lists every problem of the values at once", () => {
    const error = expectKpiError(
      () =>
        explainChange(revenueFromOrders, { orders: "x", aov: 5 } as never, {
          orders: 10,
          average_order_value: 5,
        }),
      "invalid_argument",
    );
    expect(error.issues.map((issue) => `${issue.code} ${issue.path.join(".")}`)).toEqual([
      "invalid_argument before.aov",
      "invalid_number before.orders",
      "missing_input before.average_order_value",
    ]);
  });

  it("refuses what is not an identity and bad places", () => {
    expectKpiError(() => explainChange({ factors: [] } as never, {}, {}), "invalid_argument", {
      path: ["identity"],
    });
    expectKpiError(
      () =>
        explainChange(
          revenueFromOrders,
          { orders: 1, average_order_value: 1 },
          { orders: 1, average_order_value: 1 },
          {
            places: 101,
          },
        ),
      "invalid_option",
      { path: ["options", "places"] },
    );
  });

  it("works for a custom identity", () => {
    const identity = defineIdentity({
      id: "margin_from_units",
      label: { en: "Margin", id: "Margin" },
      result: { name: "margin", label: { en: "Margin", id: "Margin" } },
      factors: [
        { name: "units", label: { en: "Units", id: "Unit" } },
        { name: "margin_per_unit", label: { en: "Margin per unit", id: "Margin per unit" } },
      ],
    });
    const why = explainChange(
      identity,
      { units: 10, margin_per_unit: 4 },
      { units: 12, margin_per_unit: 5 },
    );
    expect(parts(why)).toEqual(["units 9", "margin_per_unit 11"]);
  });
});

describe("explainGap", () => {
  it("splits actual − target, with target and actual paths", () => {
    const gap = explainGap(
      wonDealsFromClosedDeals,
      { closed_deals: 80, win_rate: "0.35" },
      { closed_deals: 60, win_rate: "0.3", won_deals: 18 },
      { places: 1 },
    );
    expect(gap.from.toString()).toBe("28");
    expect(gap.change.toString()).toBe("-10");
    expect(parts(gap)).toEqual(["closed_deals -6.5", "win_rate -3.5"]);
    expectKpiError(
      () =>
        explainGap(wonDealsFromClosedDeals, { closed_deals: 80 } as never, {
          closed_deals: 60,
          win_rate: 1,
        }),
      "missing_input",
      { path: ["target", "win_rate"] },
    );
  });
});
