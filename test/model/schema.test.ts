import { Decimal as GlobalDecimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { campaignRoi } from "../../src/metrics/marketing/campaignRoi.js";
import { averageOrderValue } from "../../src/metrics/sales/averageOrderValue.js";
import { winRate } from "../../src/metrics/sales/winRate.js";
import { winRateAllOpportunities } from "../../src/metrics/sales/winRateAllOpportunities.js";
import { metricInputSchema, numericSchema } from "../../src/model/schema.js";
import { expectKpiError } from "../support/expectKpiError.js";

describe("numericSchema", () => {
  it("accepts Numeric values and rejects the rest", () => {
    const schema = numericSchema();
    for (const ok of [1, "1.5", 10n, new GlobalDecimal(3), "-2e3"])
      expect(schema.safeParse(ok).success).toBe(true);
    for (const bad of [Number.NaN, "1,5", null, {}, Number.POSITIVE_INFINITY, " 1"]) {
      expect(schema.safeParse(bad).success).toBe(false);
    }
  });
});

describe("metricInputSchema", () => {
  it("is derived from the declaration: domains, required inputs, no unknown keys", () => {
    const schema = metricInputSchema(winRate);
    expect(schema.safeParse({ won: 3, lost: 7 }).success).toBe(true);
    expect(schema.safeParse({ won: "3", lost: 7n }).success).toBe(true);
    expect(schema.safeParse({ won: 3 }).success).toBe(false);
    expect(schema.safeParse({ won: 3, lost: -7 }).success).toBe(false);
    expect(schema.safeParse({ won: 3.5, lost: 7 }).success).toBe(false);
    expect(schema.safeParse({ won: 3, lost: 7, open: 2 }).success).toBe(false);
    const result = schema.safeParse({ won: 3, lost: -7 });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.path)).toEqual([
      ["lost"],
    ]);
  });

  it("allows negative amounts where the domain does", () => {
    const schema = metricInputSchema(campaignRoi);
    expect(schema.safeParse({ return: "-5", cost: "10" }).success).toBe(true);
    expect(schema.safeParse({ return: "5", cost: "-10" }).success).toBe(false);
  });

  it("runs the metric's cross-input checks, so it accepts exactly what the metric accepts", () => {
    // Regression: the schema accepted inputs the metric rejects.
    const result = metricInputSchema(winRateAllOpportunities).safeParse({
      won: 5,
      opportunities: 3,
    });
    expect(
      result.success ? [] : result.error.issues.map((issue) => [issue.path, issue.message]),
    ).toEqual([
      [
        ["won"],
        'win_rate_all_opportunities: input "won" must be at most input "opportunities" (3), received 5',
      ],
    ]);
    expect(
      metricInputSchema(averageOrderValue).safeParse({ revenue: 100, orders: 0 }).success,
    ).toBe(false);
    expect(
      metricInputSchema(averageOrderValue).safeParse({ revenue: 100, orders: 2 }).success,
    ).toBe(true);
  });

  it("refuses something that is not a metric", () => {
    expectKpiError(() => metricInputSchema(5 as never), "invalid_argument", {
      path: ["metric"],
      message: "metricInputSchema: metric must be a metric made with defineMetric, received 5",
    });
  });
});
