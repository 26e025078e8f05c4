import { describe, expect, it } from "vitest";
import { ces } from "../../../src/metrics/customer/ces.js";
import { cesFromScores } from "../../../src/metrics/customer/cesFromScores.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("ces", () => {
  it("computes the mean score on the 1–7 scale", () => {
    expect(ces({ scoreSum: 1120, responses: 200 })?.toString()).toBe("5.6");
    expect(ces({ scoreSum: 14, responses: 2 })?.toString()).toBe("7");
    expect(ces({ scoreSum: 2, responses: 2 })?.toString()).toBe("1");
    expect(ces.direction).toBe("higher_is_better");
    expect(ces.unit).toBe("score");
  });

  it("takes the sums of cesFromScores on its scale", () => {
    expect(ces(cesFromScores([1, 7, 7], { scale: "agreement_1_7" }))?.toString()).toBe("5");
  });

  it("is null with no_responses without responses", () => {
    expect(ces.evaluate({ scoreSum: 0, responses: 0 })).toEqual({
      value: null,
      reason: "no_responses",
    });
  });

  it("rejects a score sum off the scale", () => {
    expectKpiError(
      () => ces({ scoreSum: 15, responses: 2 }),
      "inconsistent_inputs",
      'ces: input "scoreSum" must be between 1 and 7 times input "responses" (from 2 to 14), received 15',
    );
    expectKpiError(
      () => ces({ scoreSum: 1, responses: 2 }),
      "inconsistent_inputs",
      'ces: input "scoreSum" must be between 1 and 7 times input "responses" (from 2 to 14), received 1',
    );
  });

  it("pools sums and counts", () => {
    const pooled = rollupInputs(ces, [
      { scoreSum: 7, responses: 1 },
      { scoreSum: 3, responses: 3 },
    ]);
    expect(ces(pooled)?.toString()).toBe("2.5");
  });
});
