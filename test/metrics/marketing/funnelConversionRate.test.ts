import { describe, expect, it } from "vitest";
import { funnelConversionRate } from "../../../src/metrics/marketing/funnelConversionRate.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("funnelConversionRate", () => {
  it("computes to / from", () => {
    expect(funnelConversionRate({ from: 400, to: 120 })?.toString()).toBe("0.3");
    expect(funnelConversionRate({ from: 3, to: 1 })?.toString()).toBe(
      "0.3333333333333333333333333333333333",
    );
  });

  it("computes a period rate above 1", () => {
    expect(funnelConversionRate({ from: 10, to: 15 })?.toString()).toBe("1.5");
  });

  it("is null with zero_denominator when the earlier stage is empty", () => {
    expect(funnelConversionRate.evaluate({ from: 0, to: 0 })).toEqual({
      value: null,
      reason: "zero_denominator",
    });
  });

  it("rejects unknown inputs", () => {
    expectKpiError(
      // @ts-expect-error "mql" is not an input
      () => funnelConversionRate({ from: 1, to: 1, mql: 3 }),
      "unknown_input",
      'funnel_conversion_rate: input "mql" is not one of the declared inputs ("from", "to"), received 3',
    );
  });

  it("rolls up as a ratio of sums", () => {
    const quarter = rollupInputs(funnelConversionRate, [
      { from: 100, to: 10 },
      { from: 300, to: 90 },
    ]);
    expect(funnelConversionRate(quarter)?.toString()).toBe("0.25");
  });
});
