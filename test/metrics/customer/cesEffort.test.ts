import { describe, expect, it } from "vitest";
import { cesEffort } from "../../../src/metrics/customer/cesEffort.js";
import { cesFromScores } from "../../../src/metrics/customer/cesFromScores.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("cesEffort", () => {
  it("computes the mean score on the 1–5 scale", () => {
    expect(cesEffort({ scoreSum: 460, responses: 200 })?.toString()).toBe("2.3");
    expect(cesEffort({ scoreSum: 10, responses: 2 })?.toString()).toBe("5");
    expect(cesEffort({ scoreSum: 2, responses: 2 })?.toString()).toBe("1");
    expect(cesEffort.direction).toBe("lower_is_better");
    expect(cesEffort.unit).toBe("score");
  });

  it("takes the sums of cesFromScores on its scale", () => {
    expect(cesEffort(cesFromScores([1, 5, 5], { scale: "effort_1_5" }))?.toString()).toBe(
      "3.666666666666666666666666666666667",
    );
  });

  it("is null with no_responses without responses", () => {
    expect(cesEffort.evaluate({ scoreSum: 0, responses: 0 })).toEqual({
      value: null,
      reason: "no_responses",
    });
  });

  it("rejects a score sum off the scale", () => {
    expectKpiError(
      () => cesEffort({ scoreSum: 11, responses: 2 }),
      "inconsistent_inputs",
      'ces_effort: input "scoreSum" must be between 1 and 5 times input "responses" (from 2 to 10), received 11',
    );
    expectKpiError(
      () => cesEffort({ scoreSum: 1, responses: 2 }),
      "inconsistent_inputs",
      'ces_effort: input "scoreSum" must be between 1 and 5 times input "responses" (from 2 to 10), received 1',
    );
  });

  it("pools sums and counts", () => {
    const pooled = rollupInputs(cesEffort, [
      { scoreSum: 5, responses: 1 },
      { scoreSum: 3, responses: 3 },
    ]);
    expect(cesEffort(pooled)?.toString()).toBe("2");
  });
});
