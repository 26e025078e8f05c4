import { describe, expect, it } from "vitest";
import { csatMean } from "../../../src/metrics/customer/csatMean.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("csatMean", () => {
  it("computes scoreSum / responses", () => {
    expect(csatMean({ scoreSum: 842, responses: 200 })?.toString()).toBe("4.21");
    expect(csatMean({ scoreSum: 10, responses: 3 })?.toString()).toBe(
      "3.333333333333333333333333333333333",
    );
    expect(csatMean.unit).toBe("score");
  });

  it("is null with no_responses without responses", () => {
    expect(csatMean.evaluate({ scoreSum: 0, responses: 0 })).toEqual({
      value: null,
      reason: "no_responses",
    });
  });

  it("rejects a score sum without responses", () => {
    expectKpiError(
      () => csatMean({ scoreSum: 5, responses: 0 }),
      "inconsistent_inputs",
      'csat_mean: input "scoreSum" must be 0 when input "responses" is 0, received 5',
    );
  });

  it("pools sums and counts", () => {
    const pooled = rollupInputs(csatMean, [
      { scoreSum: 5, responses: 1 },
      { scoreSum: 300, responses: 100 },
    ]);
    expect(csatMean(pooled)?.toString()).toBe("3.01980198019801980198019801980198");
  });
});
