import { describe, expect, it } from "vitest";
import { averageDealSize } from "../../../src/metrics/sales/averageDealSize.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("averageDealSize", () => {
  it("computes wonAmount / wonDeals", () => {
    expect(averageDealSize({ wonAmount: 450_000_000, wonDeals: 12 })?.toString()).toBe("37500000");
    expect(averageDealSize({ wonAmount: "0.3", wonDeals: 3 })?.toString()).toBe("0.1");
    expect(averageDealSize({ wonAmount: 0.1 + 0.2, wonDeals: 1 })?.toString()).toBe(
      "0.30000000000000004",
    );
  });

  it("is null with zero_denominator when no deal was won", () => {
    expect(averageDealSize.evaluate({ wonAmount: 0, wonDeals: 0 })).toEqual({
      value: null,
      reason: "zero_denominator",
    });
  });

  it("rejects an amount without won deals", () => {
    expectKpiError(
      () => averageDealSize({ wonAmount: 5, wonDeals: 0 }),
      "inconsistent_inputs",
      'average_deal_size: input "wonAmount" must be 0 when input "wonDeals" is 0, received 5',
    );
  });

  it("rejects a fractional deal count", () => {
    expectKpiError(
      () => averageDealSize({ wonAmount: 1, wonDeals: 0.5 }),
      "out_of_domain",
      'average_deal_size: input "wonDeals" must be a non-negative integer count, received 0.5',
    );
  });

  it("rolls up as a ratio of sums", () => {
    const quarter = rollupInputs(averageDealSize, [
      { wonAmount: 100, wonDeals: 1 },
      { wonAmount: 900, wonDeals: 9 },
    ]);
    expect(averageDealSize(quarter)?.toString()).toBe("100");
  });
});
