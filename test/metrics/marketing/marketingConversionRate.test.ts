import { describe, expect, it } from "vitest";
import { marketingConversionRate } from "../../../src/metrics/marketing/marketingConversionRate.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("marketingConversionRate", () => {
  it("computes convertedSessions / sessions", () => {
    expect(marketingConversionRate({ convertedSessions: 360, sessions: 12_000 })?.toString()).toBe(
      "0.03",
    );
    expect(marketingConversionRate({ convertedSessions: 10, sessions: 10 })?.toString()).toBe("1");
  });

  it("is null with zero_denominator when there are no sessions", () => {
    expect(marketingConversionRate.evaluate({ convertedSessions: 0, sessions: 0 }).reason).toBe(
      "zero_denominator",
    );
  });

  it("rejects more converted sessions than sessions", () => {
    expectKpiError(
      () => marketingConversionRate({ convertedSessions: 11, sessions: 10 }),
      "inconsistent_inputs",
      'marketing_conversion_rate: input "convertedSessions" must be at most input "sessions" (10), received 11',
    );
  });

  it("rolls up as a ratio of sums", () => {
    const quarter = rollupInputs(marketingConversionRate, [
      { convertedSessions: 1, sessions: 100 },
      { convertedSessions: 5, sessions: 100 },
    ]);
    expect(marketingConversionRate(quarter)?.toString()).toBe("0.03");
  });
});
