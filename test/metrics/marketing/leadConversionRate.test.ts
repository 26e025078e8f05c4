import { describe, expect, it } from "vitest";
import { leadConversionRate } from "../../../src/metrics/marketing/leadConversionRate.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("leadConversionRate", () => {
  it("computes converted / leads, above 1 included", () => {
    expect(leadConversionRate({ converted: 45, leads: 1200 })?.toString()).toBe("0.0375");
    expect(leadConversionRate({ converted: 12, leads: 10 })?.toString()).toBe("1.2");
  });

  it("is null with zero_denominator when there are no leads", () => {
    expect(leadConversionRate.evaluate({ converted: 0, leads: 0 }).reason).toBe("zero_denominator");
  });

  it("rejects negative counts", () => {
    expectKpiError(
      () => leadConversionRate({ converted: -1, leads: 10 }),
      "out_of_domain",
      'lead_conversion_rate: input "converted" must be a non-negative integer count, received -1',
    );
  });

  it("rolls up as a ratio of sums", () => {
    const quarter = rollupInputs(leadConversionRate, [
      { converted: 1, leads: 10 },
      { converted: 9, leads: 90 },
    ]);
    expect(leadConversionRate(quarter)?.toString()).toBe("0.1");
  });
});
