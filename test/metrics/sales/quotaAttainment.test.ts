import { describe, expect, it } from "vitest";
import { quotaAttainment } from "../../../src/metrics/sales/quotaAttainment.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("quotaAttainment", () => {
  it("computes actual / quota, above 1 included", () => {
    expect(quotaAttainment({ actual: 550_000_000, quota: 500_000_000 })?.toString()).toBe("1.1");
    expect(quotaAttainment({ actual: 0.3, quota: 0.6 })?.toString()).toBe("0.5");
    expect(quotaAttainment({ actual: -10, quota: 100 })?.toString()).toBe("-0.1");
  });

  it("is null with zero_denominator when the quota is 0", () => {
    expect(quotaAttainment.evaluate({ actual: 10, quota: 0 })).toEqual({
      value: null,
      reason: "zero_denominator",
    });
  });

  it("rejects a negative quota", () => {
    expectKpiError(
      () => quotaAttainment({ actual: 1, quota: -1 }),
      "out_of_domain",
      'quota_attainment: input "quota" must be a non-negative amount, received -1',
    );
  });

  it("year to date is sum of sales over sum of quotas", () => {
    const ytd = rollupInputs(quotaAttainment, [
      { actual: 120, quota: 100 },
      { actual: 60, quota: 100 },
      { actual: 90, quota: 100 },
    ]);
    expect(quotaAttainment(ytd)?.toString()).toBe("0.9");
  });
});
