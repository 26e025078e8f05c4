import { describe, expect, it } from "vitest";
import { csat } from "../../../src/metrics/customer/csat.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("csat", () => {
  it("computes the top-2-box share", () => {
    expect(csat({ satisfied: 172, responses: 200 })?.toString()).toBe("0.86");
    expect(csat({ satisfied: 2, responses: 3 })?.toString()).toBe(
      "0.6666666666666666666666666666666667",
    );
  });

  it("is null with no_responses without responses", () => {
    expect(csat({ satisfied: 0, responses: 0 })).toBeNull();
    expect(csat.evaluate({ satisfied: 0, responses: 0 })).toEqual({
      value: null,
      reason: "no_responses",
    });
  });

  it("rejects more satisfied than responses", () => {
    expectKpiError(
      () => csat({ satisfied: 11, responses: 10 }),
      "inconsistent_inputs",
      'csat: input "satisfied" must be at most input "responses" (10), received 11',
    );
    expectKpiError(
      () => csat({ satisfied: 1, responses: 0 }),
      "inconsistent_inputs",
      'csat: input "satisfied" must be at most input "responses" (0), received 1',
    );
  });

  it("pools counts, never averages CSAT values", () => {
    // 100 % of 1 response and 50 % of 100 responses: the mean of values would be 75 %
    const pooled = rollupInputs(csat, [
      { satisfied: 1, responses: 1 },
      { satisfied: 50, responses: 100 },
    ]);
    expect(csat(pooled)?.toString()).toBe("0.504950495049504950495049504950495");
  });
});
