import { describe, expect, it } from "vitest";
import { cacPaybackMonths } from "../../../src/metrics/marketing/cacPaybackMonths.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("cacPaybackMonths", () => {
  it("computes spend / (new MRR × gross margin)", () => {
    // new MRR 10 000 000 × 80 % margin = 8 000 000 a month
    expect(
      cacPaybackMonths({
        salesAndMarketingSpend: 96_000_000,
        newMonthlyGrossProfit: 8_000_000,
      })?.toString(),
    ).toBe("12");
    expect(
      cacPaybackMonths({ salesAndMarketingSpend: 10, newMonthlyGrossProfit: 3 })?.toString(),
    ).toBe("3.333333333333333333333333333333333");
    expect(cacPaybackMonths.direction).toBe("lower_is_better");
    expect(cacPaybackMonths.unit).toBe("months");
  });

  it("is null with non_positive_base when the gross profit is 0 or negative", () => {
    expect(
      cacPaybackMonths.evaluate({ salesAndMarketingSpend: 1, newMonthlyGrossProfit: 0 }),
    ).toEqual({ value: null, reason: "non_positive_base" });
    expect(
      cacPaybackMonths.evaluate({ salesAndMarketingSpend: 1, newMonthlyGrossProfit: -5 }).reason,
    ).toBe("non_positive_base");
  });

  it("is 0 when nothing was spent", () => {
    expect(
      cacPaybackMonths({ salesAndMarketingSpend: 0, newMonthlyGrossProfit: 5 })?.toString(),
    ).toBe("0");
  });

  it("rejects a negative spend", () => {
    expectKpiError(
      () => cacPaybackMonths({ salesAndMarketingSpend: -1, newMonthlyGrossProfit: 5 }),
      "out_of_domain",
      'cac_payback_months: input "salesAndMarketingSpend" must be a non-negative amount, received -1',
    );
  });

  it("rolls months up into a quarter, still in months", () => {
    // Each month: spend 30, new MRR 10 at 50 % and then 90 % margin
    const quarter = rollupInputs(cacPaybackMonths, [
      { salesAndMarketingSpend: 30, newMonthlyGrossProfit: 5 },
      { salesAndMarketingSpend: 30, newMonthlyGrossProfit: 9 },
      { salesAndMarketingSpend: 30, newMonthlyGrossProfit: 1 },
    ]);
    expect(cacPaybackMonths(quarter)?.toString()).toBe("6");
  });
});
