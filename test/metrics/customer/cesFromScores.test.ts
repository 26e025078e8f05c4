import { describe, expect, it } from "vitest";
import { ces } from "../../../src/metrics/customer/ces.js";
import { cesEffort } from "../../../src/metrics/customer/cesEffort.js";
import { cesFromScores } from "../../../src/metrics/customer/cesFromScores.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("cesFromScores", () => {
  it("sums 1–7 agreement scores by default", () => {
    expect(cesFromScores([7, 6, 5, 7])).toEqual({ scoreSum: 25, responses: 4 });
    expect(ces(cesFromScores([7, 6, 5, 7]))?.toString()).toBe("6.25");
  });

  it("sums legacy 1–5 effort scores", () => {
    expect(cesFromScores([1, 2, 2, 4], { scale: "effort_1_5" })).toEqual({
      scoreSum: 9,
      responses: 4,
    });
    expect(cesEffort(cesFromScores([1, 2, 2, 4], { scale: "effort_1_5" }))?.toString()).toBe(
      "2.25",
    );
  });

  it("returns zero sums for no scores, which the metrics turn into no_responses", () => {
    expect(cesFromScores([])).toEqual({ scoreSum: 0, responses: 0 });
    expect(ces.evaluate(cesFromScores([])).reason).toBe("no_responses");
  });

  it("rejects a 6 on the 1–5 effort scale, naming its index", () => {
    const error = expectKpiError(
      () => cesFromScores([6, 1], { scale: "effort_1_5" }),
      "invalid_score",
      "cesFromScores: score [0] must be an integer score from 1 to 5, received 6",
    );
    expect(error.issues[0]?.path).toEqual([0]);
  });

  it("collects every bad score", () => {
    expectKpiError(
      () => cesFromScores([0, 8, 7, "2.5"]),
      "invalid_score",
      '3 problems:\n  - cesFromScores: score [0] must be an integer score from 1 to 7, received 0\n  - cesFromScores: score [1] must be an integer score from 1 to 7, received 8\n  - cesFromScores: score [3] must be an integer score from 1 to 7, received "2.5"',
    );
  });

  it("rejects an unknown scale", () => {
    expectKpiError(
      // @ts-expect-error not a CES scale
      () => cesFromScores([1], { scale: "1-7" }),
      "invalid_option",
      'cesFromScores: option scale must be "agreement_1_7" (CES 2.0, 1 to 7, higher is easier) or "effort_1_5" (legacy, higher is more effort), received "1-7"',
    );
  });
});
