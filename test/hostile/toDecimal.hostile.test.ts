// Found by the trust suites (see docs/reliability.md): each case failed before its fix.

import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { KDecimal } from "../../src/core/decimal.js";
import { aggregate, salesRevenue, sum, toDecimal, winRate } from "../../src/index.js";
import { numericSchema } from "../../src/schemas/index.js";
import { expectKpiError } from "../support/expectKpiError.js";

describe("toDecimal against hostile Decimals", () => {
  it("reads a Decimal from another clone by value, not with its own precision", () => {
    // Every Decimal.clone() shares one prototype, so `instanceof` accepted a 5-digit, round-down
    // clone as the library's own: 123456.789 − 0.001 came out as 123450.
    const Foreign = Decimal.clone({ precision: 5, rounding: Decimal.ROUND_DOWN });
    const revenue = new Foreign("123456.789");
    expect(salesRevenue({ revenue, returns: "0.001" })?.toString()).toBe("123456.788");
    const read = toDecimal(revenue);
    expect(read.constructor).toBe(KDecimal);
    expect(read.plus("0.001").toString()).toBe("123456.79");
    // The user's global Decimal (default precision 20) is not used for the library's arithmetic either.
    const big = new Decimal("1234567890123456789.01");
    expect(salesRevenue({ revenue: big, returns: "0.02" })?.toString()).toBe(
      "1234567890123456788.99",
    );
    expect(
      aggregate(
        [
          { at: "2025-01-01T00:00:00Z", amount: big },
          { at: "2025-01-02T00:00:00Z", amount: new Foreign("0.01") },
        ],
        {
          date: "at",
          granularity: "month",
          measures: { revenue: sum("amount") },
        },
      ).cells[0]?.values.revenue.toString(),
    ).toBe("1234567890123456789.02");
    expect(numericSchema().safeParse(new Foreign(Number.NaN)).success).toBe(false);
  });

  it("describes an object that only claims to be a Decimal as an object", () => {
    const error = expectKpiError(
      () => winRate({ won: { toStringTag: "[object Decimal]" } as never, lost: 1 }),
      "invalid_number",
    );
    expect(error.issues[0]?.received).toBe("an object");
    expect(error.message).not.toContain("[object Object]");
  });
});
