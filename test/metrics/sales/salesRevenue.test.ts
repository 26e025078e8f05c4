import { describe, expect, it } from "vitest";
import { KDecimal } from "../../../src/core/decimal.js";
import { salesRevenue } from "../../../src/metrics/sales/salesRevenue.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("salesRevenue", () => {
  it("nets returns out of gross revenue, exactly", () => {
    expect(salesRevenue({ revenue: "125000000.50", returns: "2500000.25" })?.toString()).toBe(
      "122500000.25",
    );
    expect(salesRevenue({ revenue: 0.3, returns: 0.1 })?.toString()).toBe("0.2");
    expect(salesRevenue({ revenue: "0.3", returns: "0.1" })?.toString()).toBe("0.2");
    expect(salesRevenue({ revenue: 10n, returns: new KDecimal("2.5") })?.toString()).toBe("7.5");
  });

  it("defaults returns to 0 (gross revenue)", () => {
    expect(salesRevenue({ revenue: 1500 })?.toString()).toBe("1500");
    expect(salesRevenue.parseInputs({ revenue: 1 }).returns.toString()).toBe("0");
  });

  it("is negative when returns exceed sales", () => {
    expect(salesRevenue({ revenue: 100, returns: 150 })?.toString()).toBe("-50");
  });

  it("rejects negative amounts with the metric and input named", () => {
    expectKpiError(
      () => salesRevenue({ revenue: -1 }),
      "out_of_domain",
      'sales_revenue: input "revenue" must be a non-negative amount, received -1',
    );
    expectKpiError(
      () => salesRevenue({ revenue: 1, returns: Number.NaN }),
      "invalid_number",
      'sales_revenue: input "returns" must be a finite number, a plain decimal string such as "1234.56", a bigint or a Decimal, received NaN',
    );
  });

  it("rolls up by summing", () => {
    const quarter = rollupInputs(salesRevenue, [
      { revenue: 100, returns: 5 },
      { revenue: 200 },
      { revenue: "0.1", returns: "0.2" },
    ]);
    expect(quarter.revenue.toString()).toBe("300.1");
    expect(quarter.returns.toString()).toBe("5.2");
    expect(salesRevenue(quarter)?.toString()).toBe("294.9");
  });

  it("is exact at any size: a difference never rounds to 34 digits", () => {
    expect(
      salesRevenue({
        revenue: "1234567890123456789012345678901234567890",
        returns: "1",
      })?.toString(),
    ).toBe("1234567890123456789012345678901234567889");
    expect(salesRevenue({ revenue: "1e40", returns: "0.000001" })?.toString()).toBe(
      `${"9".repeat(40)}.999999`,
    );
  });
});
