import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { safeDivide } from "../../src/core/divide.js";
import { round } from "../../src/core/round.js";
import { campaignRoi } from "../../src/metrics/marketing/campaignRoi.js";
import { winRate } from "../../src/metrics/sales/winRate.js";

describe("the user's global decimal.js configuration", () => {
  it("is neither read nor changed by the library", () => {
    const before = {
      precision: Decimal.precision,
      rounding: Decimal.rounding,
      toExpNeg: Decimal.toExpNeg,
    };
    Decimal.set({ precision: 5, rounding: Decimal.ROUND_DOWN });
    try {
      // The library still computes at 34 digits and rounds as documented.
      expect(safeDivide(2, 3).value?.toString()).toBe("0.6666666666666666666666666666666667");
      expect(round("2.345", 2).toString()).toBe("2.35");
      expect(winRate({ won: 1, lost: 2 })?.toString()).toBe("0.3333333333333333333333333333333333");
      expect(campaignRoi({ return: "1234567.891", cost: "1000000" })?.toString()).toBe(
        "0.234567891",
      );
      // And the user's setting is untouched.
      expect(Decimal.precision).toBe(5);
      expect(Decimal.rounding).toBe(Decimal.ROUND_DOWN);
      expect(new Decimal(2).div(3).toString()).toBe("0.66666");
    } finally {
      Decimal.set({
        precision: before.precision,
        rounding: before.rounding,
        toExpNeg: before.toExpNeg,
      });
    }
  });
});
