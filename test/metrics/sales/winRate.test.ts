import { describe, expect, it } from "vitest";
import { winRate } from "../../../src/metrics/sales/winRate.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("winRate", () => {
  it("computes won / (won + lost)", () => {
    expect(winRate({ won: 30, lost: 70 })?.toString()).toBe("0.3");
    expect(winRate({ won: "1", lost: 2n })?.toString()).toBe(
      "0.3333333333333333333333333333333333",
    );
    expect(winRate({ won: 5, lost: 0 })?.toString()).toBe("1");
  });

  it("is null with zero_denominator when no deal closed", () => {
    expect(winRate({ won: 0, lost: 0 })).toBeNull();
    expect(winRate.evaluate({ won: 0, lost: 0 })).toEqual({
      value: null,
      reason: "zero_denominator",
    });
  });

  it("rejects negative counts", () => {
    expectKpiError(
      () => winRate({ won: 3, lost: -3 }),
      "out_of_domain",
      'win_rate: input "lost" must be a non-negative integer count, received -3',
    );
  });

  it("rolls up as a ratio of sums", () => {
    const quarter = rollupInputs(winRate, [
      { won: 1, lost: 1 },
      { won: 9, lost: 1 },
      { won: 0, lost: 8 },
    ]);
    expect(winRate(quarter)?.toString()).toBe("0.5");
  });
});
